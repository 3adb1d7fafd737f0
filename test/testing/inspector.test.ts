import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { LocalService } from '../../src/local-service/index.js';
import { createEmulator, FaultPlan, RequestInspector, type Emulator } from '../../src/testing/index.js';

import { TIKTOK_SHOP_TEST_SHOP_CIPHER } from '../../src/testing/tiktok-shop/index.js';
import { TIKTOK_SHOP_BASE_URL } from '../../src/tiktok-shop/client.js';
import { signingString, signRequest } from '../../src/tiktok-shop/signer.js';
import { TikTokShop } from '../../src/tiktok-shop/index.js';
import { Trenz } from '../../src/trenz/index.js';
import { TRENZ_EMULATOR_ORIGIN } from '../../src/testing/trenz/common.js';

const quiet = { logLevel: 'off', maxRetries: 0 } as const;

/** A TikTok Shop request signed with the emulator's secret, sent in process; returns the inspector's view of it. */
async function signed(
  emu: Emulator,
  path: string,
  options: { method?: string; query?: Record<string, string>; body?: string; timestamp?: number; token?: string } = {},
) {
  const query: Record<string, string> = {
    app_key: emu.tiktokShop.clientOptions.appKey,
    timestamp: String(options.timestamp ?? Math.floor(Date.now() / 1000)),
    ...options.query,
  };
  query.sign = signRequest({
    appSecret: emu.tiktokShop.clientOptions.appSecret,
    path,
    query,
    body: options.body,
    contentType: 'application/json',
  });
  const res = await request(`${TIKTOK_SHOP_BASE_URL}${path}?${new URLSearchParams(query)}`, {
    method: (options.method ?? 'GET') as 'GET',
    headers: {
      'content-type': 'application/json',
      'x-tts-access-token': options.token ?? emu.tokens.tiktokShopTokens().access_token,
    },
    body: options.body ?? null,
    dispatcher: emu.dispatcher,
  });
  await res.body.dump();
  return emu.faults.inspector.list()[0]!;
}

describe('request inspector: TikTok Shop signature checks', () => {
  it('explains a bad signature: the masked string to sign, the expected sign beside the received one', async () => {
    const emu = createEmulator();
    const app = new TikTokShop({ ...emu.tiktokShop.clientOptions, ...quiet, appSecret: 'not_the_emulator_secret' });
    await expect(app.seller(emu.tokens.tiktokShopTokens()).authorization.getShops()).rejects.toThrow(/sign/);

    const entry = emu.faults.requests('GET', '/authorization/202309/shops')[0]!;
    const url = new URL(entry.url);
    const query = Object.fromEntries(url.searchParams);
    const view = emu.faults.inspector.get(entry.seq)!;
    expect(view).toMatchObject({
      api: 'TikTok Shop',
      method: 'GET',
      path: '/authorization/202309/shops',
      routeId: 'authorization.getShops',
      status: 200,
      outcome: 'response',
      verdict: 'bad signature',
    });
    const secret = emu.tiktokShop.clientOptions.appSecret;
    expect(view.signature).toEqual({
      stringToSign: `<app_secret>${signingString(url.pathname, query, undefined, 'application/json')}<app_secret>`,
      secret: `${secret.slice(0, 2)}•••`,
      expected: signRequest({ appSecret: secret, path: url.pathname, query, contentType: 'application/json' }),
      received: url.searchParams.get('sign'),
      match: false,
      timestamp: expect.objectContaining({ received: query.timestamp }),
    });
    expect(view.signature!.stringToSign).toBe(
      `<app_secret>/authorization/202309/shopsapp_key${query.app_key}timestamp${query.timestamp}<app_secret>`,
    );
    expect(view.signature!.expected).not.toBe(view.signature!.received);
  });

  it('shows a good request as ok, with the same sign on both sides and its body as parsed', async () => {
    const emu = createEmulator();
    const body = '{"order_status":"AWAITING_SHIPMENT","buyer_user_id":"7494049642642441621"}';
    const view = await signed(emu, '/order/202309/orders/search', {
      method: 'POST',
      query: { shop_cipher: TIKTOK_SHOP_TEST_SHOP_CIPHER, page_size: '10' },
      body,
    });
    expect(view).toMatchObject({ verdict: 'ok', routeId: 'orders.search', status: 200 });
    expect(view.signature!.match).toBe(true);
    expect(view.signature!.expected).toBe(view.signature!.received);
    expect(view.signature!.stringToSign.endsWith(`${body}<app_secret>`)).toBe(true);
    expect(view.body).toMatchObject({ contentType: 'application/json', bytes: body.length, parsed: JSON.parse(body) });
  });

  it('names the failed rule: timestamp window, missing shop_cipher, expired and unknown tokens', async () => {
    const emu = createEmulator();
    const now = Math.floor(Date.now() / 1000);
    const stale = await signed(emu, '/product/202309/categories', {
      query: { shop_cipher: TIKTOK_SHOP_TEST_SHOP_CIPHER },
      timestamp: now - 900,
    });
    expect(stale.verdict).toBe('timestamp too old');
    expect(stale.signature!.timestamp.window[0]).toBe(stale.signature!.timestamp.now - 300);
    expect(stale.signature!.match).toBe(true); // the sign was right: only the clock was wrong
    expect((await signed(emu, '/product/202309/categories', { query: { shop_cipher: 'x' }, timestamp: now + 120 })).verdict).toBe(
      'timestamp in the future',
    );
    expect(
      (await signed(emu, '/order/202309/orders/search', { method: 'POST', query: { page_size: '10' }, body: '{}' })).verdict,
    ).toBe('missing shop_cipher');
    expect((await signed(emu, '/authorization/202309/shops', { query: { shop_cipher: 'x' } })).verdict).toBe(
      'unexpected shop_cipher',
    );
    expect((await signed(emu, '/authorization/202309/shops', { token: 'TTP_not_a_token' })).verdict).toBe('invalid access token');
    const token = emu.tokens.tiktokShopTokens().access_token;
    emu.tiktokShop.state.expireAccessToken();
    expect((await signed(emu, '/authorization/202309/shops', { token })).verdict).toBe('expired access token');
  });
});

