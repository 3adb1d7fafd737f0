import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AbortError, AuthenticationError, TimeoutError } from '../../src/core/errors/index.js';
import type { Logger } from '../../src/core/logger.js';
import { TikTokShop, type TokenSet, type TikTokShopTokenStore } from '../../src/tiktok-shop/index.js';
import {
  createTikTokShopEmulator,
  TIKTOK_SHOP_TEST_AUTH_CODE,
  TIKTOK_SHOP_TEST_OPEN_ID,
  TIKTOK_SHOP_TEST_SHOP_CIPHER,
} from '../../src/testing/tiktok-shop/index.js';
import { fast, REFRESH_PATH, setup } from './helpers.js';

/** A store backed by a Map standing in for a database table, counting its writes. */
function countingStore() {
  const rows = new Map<string, string>();
  let writes = 0;
  const store: TikTokShopTokenStore = {
    async get(openId) {
      const row = rows.get(openId);
      return row === undefined ? undefined : (JSON.parse(row) as TokenSet);
    },
    async set(openId, tokens) {
      writes++;
      rows.set(openId, JSON.stringify(tokens));
    },
  };
  return { store, rows, writes: () => writes };
}

describe('OAuth', () => {
  it('builds US and non-US authorization links with a trimmed state, and requires the state', () => {
    const app = new TikTokShop({ appKey: 'k', appSecret: 's' });
    expect(app.auth.authorizationUrl({ serviceId: '7172', state: '  xaoegsefowuf ', region: 'US' })).toBe(
      'https://services.us.tiktokshop.com/open/authorize?service_id=7172&state=xaoegsefowuf',
    );
    expect(app.auth.authorizationUrl({ serviceId: '7172', state: 'a b', region: 'ROW' })).toBe(
      'https://services.tiktokshop.com/open/authorize?service_id=7172&state=a+b',
    );
    expect(() => app.auth.authorizationUrl({ serviceId: '7172', state: ' ', region: 'US' })).toThrow(/state: required/);
  });

  it('exchanges an auth code for tokens on the auth host, stores them by open_id, and the code works once', async () => {
    const emu = createTikTokShopEmulator();
    const { store, rows } = countingStore();
    const app = new TikTokShop({ ...emu.clientOptions, ...fast, tokenStore: store });
    const tokens = await app.auth.getAccessToken({ auth_code: TIKTOK_SHOP_TEST_AUTH_CODE });
    expect(tokens.open_id).toBe(TIKTOK_SHOP_TEST_OPEN_ID);
    expect(tokens.requestId).toMatch(/EMU/);
    expect(JSON.parse(rows.get(TIKTOK_SHOP_TEST_OPEN_ID)!).access_token).toBe(tokens.access_token);
    const [entry] = emu.faults.requests('GET', '/api/v2/token/get');
    expect(new URL(entry!.url).origin).toBe('https://auth.tiktok-shops.com');
    expect(new URL(entry!.url).searchParams.get('grant_type')).toBe('authorized_code');
    // The stored tokens serve a seller by open_id.
    const shops = await app.seller(TIKTOK_SHOP_TEST_OPEN_ID).authorization.getShops();
    expect(shops.map((s) => s.cipher)).toContain(TIKTOK_SHOP_TEST_SHOP_CIPHER);
    const again = await app.auth.getAccessToken({ auth_code: TIKTOK_SHOP_TEST_AUTH_CODE }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(AuthenticationError);
    expect(emu.faults.count('GET', '/api/v2/token/get')).toBe(2); // a single-use code is never retried
  });

  it('keeps app_secret out of error messages although it travels in the token URL', async () => {
    const emu = createTikTokShopEmulator();
    const app = new TikTokShop({ ...emu.clientOptions, ...fast });
    emu.faults.add({ path: '/api/v2/token/refresh', kind: 'status', status: 400, body: `bad app_secret=${emu.state.appSecret}` });
    const err = await app.auth.refreshAccessToken({ refresh_token: 'TTP_x' }).catch((e: unknown) => e);
    expect(String((err as Error).message)).not.toContain(emu.state.appSecret);
  });
});

describe('automatic refresh', () => {
  it('100 concurrent calls on a token the server expired cause exactly one refresh, and all succeed', async () => {
    const { emu, shop } = setup();
    emu.state.expireAccessToken();
    const pages = await Promise.all(Array.from({ length: 100 }, () => shop.orders.search({ page_size: 1 })));
    expect(pages.every((p) => p.items.length === 1)).toBe(true);
    expect(emu.faults.count('GET', REFRESH_PATH)).toBe(1);
  });

  it('100 concurrent calls on a token known to be expired refresh once before sending anything', async () => {
    const emu = createTikTokShopEmulator();
    const app = new TikTokShop({ ...emu.clientOptions, ...fast });
    const stale = { ...emu.state.issueTokens(), access_token_expire_in: Math.floor(Date.now() / 1000) - 10 };
    const seller = app.seller(stale);
    const results = await Promise.all(Array.from({ length: 100 }, () => seller.authorization.getShops()));
    expect(results.every((r) => r.length === 2)).toBe(true);
    expect(emu.faults.count('GET', REFRESH_PATH)).toBe(1);
    expect(emu.faults.count('GET', '/authorization/202309/shops')).toBe(100); // no 105002 round trips
  });

  it('refreshes ahead of expiry, inside the configured margin, and stores the new set', async () => {
    const emu = createTikTokShopEmulator();
    const { store, rows } = countingStore();
    const app = new TikTokShop({ ...emu.clientOptions, ...fast, tokenStore: store, refreshMarginSeconds: 3600 });
    const soon = { ...emu.state.issueTokens(), access_token_expire_in: Math.floor(Date.now() / 1000) + 600 };
    const seller = app.seller(soon);
    const before = soon.access_token;
    await seller.authorization.getShops();
    expect(emu.faults.count('GET', REFRESH_PATH)).toBe(1);
    expect(JSON.parse(rows.get(TIKTOK_SHOP_TEST_OPEN_ID)!).access_token).not.toBe(before);
    expect((await seller.tokens()).access_token).not.toBe(before);
  });

  it('a revoked refresh token raises AuthenticationError telling to re-authorize, once, without looping', async () => {
    const { emu, shop, seller } = setup();
    emu.state.expireAccessToken();
    emu.state.revokeRefreshToken();
    const err = await shop.orders.search({ page_size: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as Error).message).toMatch(/Re-authorize seller 7010736057180325637/);
    expect(emu.faults.count('GET', REFRESH_PATH)).toBe(1);
    // The refused refresh token is not sent again by later calls.
    await expect(seller.authorization.getShops()).rejects.toBeInstanceOf(AuthenticationError);
    expect(emu.faults.count('GET', REFRESH_PATH)).toBe(1);
  });

  it('an expired refresh token fails locally with its expiry date, nothing is sent', async () => {
    const emu = createTikTokShopEmulator();
    const app = new TikTokShop({ ...emu.clientOptions, ...fast });
    const dead = { ...emu.state.issueTokens(), access_token_expire_in: 1_600_000_000, refresh_token_expire_in: 1_600_000_100 };
    const err = await app
      .seller(dead)
      .authorization.getShops()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as Error).message).toContain('expired on 2020-09-13T12:28:20.000Z');
    expect(emu.faults.count()).toBe(0);
  });

  it('an unknown seller (no stored tokens) is told to exchange an auth code first', async () => {
    const emu = createTikTokShopEmulator();
    const app = new TikTokShop({ ...emu.clientOptions, ...fast });
    const err = await app
      .seller('nobody')
      .authorization.getShops()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as Error).message).toMatch(/getAccessToken\(\{ auth_code \}\)/);
  });

  it('a transient failure of the refresh (503) is retried and is not mistaken for a dead grant', async () => {
    const { emu, shop } = setup();
    emu.state.expireAccessToken();
    emu.faults.add({ path: REFRESH_PATH, kind: 'status', status: 503, times: 1 });
    const page = await shop.orders.search({ page_size: 1 });
    expect(page.items).toHaveLength(1);
    expect(emu.faults.count('GET', REFRESH_PATH)).toBe(2);
  });

  it('app.seller(tokens) does not overwrite a newer set already in the store', async () => {
    const emu = createTikTokShopEmulator();
    const { store } = countingStore();
    const newer = emu.state.issueTokens();
    await store.set(newer.open_id, newer);
    const app = new TikTokShop({ ...emu.clientOptions, ...fast, tokenStore: store });
    const older = { ...emu.state.issueTokens(), access_token_expire_in: newer.access_token_expire_in - 100 };
    const seller = app.seller(older);
    expect((await seller.tokens()).access_token).toBe(newer.access_token);
  });
});

