/**
 * The TikTok Shop emulator checked against the docs, not against the SDK it was written beside:
 * - signatures are verified by a second implementation written here from the docs' steps ("Sign your API request"),
 *   not imported from src, so a bug shared by the SDK's signer and the emulator (which uses it) cannot pass both;
 * - parameter errors use the documented codes, and Get Order Detail answers in the docs' Order Detail shape.
 * Every request here is raw: signed by the test's own signer, sent without the SDK.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTikTokShopEmulator, TIKTOK_SHOP_TEST_SHOP_CIPHER } from '../../src/testing/tiktok-shop/index.js';
import { SEED_ORDER_DETAIL } from '../../src/testing/tiktok-shop/fixtures-orders.js';
import { setup } from './helpers.js';

/**
 * The docs' steps, one by one: every query key but `sign` and `access_token`, sorted; `{key}{value}` concatenated;
 * the path in front; the body appended unless the content type is multipart/form-data; the app secret on both
 * sides; HMAC-SHA256 keyed with the app secret, hex.
 */
function docSign(appSecret: string, path: string, query: URLSearchParams, body: string, contentType: string): string {
  const keys = [...new Set(query.keys())].filter((k) => k !== 'sign' && k !== 'access_token').sort();
  let input = path;
  for (const key of keys) input += key + (query.get(key) ?? '');
  if (!/^multipart\/form-data/i.test(contentType)) input += body;
  return createHmac('sha256', appSecret)
    .update(appSecret + input + appSecret)
    .digest('hex');
}

const ORIGIN = 'https://open-api.tiktokglobalshop.com';

function rawClient() {
  const emu = createTikTokShopEmulator();
  const { access_token } = emu.state.issueTokens();
  const { appKey, appSecret } = emu.state;
  const send = async (
    method: 'GET' | 'POST',
    path: string,
    params: Record<string, string> = {},
    body = '',
    tamper?: (sign: string) => string,
  ) => {
    const query = new URLSearchParams({
      app_key: appKey,
      timestamp: String(Math.floor(Date.now() / 1000)),
      shop_cipher: TIKTOK_SHOP_TEST_SHOP_CIPHER,
      ...params,
    });
    const contentType = 'application/json';
    const sign = docSign(appSecret, path, query, body, contentType);
    query.set('sign', tamper ? tamper(sign) : sign);
    const res = await emu.dispatcher.request({
      origin: ORIGIN,
      path: `${path}?${query}`,
      method,
      headers: { 'content-type': contentType, 'x-tts-access-token': access_token },
      ...(body ? { body } : {}),
    });
    return (await res.body.json()) as { code: number; message: string; data?: any };
  };
  return { emu, send };
}

describe('signatures, verified by an implementation of the docs written in this test', () => {
  it("reproduces the docs' worked example (known answer)", () => {
    const query = new URLSearchParams({ app_key: '29a39d', timestamp: '1623812664', sign: 'ignored', access_token: 'ignored' });
    expect(docSign('e59af819cc', '/authorization/202309/shops', query, '', 'application/json')).toBe(
      'b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8',
    );
  });

  it('agrees with every request the SDK sends (query only, shop-scoped, with a JSON body)', async () => {
    const { emu, seller, shop } = setup();
    await seller.authorization.getShops();
    await shop.products.get('1729592969712207008').catch(() => undefined);
    await shop.orders.search({ page_size: 2, order_status: 'UNPAID' });
    const sent = emu.faults.journal;
    expect(sent.length).toBeGreaterThanOrEqual(3);
    for (const r of sent) {
      const url = new URL(r.url);
      expect([r.pathname, url.searchParams.get('sign')]).toEqual([
        r.pathname,
        docSign(emu.state.appSecret, r.pathname, url.searchParams, r.body, r.headers['content-type'] ?? ''),
      ]);
    }
  });

  it('the emulator accepts what the docs sign, and refuses a wrong sign or a body changed after signing', async () => {
    const { send, emu } = rawClient();
    expect(await send('GET', '/product/202309/categories')).toMatchObject({ code: 0 });
    expect(await send('POST', '/order/202309/orders/search', { page_size: '2' }, '{"order_status":"UNPAID"}')).toMatchObject({
      code: 0,
    });
    expect(await send('GET', '/product/202309/categories', {}, '', (s) => (s[0] === 'a' ? 'b' : 'a') + s.slice(1))).toMatchObject(
      { code: 106001 },
    );
    // Signed for one body, sent with another.
    const query = new URLSearchParams({
      app_key: emu.state.appKey,
      timestamp: String(Math.floor(Date.now() / 1000)),
      shop_cipher: TIKTOK_SHOP_TEST_SHOP_CIPHER,
      page_size: '2',
    });
    query.set(
      'sign',
      docSign(emu.state.appSecret, '/order/202309/orders/search', query, '{"order_status":"UNPAID"}', 'application/json'),
    );
    const res = await emu.dispatcher.request({
      origin: ORIGIN,
      path: `/order/202309/orders/search?${query}`,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tts-access-token': emu.state.issueTokens().access_token },
      body: '{"order_status":"COMPLETED"}',
    });
    expect(await res.body.json()).toMatchObject({ code: 106001 });
  });
});

