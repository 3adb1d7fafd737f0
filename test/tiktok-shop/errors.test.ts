import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
} from '../../src/core/errors/index.js';
import { SEARCH_PATH, setup } from './helpers.js';

const body = (code: number, message: string) => ({ code, message, request_id: `rid-${code}`, data: {} });

describe('errors by body code (HTTP 200 included)', () => {
  it.each([
    {
      code: 105005,
      message: 'Access denied. The app is not authorized to access the endpoint ...',
      Cls: PermissionError,
      hint: /scope/,
    },
    {
      code: 106013,
      message: 'Missing identifier. The shop_cipher query parameter is required to identify the target shop.',
      Cls: InvalidRequestError,
      hint: /seller\.shop\(cipher\)/,
    },
    {
      code: 106001,
      message: 'Invalid credentials. The sign query parameter is invalid.',
      Cls: AuthenticationError,
      hint: /appKey\/appSecret/,
    },
    {
      code: 36009004,
      message: 'Invalid credentials. Invalid app_key query parameter.',
      Cls: AuthenticationError,
      hint: /appKey/,
    },
    {
      code: 36009004,
      message: 'Unexpected identifier. The shop_cipher query parameter is not required for this request.',
      Cls: InvalidRequestError,
      hint: /seller-scoped/,
    },
    {
      code: 36009033,
      message: 'Access denied. Your IP address is not in the IP allow list configured for this app.',
      Cls: PermissionError,
      hint: /allow list/,
    },
    {
      code: 21008111,
      message: 'The order or package does not belong to the current seller.',
      Cls: NotFoundError,
      hint: /shop_cipher/,
    },
  ])('$code ($message) is a $Cls.name, sent once, with the request id from the body', async ({ code, message, Cls, hint }) => {
    const { emu, shop } = setup();
    emu.faults.add({ path: SEARCH_PATH, kind: 'status', status: 200, body: body(code, message) });
    const err = (await shop.orders.search({ page_size: 1 }).catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(Cls);
    expect(err.code).toBe(code);
    expect(err.requestId).toBe(`rid-${code}`);
    expect(err.message).toMatch(hint);
    expect(err.message).toContain('TikTok Shop POST /order/202309/orders/search failed');
    expect(emu.faults.count('POST', SEARCH_PATH)).toBe(1);
  });

  it.each([
    { code: 36009002, Cls: RateLimitError },
    { code: 36009003, Cls: ServerError },
    { code: 21011500, Cls: ServerError },
  ])('$code is retryable: retried, then thrown as $Cls.name after the last attempt', async ({ code, Cls }) => {
    const { emu, shop } = setup();
    emu.faults.add({ path: SEARCH_PATH, kind: 'status', status: 200, times: Infinity, body: body(code, 'busy') });
    const err = await shop.orders.search({ page_size: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Cls);
    expect(emu.faults.count('POST', SEARCH_PATH)).toBe(3);
  });

  it('recovers from a burst of 36009002 (too many requests) under the retry budget', async () => {
    const { emu, shop } = setup();
    emu.faults.add({
      path: SEARCH_PATH,
      kind: 'status',
      status: 429,
      times: 2,
      headers: { 'retry-after': '0' },
      body: body(36009002, 'Too many requests.'),
    });
    const page = await shop.orders.search({ page_size: 2 });
    expect(page.items).toHaveLength(2);
    expect(emu.faults.count('POST', SEARCH_PATH)).toBe(3);
  });

  it('a 2xx body without the envelope is an error, not data', async () => {
    const { emu, seller } = setup();
    emu.faults.add({ path: '/authorization/202309/shops', kind: 'status', status: 200, body: { shops: [] } });
    const err = await seller.authorization.getShops().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toMatch(/not the TikTok Shop envelope/);
  });

  it('an HTML 502 from a gateway is a retryable ServerError', async () => {
    const { emu, seller } = setup();
    emu.faults.add({
      path: '/authorization/202309/shops',
      kind: 'status',
      status: 502,
      headers: { 'content-type': 'text/html' },
      body: '<html>bad gateway</html>',
      times: Infinity,
    });
    const err = await seller.authorization.getShops().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServerError);
    expect(emu.faults.count('GET', '/authorization/202309/shops')).toBe(3);
  });

  it('never leaks the access token or app secret when the server echoes them', async () => {
    const { emu, seller, tokens } = setup();
    emu.faults.add({
      path: '/authorization/202309/shops',
      kind: 'status',
      status: 200,
      body: body(36009004, `Invalid credentials. token ${tokens.access_token} secret ${emu.state.appSecret}`),
    });
    const err = (await seller.authorization.getShops().catch((e: unknown) => e)) as Error;
    expect(err.message).not.toContain(tokens.access_token);
    expect(err.message).not.toContain(emu.state.appSecret);
  });
});
