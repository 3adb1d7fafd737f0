/**
 * Issue 9's scenarios: real worker processes (fixtures/worker.ts), one real Redis, the emulators over loopback.
 * Each worker has its own Redis connection, TokenManager and in-memory queues, so only Redis can coordinate them.
 * The scenarios run concurrently on one pool of 4 worker processes (start-up is the costly part): the rate-limit
 * one spends ~20 s waiting by design (400 calls at 20/s), and the others fit in that time. Each scenario has its
 * own emulator and Redis prefix; the one that kills a worker starts its own.
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { MerchantToken } from '../../src/local-service/index.js';
import { RedisTokenStore, aesGcmCipher } from '../../src/redis/index.js';
import {
  LOCAL_SERVICE_BASE_PATH,
  LOCAL_SERVICE_TEST_ACCESS_TOKEN,
  LOCAL_SERVICE_TEST_CREDENTIALS,
  createLocalServiceEmulator,
} from '../../src/testing/local-service/index.js';
import { serveHandlers, type EmulatorServer } from '../../src/testing/server.js';
import { createTikTokShopEmulator, tiktokShopServeOrigin } from '../../src/testing/tiktok-shop/index.js';
import type { TokenSet } from '../../src/tiktok-shop/index.js';
import type { WorkerConfig } from './fixtures/worker.js';
import { REDIS_URL, closeClients, connect, maxInAnyWindow, noRedis, uniquePrefix } from './helpers.js';
import { killWorkers, startWorker, type Worker } from './workers.js';

const prefix = uniquePrefix('scale');
const cipherKey = randomBytes(32).toString('hex');
const REFRESH = '/api/v2/token/refresh';
const MERCHANT_TOKEN = '/merchant/oauth/token/';
const CATEGORIES = `${LOCAL_SERVICE_BASE_PATH}/product_opt_category/query/`;
const nowSeconds = () => Math.floor(Date.now() / 1000);
const servers: EmulatorServer[] = [];

/** A TikTok Shop emulator on loopback, and one seller whose stored token has expired (for the server too). */
async function tiktokShop(p: string) {
  const emu = createTikTokShopEmulator();
  const server = await serveHandlers(emu.handlers, { origin: tiktokShopServeOrigin, faults: emu.faults });
  servers.push(server);
  const tokens = emu.state.issueTokens();
  emu.state.expireAccessToken(tokens.open_id);
  const store = new RedisTokenStore<TokenSet>({
    redis: connect(),
    prefix: `${p}token:`,
    cipher: aesGcmCipher({ key: cipherKey }),
  });
  await store.set(tokens.open_id, { ...tokens, access_token_expire_in: nowSeconds() - 10 });
  const config = (extra: Partial<WorkerConfig> = {}): WorkerConfig => ({
    mode: 'tts-refresh',
    redisUrl: REDIS_URL ?? '',
    prefix: p,
    emulatorUrl: server.url,
    calls: 50,
    cipherKey,
    openId: tokens.open_id,
    app: { appKey: emu.state.appKey, appSecret: emu.state.appSecret },
    ...extra,
  });
  return { emu, store, tokens, config };
}

const pool: Worker[] = [];

/** Gives the same job to each of the 4 pooled workers at once; the totals of their reports. */
async function onEveryWorker(config: WorkerConfig, ms: number) {
  const reports = await Promise.all(pool.map((w) => w.run(config, ms)));
  return { ok: reports.reduce((n, r) => n + r.ok, 0), errors: reports.flatMap((r) => r.errors) };
}

