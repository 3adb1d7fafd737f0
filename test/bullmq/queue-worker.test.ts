/**
 * `social-commerce-sdk/bullmq` in one process: the queue's jobs (ids, slices), a worker syncing shops of the fleet
 * emulator (in process, through its dispatcher) on a real Redis, progress through the callback and BullMQ's
 * events, and a failed batch retried from the checkpoint. The multi-process run with a kill is fleet.test.ts.
 */
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { OrderSyncQueue, createOrderSyncWorker, jobIdOf, shopKey, type OrderSyncJobProgress } from '../../src/bullmq/index.js';
import { jobsFor } from '../../src/bullmq/jobs.js';
import { ConfigurationError } from '../../src/core/errors/index.js';
import { MemoryCheckpointStore } from '../../src/core/sync/index.js';
import { createTikTokShopFleetEmulator } from '../../src/testing/tiktok-shop/index.js';
import { TikTokShop, type OrderSyncCheckpoint } from '../../src/tiktok-shop/index.js';
import { REDIS_URL, closeClients, noRedis, uniquePrefix } from '../redis/helpers.js';

describe('order sync jobs', () => {
  it('makes one job per shop with the sync default key, and a BullMQ-safe job id', () => {
    const [job] = jobsFor([{ openId: '1', cipher: 'GCP_a' }], { since: 100 });
    expect(job).toEqual({ openId: '1', cipher: 'GCP_a', key: 'tiktok-shop:orders:GCP_a', since: 100 });
    expect(shopKey('GCP_a')).toBe(job!.key);
    expect(jobIdOf(job!)).toBe('orders@tiktok-shop~orders~GCP_a');
    expect(jobIdOf(job!)).not.toContain(':');
  });

  it('splits a shop into slices for shopConcurrency; the last slice keeps the shop key', () => {
    const jobs = jobsFor([{ openId: '1', cipher: 'C' }], { since: 0, until: 300, shopConcurrency: 3 });
    expect(jobs.map((j) => [j.key, j.since, j.until])).toEqual([
      ['tiktok-shop:orders:C@0-100', 0, 100],
      ['tiktok-shop:orders:C@100-200', 100, 200],
      ['tiktok-shop:orders:C', 200, 300],
    ]);
    expect(new Set(jobs.map(jobIdOf)).size).toBe(3);
  });

  it('refuses slices without a range, and shops without ids', () => {
    expect(() => jobsFor([{ openId: '1', cipher: 'C' }], { shopConcurrency: 2 })).toThrow(ConfigurationError);
    expect(() => jobsFor([{ openId: '1', cipher: 'C' }], { shopConcurrency: 0 })).toThrow(/integer >= 1/);
    expect(() => jobsFor([{ openId: '', cipher: 'C' }])).toThrow(/openId and a cipher/);
  });
});

describe.skipIf(noRedis)('OrderSyncQueue and createOrderSyncWorker on a real Redis', () => {
  const prefix = uniquePrefix('bullmq').replace(/:$/, '');
  const connections: Redis[] = [];
  const connection = () => {
    const c = new Redis(REDIS_URL ?? '', { maxRetriesPerRequest: null });
    connections.push(c);
    return c;
  };
  afterAll(async () => {
    await closeClients(prefix);
    await Promise.all(connections.map((c) => c.quit().catch(() => c.disconnect())));
  });

  it('syncs every queued shop once, reports progress, skips a shop already queued, and retries a failed batch from its checkpoint', async () => {
    const emu = createTikTokShopFleetEmulator({ shops: 3, ordersPerShop: 250 });
    const app = new TikTokShop({ ...emu.clientOptions, logLevel: 'off' });
    for (const s of emu.fleet.shops) await app.tokenStore.set(s.openId, emu.state.issueTokens(s.openId));
    const store = new MemoryCheckpointStore<OrderSyncCheckpoint>();
    const sink = new Map<string, number>();
    const progress: Array<OrderSyncJobProgress & { done: boolean }> = [];
    let failOnce = emu.fleet.shops[1]!.cipher;
    const name = 'unit-orders';
    const worker = createOrderSyncWorker({
      connection: connection(),
      app,
      store,
      queueName: name,
      prefix,
      concurrency: 3,
      sync: { safetyLagSeconds: 1 },
      onBatch(orders, { shop }) {
        // The second batch of one shop fails once: the job is retried and resumes after the first batch.
        if (shop.cipher === failOnce && progress.filter((p) => p.cipher === shop.cipher).length === 1) {
          failOnce = '';
          throw new Error('database unavailable');
        }
        for (const o of orders) sink.set(o.id, (sink.get(o.id) ?? 0) + 1);
      },
      onProgress: (p) => progress.push(p),
    });
    const queue = new OrderSyncQueue({
      connection: connection(),
      name,
      prefix,
      jobOptions: { attempts: 2, backoff: { type: 'fixed', delay: 10 } },
    });
    try {
      const seen: number[] = [];
      const watch = queue.watch((p) => seen.push(p.orders), 3);
      await watch.ready;
      const shops = emu.fleet.shops.map(({ openId, cipher }) => ({ openId, cipher }));
      await queue.enqueue(shops);
      await queue.enqueue(shops.slice(0, 1)); // still queued or running: not queued twice
      const done = await watch.finished;
      await watch.close();

      expect(done).toMatchObject({ jobs: 3, done: 3, failed: 0 });
      expect(failOnce).toBe(''); // the failure did happen
      // Every order once: the failed batch was not written, and the retry did not re-deliver the first one.
      expect(sink.size).toBe(750);
      expect([...sink.values()].every((n) => n === 1)).toBe(true);
      expect(done.orders).toBe(750);
      expect([...done.byShop.values()]).toEqual([250, 250, 250]);
      expect(seen.at(-1)).toBe(750);
      expect(progress.filter((p) => p.done).map((p) => p.orders)).toEqual([250, 250, 250]);
      // 3 pages per shop, plus the retried page.
      expect(emu.fleet.requestCount).toBeGreaterThanOrEqual(9);
      for (const s of emu.fleet.shops) expect((await store.load(shopKey(s.cipher)))?.caughtUpTo).not.toBeNull();
    } finally {
      await worker.close();
      await queue.queue.obliterate({ force: true });
      await queue.close();
    }
  }, 30_000);
});
