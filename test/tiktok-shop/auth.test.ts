import { describe, expect, it } from 'vitest';
import { AuthenticationError, InvalidRequestError } from '../../src/core/errors/index.js';
import { signRequest, TikTokShop } from '../../src/tiktok-shop/index.js';
import { createTikTokShopEmulator, TIKTOK_SHOP_TEST_SHOP_CIPHER } from '../../src/testing/tiktok-shop/index.js';
import { fast, REFRESH_PATH, SEARCH_PATH, setup } from './helpers.js';

describe('request credentials', () => {
  it('sends app_key, a 10-digit timestamp, shop_cipher, the token header and content-type, and a sign the emulator accepts', async () => {
    const { emu, shop, tokens } = setup();
    await shop.orders.search({ order_status: 'UNPAID', page_size: 5 });
    const [entry] = emu.faults.requests('POST', SEARCH_PATH);
    const q = new URL(entry!.url).searchParams;
    expect(q.get('app_key')).toBe(emu.state.appKey);
    expect(q.get('timestamp')).toMatch(/^\d{10}$/);
    expect(q.get('shop_cipher')).toBe(TIKTOK_SHOP_TEST_SHOP_CIPHER);
    expect(q.get('sign')).toMatch(/^[0-9a-f]{64}$/);
    expect(entry!.headers['x-tts-access-token']).toBe(tokens.access_token);
    expect(entry!.headers['content-type']).toBe('application/json');
    // The signed body is the sent body, byte for byte.
    const query = Object.fromEntries(q);
    expect(signRequest({ appSecret: emu.state.appSecret, path: SEARCH_PATH, query, body: entry!.body })).toBe(q.get('sign'));
    expect(entry!.body).toBe('{"order_status":"UNPAID"}');
  });

  it('sends content-type application/json on GET too, and no shop_cipher on seller-scoped calls', async () => {
    const { emu, seller } = setup();
    await seller.products.globalCategories({ locale: 'en-US' });
    const [entry] = emu.faults.requests('GET', '/product/202309/global_categories');
    expect(entry!.headers['content-type']).toBe('application/json');
    expect(new URL(entry!.url).searchParams.has('shop_cipher')).toBe(false);
  });

  it('re-signs every attempt: a retried call carries a valid sign each time', async () => {
    const { emu, shop } = setup();
    emu.faults.add({ method: 'POST', path: SEARCH_PATH, kind: 'status', status: 503, times: 2 });
    await shop.orders.search({ page_size: 1 });
    const entries = emu.faults.requests('POST', SEARCH_PATH);
    expect(entries).toHaveLength(3);
    for (const e of entries) {
      const query = Object.fromEntries(new URL(e.url).searchParams);
      expect(signRequest({ appSecret: emu.state.appSecret, path: SEARCH_PATH, query, body: e.body })).toBe(query.sign);
    }
  });

  it('a wrong app secret is refused with 106001 as an AuthenticationError that names the key pair', async () => {
    const emu = createTikTokShopEmulator();
    const app = new TikTokShop({ ...emu.clientOptions, appSecret: 'not-the-secret', ...fast });
    const err = await app
      .seller(emu.state.issueTokens())
      .authorization.getShops()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as AuthenticationError).code).toBe(106001);
    expect((err as AuthenticationError).message).toMatch(/appKey\/appSecret/);
    expect((err as AuthenticationError).message).not.toContain('not-the-secret');
  });
});

describe('recovery after a retry', () => {
  it('still refreshes an expired token when a retried 503 came first (a declined recovery is not used up)', async () => {
    const { emu, shop, tokens } = setup();
    emu.state.expireAccessToken(tokens.open_id);
    emu.faults.add({ method: 'POST', path: SEARCH_PATH, kind: 'status', status: 503, times: 1 });
    const page = await shop.orders.search({ page_size: 5 });
    expect(page.items).toHaveLength(5);
    expect(emu.faults.count('GET', REFRESH_PATH)).toBe(1);
  });
});

describe('clock skew', () => {
  for (const [what, offsetMs] of [
    ['10 minutes behind', 10 * 60_000],
    ['2 minutes ahead', -2 * 60_000],
  ] as const) {
    it(`a client ${what} measures the skew from the Date header, replays once, then stays correct`, async () => {
      const { emu, app, shop } = setup();
      emu.state.setClockOffset(offsetMs);
      const page = await shop.orders.search({ page_size: 1 });
      expect(page.items).toHaveLength(1);
      expect(emu.faults.count('POST', SEARCH_PATH)).toBe(2);
      expect(Math.abs(app.clock.skewMs - offsetMs)).toBeLessThan(2_000);
      emu.faults.clearJournal();
      await shop.orders.search({ page_size: 1 });
      expect(emu.faults.count('POST', SEARCH_PATH)).toBe(1);
    });
  }

  it('without a Date header there is nothing to learn: the timestamp error surfaces with its hint', async () => {
    const { emu, shop } = setup();
    emu.faults.add({
      path: SEARCH_PATH,
      kind: 'status',
      status: 200,
      body: {
        code: 36009004,
        message:
          'Invalid timestamp. The value of the timestamp query parameter must not be earlier than 5 minutes before the current time.',
        request_id: 'r-ts',
      },
    });
    const err = await shop.orders.search({ page_size: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidRequestError);
    expect((err as InvalidRequestError).requestId).toBe('r-ts');
    expect((err as InvalidRequestError).message).toMatch(/NTP/);
    expect(emu.faults.count('POST', SEARCH_PATH)).toBe(1);
  });
});