describe('parameter errors use the documented codes (36009004 is for credentials, timestamps and identifiers)', () => {
  it.each([
    ['POST', '/order/202309/orders/search', { page_size: '0' }, 21001001],
    ['POST', '/order/202309/orders/search', { page_size: '2', page_token: 'not-a-token' }, 21001001],
    ['GET', '/order/202507/orders', { ids: Array.from({ length: 51 }, (_, i) => String(i + 1)).join(',') }, 21001001],
    ['GET', '/order/202507/orders', {}, 21001001],
    ['GET', '/product/202405/products/diagnoses', {}, 21001001],
    [
      'GET',
      '/product/202405/products/diagnoses',
      { product_ids: Array.from({ length: 201 }, (_, i) => String(i + 1)).join(',') },
      12019120,
    ],
    ['GET', '/product/202309/brands', { page_size: '0' }, 12019109],
    ['GET', '/product/202309/brands', { page_size: '10', page_token: 'not-a-token' }, 12019108],
  ] as const)('%s %s %j -> %i', async (method, path, params, code) => {
    const { send } = rawClient();
    const res = await send(method, path, params, method === 'POST' ? '{}' : '');
    expect(res.code).toBe(code);
  });
});

describe("Get Order Detail answers in the docs' Order Detail shape", () => {
  it('with the detail-only fields, without the list-only ones', async () => {
    const { send } = rawClient();
    const list = await send('POST', '/order/202309/orders/search', { page_size: '20' }, '{"order_status":"UNPAID"}');
    const id = list.data.orders[0].id as string;
    expect(list.data.orders[0]).toHaveProperty('recommended_shipping_time');
    const detail = await send('GET', '/order/202507/orders', { ids: id });
    const order = detail.data.orders[0] as Record<string, unknown>;
    expect(Object.keys(order).sort()).toEqual(Object.keys(SEED_ORDER_DETAIL.data.orders[0]!).sort());
    expect(order).toMatchObject({
      id,
      status: 'UNPAID',
      payment_card_type: expect.any(String),
      payment_method_code: expect.any(String),
      payment_auth_code: expect.any(String),
      channel_entity_national_registry_id: expect.any(String),
    });
    expect(order).not.toHaveProperty('fulfillment_priority_level');
    expect(order).not.toHaveProperty('recommended_shipping_time');
  });

  it('an ON_HOLD order has no recipient address there either', async () => {
    const { send } = rawClient();
    const list = await send('POST', '/order/202309/orders/search', { page_size: '20' }, '{"order_status":"ON_HOLD"}');
    const detail = await send('GET', '/order/202507/orders', { ids: list.data.orders[0].id });
    expect(detail.data.orders[0]).not.toHaveProperty('recipient_address');
    expect(detail.data.orders[0]).toHaveProperty('payment_card_type');
  });
});