describe('refresh under hostile conditions', () => {
  const past = () => Math.floor(Date.now() / 1000) - 10;

  it('an abort while the call waits for a hung refresh ends that call at once; the refresh goes on for the others', async () => {
    const emu = createTikTokShopEmulator();
    emu.faults.add({ path: REFRESH_PATH, kind: 'delay', ms: 800 });
    const app = new TikTokShop({ ...emu.clientOptions, ...fast, timeout: 5_000 });
    const seller = app.seller({ ...emu.state.issueTokens(), access_token_expire_in: past() });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    const started = Date.now();
    const patient = seller.authorization.getShops();
    const aborted = await seller.authorization.getShops({ signal: ac.signal }).catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(700); // before the refresh answered
    expect(await patient).toHaveLength(2);
    expect(emu.faults.count('GET', REFRESH_PATH)).toBe(1);
  });

  it('one retry budget per call: 200 calls on a hung token host send at most maxRetries + 1 refreshes', async () => {
    const emu = createTikTokShopEmulator();
    emu.faults.add({ path: REFRESH_PATH, kind: 'delay', ms: 10_000, times: Infinity });
    const app = new TikTokShop({ ...emu.clientOptions, ...fast, timeout: 150 });
    const seller = app.seller({ ...emu.state.issueTokens(), access_token_expire_in: past() });
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 200 }, () => seller.authorization.getShops().catch((e: unknown) => e)),
    );
    expect(results.every((r) => r instanceof TimeoutError)).toBe(true);
    // Each call: 3 attempts, each waiting for the refresh shared with the others. The refresh does not retry itself.
    expect(emu.faults.count('GET', REFRESH_PATH)).toBeLessThanOrEqual(3);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('the deadline bounds a call waiting for a refresh', async () => {
    const emu = createTikTokShopEmulator();
    emu.faults.add({ path: REFRESH_PATH, kind: 'delay', ms: 10_000, times: Infinity });
    const app = new TikTokShop({ ...emu.clientOptions, ...fast, timeout: 5_000, deadline: 200 });
    const seller = app.seller({ ...emu.state.issueTokens(), access_token_expire_in: past() });
    const started = Date.now();
    const err = await seller.authorization.getShops().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect((err as Error).message).toMatch(/overall deadline/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a token host echoing the refresh token it was sent: not in the error, its fields or its inspection', async () => {
    const emu = createTikTokShopEmulator();
    const app = new TikTokShop({ ...emu.clientOptions, ...fast });
    const tokens = { ...emu.state.issueTokens(), access_token_expire_in: past() };
    const echo = `Invalid credentials. The refresh_token ${tokens.refresh_token} is invalid; you sent ${tokens.refresh_token}`;
    emu.faults.add({
      path: REFRESH_PATH,
      kind: 'status',
      status: 200,
      body: { code: 36009004, message: echo, request_id: 'ECHO', data: {} },
    });
    const err = await app
      .seller(tokens)
      .authorization.getShops()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    const texts = [(err as Error).message, inspect(err, { depth: 10 }), JSON.stringify(err)].join('\n');
    expect(texts).toContain('is invalid');
    expect(texts).not.toContain(tokens.refresh_token);
  });

  it('never logs the auth code being exchanged, at debug level either', async () => {
    const emu = createTikTokShopEmulator();
    const lines: string[] = [];
    const put = (obj: unknown, msg?: string) => lines.push(`${msg ?? ''} ${inspect(obj, { depth: 10 })}`);
    const logger: Logger = { debug: put, info: put, warn: put, error: put };
    const app = new TikTokShop({ ...emu.clientOptions, maxRetryDelay: 5, logger, logLevel: 'debug' });
    await app.auth.getAccessToken({ auth_code: TIKTOK_SHOP_TEST_AUTH_CODE });
    expect(lines.some((l) => l.includes('/api/v2/token/get'))).toBe(true);
    expect(lines.join('\n')).not.toContain(TIKTOK_SHOP_TEST_AUTH_CODE);
  });
});