describe('request inspector: Trenz and Local Service', () => {
  it('gives the auth header verdict, never the key itself', async () => {
    const emu = createEmulator();
    await new Trenz({ ...emu.trenz.clientOptions, ...quiet }).account.get();
    await new Trenz({ ...emu.trenz.clientOptions, ...quiet, apiKey: 'tz_live_wrong_key_123' }).account
      .get()
      .catch(() => undefined);
    const bare = await request(`${TRENZ_EMULATOR_ORIGIN}/open/v1/account`, {
      headers: { authorization: emu.tokens.trenzApiKey },
      dispatcher: emu.dispatcher,
    });
    await bare.body.dump();
    const [noBearer, wrong, ok] = emu.faults.inspector.list();
    expect(ok).toMatchObject({
      api: 'Trenz',
      routeId: 'account.get',
      status: 200,
      verdict: 'ok',
      auth: { header: 'x-api-key', verdict: 'ok' },
    });
    expect(wrong).toMatchObject({ status: 401, verdict: 'invalid key' });
    expect(noBearer).toMatchObject({
      status: 401,
      auth: { header: 'authorization', verdict: 'missing key: Authorization is not Bearer <key>' },
    });
    expect(ok!.headers).toContainEqual(['x-api-key', `${emu.tokens.trenzApiKey.slice(0, 2)}•••`]);
    expect(JSON.stringify(emu.faults.inspector.list())).not.toContain(emu.tokens.trenzApiKey);
  });

  it('shows the Local Service body as parsed, ids exact, and masks the merchant token exchange', async () => {
    const emu = createEmulator();
    const creds = emu.localService.clientOptions;
    const { dispatcher } = creds;
    const ls = new LocalService({ ...creds, ...quiet });
    const merchant_id = creds.merchantId;
    await ls.products.categories({ merchant_id, language: 'en' });
    const [call, exchange] = emu.faults.inspector.list();
    expect(call).toMatchObject({
      api: 'Local Service',
      routeId: 'products.categories',
      verdict: 'ok',
      auth: { header: 'authorization' },
    });
    expect(call!.body.parsed).toEqual({ merchant_id, language: 'en' });
    expect(call!.headers.find(([k]) => k === 'authorization')![1]).toMatch(/^Bearer ..•••$/);
    expect(exchange).toMatchObject({ routeId: 'merchantToken', verdict: 'ok' });
    expect((exchange!.body.parsed as Record<string, string>).client_secret).toBe(`${creds.clientSecret.slice(0, 2)}•••`);
    const served = JSON.stringify(emu.faults.inspector.list());
    expect(served).not.toContain(creds.clientSecret);
    for (const t of emu.localService.state.tokens.issued) {
      expect(served).not.toContain(t.access_token);
    }

    // An int64 beyond 2^53 sent as a bare number keeps its digits (the SDK's int64-safe parser), not a rounded double.
    const raw = await request(`https://open.tiktokapis.com/v2/localservice/saas/product_opt_category/query/`, {
      method: 'POST',
      headers: { authorization: `Bearer ${emu.tokens.localServiceAccessToken}`, 'content-type': 'application/json' },
      body: '{"merchant_id":7295929697122099991,"language":"en"}',
      dispatcher,
    });
    await raw.body.dump();
    expect(emu.faults.inspector.list()[0]!.body.parsed).toEqual({ merchant_id: '7295929697122099991', language: 'en' });

    emu.localService.state.tokens.expireAll();
    await new LocalService({ accessToken: 'mat.expired', dispatcher, ...quiet }).products
      .categories({ merchant_id, language: 'en' })
      .catch(() => undefined);
    expect(emu.faults.inspector.list()[0]).toMatchObject({ status: 401, verdict: 'invalid or expired token' });
  });
});

