import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AbortError, AuthenticationError, ConfigurationError, TimeoutError } from '../../src/core/errors/index.js';
import { MemoryTokenStore } from '../../src/core/tokens.js';
import { LocalService, MERCHANT_TOKEN_PATH, type MerchantToken } from '../../src/local-service/index.js';
import { LOCAL_SERVICE_TEST_ACCESS_TOKEN, LOCAL_SERVICE_TEST_CREDENTIALS } from '../../src/testing/local-service/index.js';
import { MERCHANT, SAAS, withCredentials, withToken } from './helpers.js';

const CATEGORIES = `${SAAS}/product_opt_category/query/`;
const params = { merchant_id: MERCHANT, language: 'en' };
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('static bearer token', () => {
  it('sends Authorization: Bearer <token> on every call', async () => {
    const { emu, ls } = withToken();
    await ls.products.categories(params);
    expect(emu.faults.requests('POST', CATEGORIES)[0]?.headers.authorization).toBe(`Bearer ${LOCAL_SERVICE_TEST_ACCESS_TOKEN}`);
  });

  it('throws AuthenticationError for an expired token, without retrying, and says how to fix it', async () => {
    const { emu, ls } = withToken();
    emu.state.tokens.revoke(LOCAL_SERVICE_TEST_ACCESS_TOKEN);
    const err = await ls.products.categories(params).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err).toMatchObject({ code: 'access_token_invalid', status: 401 });
    expect((err as AuthenticationError).requestId).toBeTruthy();
    expect((err as Error).message).toContain('clientKey, clientSecret, merchantId');
    expect(emu.faults.count('POST', CATEGORIES)).toBe(1);
  });

  it('rejects ambiguous or empty options at construction', () => {
    expect(() => new LocalService({ accessToken: ' ' })).toThrow(ConfigurationError);
    expect(() => new LocalService({ accessToken: 't', clientKey: 'k' } as never)).toThrow(/either/);
    expect(() => new LocalService({ clientKey: 'k', clientSecret: '', merchantId: 'm' })).toThrow(/missing clientSecret/);
  });

  it('never shows the token in util.inspect', () => {
    const { ls } = withToken();
    expect(inspect(ls)).not.toContain(LOCAL_SERVICE_TEST_ACCESS_TOKEN);
  });
});

describe('client credentials: merchant tokens obtained and refreshed by the client', () => {
  it('obtains a token with a form-encoded POST, then calls with it', async () => {
    const store = new MemoryTokenStore<MerchantToken>();
    const { emu, ls } = withCredentials({ tokenStore: store });
    await ls.products.categories(params);
    const [tokenCall] = emu.faults.requests('POST', MERCHANT_TOKEN_PATH);
    expect(tokenCall?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(tokenCall?.headers['x-tt-target-idc']).toBe('alisg');
    const form = new URLSearchParams(tokenCall?.body);
    expect(Object.fromEntries(form)).toEqual({
      client_key: LOCAL_SERVICE_TEST_CREDENTIALS.clientKey,
      client_secret: LOCAL_SERVICE_TEST_CREDENTIALS.clientSecret,
      merchant_id: MERCHANT,
      grant_type: 'access_token',
    });
    const issued = emu.state.tokens.issued[0]!;
    expect(emu.faults.requests('POST', CATEGORIES)[0]?.headers.authorization).toBe(`Bearer ${issued.access_token}`);
    // expires_in on the wire is a Unix timestamp, stored as is (TikTok's "Obtain Access Token for APIs" page).
    expect(await store.get(MERCHANT)).toEqual({
      merchant_id: MERCHANT,
      access_token: issued.access_token,
      refresh_token: issued.refresh_token,
      expires_at: issued.expires_in,
      refresh_expires_at: issued.refresh_expires_in,
    });
  });

  it('asks for one token however many calls start together (single-flight)', async () => {
    const { emu, ls } = withCredentials();
    await Promise.all(Array.from({ length: 12 }, () => ls.products.categories(params)));
    expect(emu.faults.count('POST', MERCHANT_TOKEN_PATH)).toBe(1);
    expect(emu.faults.count('POST', CATEGORIES)).toBe(12);
  });

  it('refreshes ahead of expiry with the refresh token', async () => {
    const store = new MemoryTokenStore<MerchantToken>();
    const { emu, ls } = withCredentials({ tokenStore: store });
    const old = emu.state.tokens.issue(MERCHANT);
    // Still valid for 60 s, inside the default 300 s margin.
    await store.set(MERCHANT, {
      merchant_id: MERCHANT,
      access_token: old.access_token,
      refresh_token: old.refresh_token,
      expires_at: nowSeconds() + 60,
      refresh_expires_at: old.refresh_expires_in,
    });
    await ls.products.categories(params);
    const form = new URLSearchParams(emu.faults.requests('POST', MERCHANT_TOKEN_PATH)[0]?.body);
    expect(form.get('grant_type')).toBe('refresh_token');
    expect(form.get('refresh_token')).toBe(old.refresh_token);
    const fresh = await store.get(MERCHANT);
    expect(fresh?.access_token).not.toBe(old.access_token);
    expect(emu.faults.requests('POST', CATEGORIES)[0]?.headers.authorization).toBe(`Bearer ${fresh?.access_token}`);
  });

  it('falls back to the client credentials when the refresh token is refused', async () => {
    const store = new MemoryTokenStore<MerchantToken>();
    const { emu, ls } = withCredentials({ tokenStore: store });
    await store.set(MERCHANT, {
      merchant_id: MERCHANT,
      access_token: 'mat.dead',
      refresh_token: 'mrt.unknown',
      expires_at: nowSeconds() - 1,
      refresh_expires_at: nowSeconds() + 3600,
    });
    await ls.products.categories(params);
    const grants = emu.faults.requests('POST', MERCHANT_TOKEN_PATH).map((e) => new URLSearchParams(e.body).get('grant_type'));
    expect(grants).toEqual(['refresh_token', 'access_token']);
  });

  it('renews a token the server rejects and replays the call once', async () => {
    const { emu, ls } = withCredentials();
    await ls.products.categories(params);
    emu.state.tokens.revoke(emu.state.tokens.issued[0]!.access_token);
    const tree = await ls.products.categories(params);
    expect(tree.category_tree_list.length).toBeGreaterThan(0);
    expect(emu.faults.count('POST', MERCHANT_TOKEN_PATH)).toBe(2);
    const auths = emu.faults.requests('POST', CATEGORIES).map((e) => e.headers.authorization);
    expect(auths).toEqual([
      `Bearer ${emu.state.tokens.issued[0]!.access_token}`,
      `Bearer ${emu.state.tokens.issued[0]!.access_token}`,
      `Bearer ${emu.state.tokens.issued[1]!.access_token}`,
    ]);
  });

  it('surfaces a wrong client secret as AuthenticationError, asks once, and never prints the secret', async () => {
    const { emu, ls } = withCredentials({ clientSecret: 'wrong_secret_value_42' });
    const err = await ls.products.categories(params).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err).toMatchObject({ code: 'invalid_client' });
    expect((err as Error).message).not.toContain('wrong_secret_value_42');
    expect(emu.faults.count('POST', MERCHANT_TOKEN_PATH)).toBe(1);
    expect(emu.faults.count('POST', CATEGORIES)).toBe(0);
    expect(inspect(ls)).not.toContain('wrong_secret_value_42');
  });
});

