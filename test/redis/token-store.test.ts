import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors/index.js';
import { TokenManager } from '../../src/core/tokens.js';
import { Redis } from 'ioredis';
import { RedisRateLimiter, RedisRefreshLock, RedisTokenStore, TokenStoreReadError, aesGcmCipher } from '../../src/redis/index.js';
import { closeClients, connect, noRedis, uniquePrefix } from './helpers.js';

interface Tok {
  access_token: string;
  refresh_token: string;
  expires_at: number;
}

const prefix = uniquePrefix('tokens');
const tok = (n: number, expiresAt = Math.floor(Date.now() / 1000) + 3600): Tok => ({
  access_token: `access-secret-${n}`,
  refresh_token: `refresh-secret-${n}`,
  expires_at: expiresAt,
});

describe.skipIf(noRedis)('RedisTokenStore', () => {
  afterAll(() => closeClients(prefix));

  it('stores, reads and deletes a token; a missing key reads as undefined', async () => {
    const store = new RedisTokenStore<Tok>({ redis: connect(), prefix: `${prefix}plain:` });
    expect(await store.get('seller-1')).toBeUndefined();
    await store.set('seller-1', tok(1));
    expect(await store.get('seller-1')).toEqual(tok(1));
    await store.delete('seller-1');
    expect(await store.get('seller-1')).toBeUndefined();
  });

  it('is shared: a token written through one connection is read through another', async () => {
    const a = new RedisTokenStore<Tok>({ redis: connect(), prefix: `${prefix}shared:` });
    const b = new RedisTokenStore<Tok>({ redis: connect(), prefix: `${prefix}shared:` });
    await a.set('s', tok(2));
    expect(await b.get('s')).toEqual(tok(2));
  });

  it('encrypts at rest: Redis holds no token text, and the record reads back', async () => {
    const redis = connect();
    const store = new RedisTokenStore<Tok>({ redis, prefix: `${prefix}enc:`, cipher: aesGcmCipher({ key: randomBytes(32) }) });
    await store.set('seller-9', tok(9));
    const raw = (await redis.get(`${prefix}enc:seller-9`)) ?? '';
    expect(raw).toMatch(/^v1:k1:/);
    expect(raw).not.toContain('secret');
    expect(await store.get('seller-9')).toEqual(tok(9));
  });

  it('refuses a record moved under another seller key (the key is bound as associated data)', async () => {
    const redis = connect();
    const store = new RedisTokenStore<Tok>({ redis, prefix: `${prefix}bind:`, cipher: aesGcmCipher({ key: randomBytes(32) }) });
    await store.set('victim', tok(3));
    await redis.set(`${prefix}bind:attacker`, (await redis.get(`${prefix}bind:victim`)) ?? '');
    const err = await store.get('attacker').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TokenStoreReadError);
    expect(String(err)).toContain('"attacker"');
    expect(String(err)).toContain('authentication failed');
  });

  it('reads records of a previous key after rotation, and names an unknown key id', async () => {
    const redis = connect();
    const p = `${prefix}rotate:`;
    const oldKey = randomBytes(32).toString('base64');
    await new RedisTokenStore<Tok>({ redis, prefix: p, cipher: aesGcmCipher({ key: oldKey, keyId: 'old' }) }).set('s', tok(4));
    const rotated = new RedisTokenStore<Tok>({
      redis,
      prefix: p,
      cipher: aesGcmCipher({ key: randomBytes(32).toString('hex'), keyId: 'new', previousKeys: { old: oldKey } }),
    });
    expect(await rotated.get('s')).toEqual(tok(4));
    await rotated.set('s', tok(5));
    expect(await redis.get(`${p}s`)).toMatch(/^v1:new:/);
    const forgot = new RedisTokenStore<Tok>({ redis, prefix: p, cipher: aesGcmCipher({ key: oldKey, keyId: 'old' }) });
    await expect(forgot.get('s')).rejects.toThrow(/key id "new"/);
  });

  it('says so when a plain record is read with encryption on, without quoting the record', async () => {
    const redis = connect();
    await new RedisTokenStore<Tok>({ redis, prefix: `${prefix}mixed:` }).set('s', tok(6));
    const err = await new RedisTokenStore<Tok>({
      redis,
      prefix: `${prefix}mixed:`,
      cipher: aesGcmCipher({ key: randomBytes(32) }),
    })
      .get('s')
      .catch((e: unknown) => e);
    expect(String(err)).toMatch(/not an aesGcmCipher record/);
    expect(String(err)).not.toContain('secret');
    await connect().set(`${prefix}junk:s`, '{"access_token":"access-secret-7",');
    const junk = await new RedisTokenStore<Tok>({ redis, prefix: `${prefix}junk:` }).get('s').catch((e: unknown) => e);
    expect(junk).toBeInstanceOf(TokenStoreReadError);
    expect(String(junk)).not.toContain('secret');
  });

  it('rejects keys that are not 32 bytes, without printing them', () => {
    expect(() => aesGcmCipher({ key: 'c2hvcnQ=' })).toThrow(ConfigurationError);
    expect(() => aesGcmCipher({ key: 'c2hvcnQ=' })).toThrow(/got 5 bytes/);
    expect(() => aesGcmCipher({ key: randomBytes(32), keyId: 'a:b' })).toThrow(/keyId/);
  });

  it('expires the record at expiresAt (e.g. the refresh token expiry)', async () => {
    const redis = connect();
    const store = new RedisTokenStore<Tok>({ redis, prefix: `${prefix}ttl:`, expiresAt: (t) => t.expires_at + 60 });
    const t = tok(8);
    await store.set('s', t);
    const ttl = await redis.ttl(`${prefix}ttl:s`);
    expect(ttl).toBeGreaterThan(3600);
    expect(ttl).toBeLessThanOrEqual(3660);
  });

  it('shows neither tokens, keys nor the connection in util.inspect', () => {
    const key = randomBytes(32);
    const store = new RedisTokenStore<Tok>({ redis: connect(), prefix: 'p:', cipher: aesGcmCipher({ key }) });
    const shown = inspect(store, { depth: 5 });
    expect(shown).toBe("RedisTokenStore { prefix: 'p:', encrypted: true }");
    expect(inspect(aesGcmCipher({ key }), { depth: 5, showHidden: true })).not.toContain(key.toString('hex').slice(0, 8));
    // The ioredis client carries its password in its options: none of the Redis pieces may print it.
    const redis = new Redis({ lazyConnect: true, password: 'redis-password-secret' });
    for (const piece of [
      new RedisTokenStore<Tok>({ redis }),
      new RedisRefreshLock({ redis }),
      new RedisRateLimiter({ redis, limit: 1 }),
    ]) {
      expect(inspect(piece, { depth: 10 })).not.toContain('redis-password-secret');
    }
    redis.disconnect();
  });

  it('with RedisRefreshLock, two token managers on separate connections refresh an expired token once', async () => {
    let refreshes = 0;
    const p = `${prefix}mgr:`;
    const manager = () =>
      new TokenManager<Tok>({
        store: new RedisTokenStore<Tok>({
          redis: connect(),
          prefix: `${p}t:`,
          cipher: aesGcmCipher({ key: Buffer.alloc(32, 7) }),
        }),
        lock: new RedisRefreshLock({ redis: connect(), prefix: `${p}l:` }),
        refresh: async (current) => {
          refreshes++;
          await sleep(100);
          return tok(Number(current?.access_token.split('-').pop() ?? 0) + 1);
        },
        expiresAt: (t) => t.expires_at,
        accessToken: (t) => t.access_token,
      });
    const [a, b] = [manager(), manager()];
    await a.store.set('seller', tok(10, 1));
    const got = await Promise.all([
      ...Array.from({ length: 20 }, () => a.get('seller')),
      ...Array.from({ length: 20 }, () => b.get('seller')),
    ]);
    expect(refreshes).toBe(1);
    expect(new Set(got.map((t) => t.access_token))).toEqual(new Set(['access-secret-11']));
  });
});
