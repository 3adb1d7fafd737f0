/**
 * The Local Service emulator follows the Local Service docs, checked with raw requests (not through the SDK, whose
 * own schema would refuse them first): Product List Query requires `product_type_list` and `list_tab`.
 */
import { describe, expect, it } from 'vitest';
import { LOCAL_SERVICE_TEST_ACCESS_TOKEN, createLocalServiceEmulator } from '../../src/testing/local-service/index.js';
import { MERCHANT, SAAS } from './helpers.js';

async function list(body: Record<string, unknown>) {
  const emu = createLocalServiceEmulator();
  const res = await emu.dispatcher.request({
    origin: 'https://open.tiktokapis.com',
    path: `${SAAS}/product/batch_query/`,
    method: 'POST',
    headers: { authorization: `Bearer ${LOCAL_SERVICE_TEST_ACCESS_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.statusCode, body: (await res.body.json()) as { error: { code: string; message: string } } };
}

const complete = { merchant_id: MERCHANT, product_type_list: [1], list_tab: 0, pagination: { page_no: 1, page_size: 10 } };

describe('Product List Query: the required fields are required', () => {
  it('answers a complete request', async () => {
    expect(await list(complete)).toMatchObject({ status: 200, body: { error: { code: '0' } } });
  });

  it.each([
    ['without product_type_list', { product_type_list: undefined }, /product_type_list is required/],
    ['with an empty product_type_list', { product_type_list: [] }, /product_type_list is required/],
    ['without list_tab', { list_tab: undefined }, /list_tab is required/],
  ])('refuses a request %s, instead of reading a default', async (_what, change, message) => {
    const res = await list({ ...complete, ...change });
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'invalid_params' } } });
    expect(res.body.error.message).toMatch(message);
  });
});