describe('merchant tokens under hostile conditions', () => {
  it('one retry budget per call: calls on a hung token endpoint ask for at most maxRetries + 1 tokens', async () => {
    const { emu, ls } = withCredentials({ timeout: 150, rateLimit: false });
    emu.faults.add({ method: 'POST', path: MERCHANT_TOKEN_PATH, kind: 'delay', ms: 10_000, times: Infinity });
    const results = await Promise.all(Array.from({ length: 50 }, () => ls.products.categories(params).catch((e: unknown) => e)));
    expect(results.every((r) => r instanceof TimeoutError)).toBe(true);
    expect(emu.faults.count('POST', MERCHANT_TOKEN_PATH)).toBeLessThanOrEqual(3);
    expect(emu.faults.count('POST', CATEGORIES)).toBe(0);
  });

  it('an abort while the call waits for its token ends it at once', async () => {
    const { emu, ls } = withCredentials({ timeout: 5_000 });
    emu.faults.add({ method: 'POST', path: MERCHANT_TOKEN_PATH, kind: 'delay', ms: 2_000 });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    const started = Date.now();
    await expect(ls.products.categories(params, { signal: ac.signal })).rejects.toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('a token endpoint echoing the client secret and refresh token it was sent: neither in the error', async () => {
    const store = new MemoryTokenStore<MerchantToken>();
    const { emu, ls } = withCredentials({ tokenStore: store });
    const refresh = 'mrt.live_refresh_0123456789';
    await store.set(MERCHANT, {
      merchant_id: MERCHANT,
      access_token: 'mat.old',
      refresh_token: refresh,
      expires_at: nowSeconds() - 1,
      refresh_expires_at: nowSeconds() + 3600,
    });
    const echo = `bad request: client_secret ${LOCAL_SERVICE_TEST_CREDENTIALS.clientSecret} refresh ${refresh}`;
    emu.faults.add({
      method: 'POST',
      path: MERCHANT_TOKEN_PATH,
      kind: 'status',
      status: 503,
      times: Infinity,
      body: { error: 'server_error', error_description: echo, message: echo },
    });
    const err = await ls.products.categories(params, { maxRetries: 0 }).catch((e: unknown) => e);
    const texts = [(err as Error).message, inspect(err, { depth: 10 }), JSON.stringify(err)].join('\n');
    expect(texts).not.toContain(LOCAL_SERVICE_TEST_CREDENTIALS.clientSecret);
    expect(texts).not.toContain(refresh);
  });
});