async function waitUntil(what: string, ms: number, check: () => boolean): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting until ${what}`);
    await sleep(20);
  }
}

describe.skipIf(noRedis)('scale-out across worker processes', { concurrent: true }, () => {
  beforeAll(async () => {
    pool.push(...(await Promise.all([1, 2, 3, 4].map(() => startWorker()))));
  }, 30_000);
  afterAll(async () => {
    await killWorkers();
    await Promise.all(servers.splice(0).map((s) => s.close()));
    await closeClients(prefix);
  });

  it('4 workers x 100 Local Service calls: never more than 20 in any sliding second at the emulator, all 400 complete', async ({
    expect,
  }) => {
    // The emulator enforces 20 per endpoint per sliding second itself, and the workers do not retry.
    const emu = createLocalServiceEmulator();
    const server = await emu.listen();
    servers.push(server);
    const config: WorkerConfig = {
      mode: 'ls-qps',
      redisUrl: REDIS_URL ?? '',
      prefix: `${prefix}ls-qps:`,
      emulatorUrl: server.url,
      basePath: LOCAL_SERVICE_BASE_PATH,
      merchant: LOCAL_SERVICE_TEST_CREDENTIALS,
      accessToken: LOCAL_SERVICE_TEST_ACCESS_TOKEN,
      calls: 100,
      cipherKey,
    };
    const started = Date.now();
    const { ok, errors } = await onEveryWorker(config, 40_000);
    expect(errors).toEqual([]);
    expect(ok).toBe(400);
    const arrivals = emu.faults.requests('POST', CATEGORIES).map((r) => r.at);
    expect(arrivals).toHaveLength(400);
    expect(maxInAnyWindow(arrivals, 1000)).toBeLessThanOrEqual(20);
    expect(emu.state.qps.rejected.size).toBe(0);
    // 400 at 20 per second need at least 19 full windows: the four workers really shared one budget.
    expect(Date.now() - started).toBeGreaterThanOrEqual(19_000);
  }, 50_000);

  it("4 workers x 50 concurrent calls on one seller's expired token: exactly 1 refresh request in total", async ({ expect }) => {
    const { emu, store, tokens, config } = await tiktokShop(`${prefix}tts-once:`);
    // A refresh slow enough that every worker finds the lock taken while it runs.
    emu.faults.add({ method: 'GET', path: REFRESH, kind: 'delay', ms: 300 });
    const { ok, errors } = await onEveryWorker(config(), 20_000);
    expect(errors).toEqual([]);
    expect(ok).toBe(200);
    expect(emu.faults.count('GET', REFRESH)).toBe(1);
    const stored = await store.get(tokens.open_id);
    expect(stored?.access_token).not.toBe(tokens.access_token);
    expect(stored?.access_token_expire_in).toBeGreaterThan(nowSeconds());
  }, 30_000);

  it('a worker killed while holding the refresh lock: another refreshes once the lock expires, nothing hangs', async ({
    expect,
  }) => {
    const p = `${prefix}tts-killed:`;
    const { emu, tokens, config } = await tiktokShop(p);
    // The holder's refresh never comes back: it is killed in the middle of it.
    emu.faults.add({ method: 'GET', path: REFRESH, kind: 'delay', ms: 30_000, times: 1 });
    const cfg = config({ calls: 5, lockTtlMs: 1000, lockWaitMs: 8000 });
    const holder = await startWorker();
    try {
      const held = holder.run(cfg, 20_000);
      held.catch(() => undefined); // it is killed before it can report
      await waitUntil('the holder sent its refresh', 10_000, () => emu.faults.count('GET', REFRESH) === 1);
      expect(await connect().exists(`${p}lock:${tokens.open_id}`)).toBe(1);
      const others = pool.slice(0, 2).map((w) => w.run(cfg, 15_000));
      await sleep(300); // the others now wait on the lock
      expect(emu.faults.count('GET', REFRESH)).toBe(1);

      const killedAt = Date.now();
      await holder.kill();
      const reports = await Promise.all(others);
      expect(reports.flatMap((r) => r.errors)).toEqual([]);
      expect(reports.reduce((n, r) => n + r.ok, 0)).toBe(10);
      const refreshes = emu.faults.requests('GET', REFRESH);
      expect(refreshes).toHaveLength(2);
      // The lock outlived the holder by up to ttlMs (it renewed every ttlMs / 3): the takeover waited for that.
      const takeover = (refreshes[1]?.at ?? 0) - killedAt;
      expect(takeover).toBeGreaterThanOrEqual(500);
      expect(takeover).toBeLessThan(3000);
    } finally {
      await holder.kill();
    }
  }, 30_000);

  it("Local Service: 4 workers x 50 calls on a merchant's expired token: exactly 1 token request (needs the refreshLock option)", async ({
    expect,
  }) => {
    const p = `${prefix}ls-once:`;
    const emu = createLocalServiceEmulator({ qps: 10_000 });
    const server = await emu.listen();
    servers.push(server);
    const merchant = LOCAL_SERVICE_TEST_CREDENTIALS.merchantId;
    const issued = emu.state.tokens.issue(merchant);
    emu.state.tokens.revoke(issued.access_token);
    const store = new RedisTokenStore<MerchantToken>({
      redis: connect(),
      prefix: `${p}token:`,
      cipher: aesGcmCipher({ key: cipherKey }),
    });
    await store.set(merchant, {
      merchant_id: merchant,
      access_token: issued.access_token,
      refresh_token: issued.refresh_token,
      expires_at: nowSeconds() - 10,
      refresh_expires_at: issued.refresh_expires_in,
    });
    emu.faults.add({ method: 'POST', path: MERCHANT_TOKEN, kind: 'delay', ms: 300 });
    const cfg: WorkerConfig = {
      mode: 'ls-refresh',
      redisUrl: REDIS_URL ?? '',
      prefix: p,
      emulatorUrl: server.url,
      basePath: LOCAL_SERVICE_BASE_PATH,
      merchant: LOCAL_SERVICE_TEST_CREDENTIALS,
      calls: 50,
      cipherKey,
    };
    const { ok, errors } = await onEveryWorker(cfg, 20_000);
    expect(errors).toEqual([]);
    expect(ok).toBe(200);
    expect(emu.faults.count('POST', MERCHANT_TOKEN)).toBe(1);
    expect((await store.get(merchant))?.expires_at).toBeGreaterThan(nowSeconds());
  }, 30_000);
});