describe('request inspector: bounds and outcomes', () => {
  it('keeps the last N requests, newest first', async () => {
    const faults = new FaultPlan({ inspector: { limit: 16 } });
    const emu = createEmulator({ faults });
    const trenz = new Trenz({ ...emu.trenz.clientOptions, ...quiet });
    for (let i = 0; i < 40; i++) await trenz.account.get();
    const list = faults.inspector.list();
    expect(list.length).toBeLessThanOrEqual(16);
    expect(list.length).toBeGreaterThan(0);
    expect(list[0]!.seq).toBe(40);
    expect(list.map((r) => r.seq)).toEqual([...list.map((r) => r.seq)].sort((a, b) => b - a));
    expect(() => new RequestInspector({ limit: 0 })).toThrow(RangeError);
  });

  it('records faults, dropped connections and unknown paths', async () => {
    const emu = createEmulator();
    const trenz = new Trenz({ ...emu.trenz.clientOptions, ...quiet });
    emu.faults.add({ path: '/open/v1/account', kind: 'status', status: 503 });
    await trenz.account.get().catch(() => undefined);
    expect(emu.faults.inspector.list()[0]).toMatchObject({ status: 503, fault: 'status 503', verdict: 'not checked' });
    emu.faults.add({ path: '/open/v1/account', kind: 'reset' });
    await trenz.account.get().catch(() => undefined);
    expect(emu.faults.inspector.list()[0]).toMatchObject({ status: null, outcome: 'reset', fault: 'reset before-headers' });
    const res = await request('https://emulator.invalid/nowhere', { dispatcher: emu.dispatcher });
    await res.body.dump();
    expect(emu.faults.inspector.list()[0]).toMatchObject({ api: 'emulator', status: 404, routeId: null, verdict: 'not checked' });
  });

  it('tells listeners when a request arrives and when it ends', async () => {
    const emu = createEmulator();
    const seen: string[] = [];
    const stop = emu.faults.inspector.subscribe((r) => seen.push(`${r.seq} ${r.outcome} ${r.verdict}`));
    expect(emu.faults.inspector.listeners).toBe(1);
    await new Trenz({ ...emu.trenz.clientOptions, ...quiet }).account.get();
    stop();
    await new Trenz({ ...emu.trenz.clientOptions, ...quiet }).account.get();
    expect(seen).toEqual(['1 pending pending', '1 response ok']);
    expect(emu.faults.inspector.listeners).toBe(0);
  });
});
