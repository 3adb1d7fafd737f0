/**
 * The fleet, end to end: 200 shops on the fleet emulator (2500 orders each, orders updated while the sync
 * runs), 4 worker processes of `createOrderSyncWorker` sharing one real Redis, one of them killed with SIGKILL
 * mid-run and restarted. Then: every order in the sinks once its final state is folded in, replays bounded by one
 * batch per shop the killed worker held, no shop over its budget, at least 80% of the budgets used, and the same
 * sink from a single-process sync with the in-memory checkpoint store.
 */
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { OrderSyncQueue, type FleetProgress } from '../../src/bullmq/index.js';
import { MemoryCheckpointStore } from '../../src/core/sync/index.js';
import { TikTokShop, type OrderSyncCheckpoint } from '../../src/tiktok-shop/index.js';
import { REDIS_URL, closeClients, connect, maxInAnyWindow, noRedis, uniquePrefix } from '../redis/helpers.js';
import { fold, readSinks, replays, startFleet, startWorker, type Fleet, type FleetWorker, type SinkLine } from './fleet.js';

const SHOPS = Number(process.env.FLEET_SHOPS ?? 200);
const ORDERS = Number(process.env.FLEET_ORDERS ?? 2500);
const BUDGET = 1; // requests per second per shop: few enough that neither the emulator nor 2 cores are the limit
const PAGE = 100; // the sync's default page size: one batch
// Each worker can take 80 shops: the 3 that survive the kill take its shops over before its replacement starts.
const CONCURRENCY = 80;
const prefix = uniquePrefix('fleet');
const queueName = 'fleet-orders';
const workers: FleetWorker[] = [];
let fleet: Fleet | undefined;
let queue: OrderSyncQueue | undefined;

async function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: not after ${ms} ms`)), ms)),
  );
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

describe.skipIf(noRedis)('BullMQ fleet: 200 shops, 4 worker processes, one killed mid-run', () => {
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill()));
    await queue?.queue.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    await fleet?.close();
    await closeClients(prefix);
  });

  it('syncs every order exactly once by final state, within every shop budget, at >= 80% of their sum', async () => {
    const redis = connect();
    fleet = await startFleet(redis, {
      redisUrl: REDIS_URL ?? '',
      prefix,
      queueName,
      shops: SHOPS,
      ordersPerShop: ORDERS,
      budget: BUDGET,
      concurrency: CONCURRENCY,
    });
    const { emu } = fleet;
    workers.push(...(await Promise.all([1, 2, 3, 4].map((n) => startWorker(fleet!.config(n))))));
    queue = new OrderSyncQueue({
      connection: new Redis(REDIS_URL ?? '', { maxRetriesPerRequest: null }),
      name: queueName,
      prefix: prefix.replace(/:$/, ''),
    });
    const shops = emu.fleet.shops.map(({ openId, cipher }) => ({ openId, cipher }));

    // Round 1: the whole history, while orders keep changing; a worker is killed once a third is synced.
    let last: FleetProgress | undefined;
    const watch = queue.watch((p) => (last = p), SHOPS);
    await watch.ready;
    const stopMutating = emu.fleet.mutate({ perSecond: 40 });
    await queue.enqueue(shops);
    const total = emu.fleet.orderCount;
    await within(
      60_000,
      'a third of the orders synced',
      (async () => {
        while ((last?.orders ?? 0) < total / 3) await sleep(50);
      })(),
    );
    const killed = workers[1]!;
    await killed.kill('SIGKILL');
    workers.push(await startWorker(fleet.config(5)));
    const round1 = await within(100_000, 'round 1 finished', watch.finished);
    stopMutating();
    await watch.close();
    expect(round1).toMatchObject({ done: SHOPS, failed: 0 });
    const round1Arrivals = [...emu.fleet.arrivals.values()].map((times) => [...times]);

    // Round 2, once the last update is behind the safety lag: the updates made during round 1.
    await sleep(2100);
    const again = queue.watch(undefined, SHOPS);
    await again.ready;
    await queue.enqueue(shops);
    expect(await within(30_000, 'round 2 finished', again.finished)).toMatchObject({ done: SHOPS, failed: 0 });
    await again.close();

    // A lock renewed late (a starved event loop) hands the shop to another worker, and BullMQ reports it on the
    // worker that lost it; that is recovery working, not a failure. Anything else is.
    const errors = workers.filter((w) => w !== killed).flatMap((w) => w.errors);
    expect(errors.filter((e) => !/could not renew lock|Missing lock for job/.test(e))).toEqual([]);

    // Exactly once by final state: folding the sinks by id gives every order of the emulator, as it is now.
    const lines = readSinks(fleet.dir);
    const sink = fold(lines);
    const finalStates = [...emu.fleet.finalStates()];
    expect(sink.size).toBe(total);
    const wrong = finalStates.filter((s) => {
      const got = sink.get(s.id);
      return !got || got.update_time !== s.update_time || got.status !== s.status;
    });
    expect(wrong.slice(0, 5)).toEqual([]);
    const updated = new Set(emu.fleet.updates.map((u) => u.id));
    expect(updated.size).toBeGreaterThan(100);
    // The killed worker had synced part of its shops: the others resumed them from their checkpoints, or its
    // shops would be in the sinks twice, beyond the replay bound below.
    expect(readFileSync(fleet.config(2).sink, 'utf8').length).toBeGreaterThan(0);
    // Replays: only the killed worker's shops, at most one batch each.
    const replayed = replays(lines);
    const lostLocks = new Set(errors.map((e) => /job (\S+)/.exec(e)?.[1]).filter(Boolean)).size;
    expect(replayed.size).toBeLessThanOrEqual(CONCURRENCY + lostLocks);
    for (const [, n] of replayed) expect(n).toBeLessThanOrEqual(PAGE);
    // Lines beyond one per order: the updated orders' newer states, and the replays.
    const replayTotal = [...replayed.values()].reduce((a, b) => a + b, 0);
    expect(lines.length - replayTotal).toBeLessThanOrEqual(total + emu.fleet.updates.length);

    // Budgets: no shop over its budget in any second (fixed or sliding), and the run used >= 80% of their sum.
    // Sent: no shop's clients sent more than its budget in any second, whatever the machine did.
    expect(emu.fleet.maxPerSecond(undefined, 'sent')).toBeLessThanOrEqual(BUDGET);
    // Arrived: the limiter's guarantee holds for requests that reach the server within holdMs of being let
    // through. A server starved by other work on the machine reads requests late and in bursts; then the arrival
    // check and the 80% figure would measure the machine, not the SDK, and the test says so instead.
    const lateness = emu.fleet.maxLateness();
    // Lateness is measured from the signed timestamp, in whole seconds: it reads up to 1 s more than the real delay,
    // so a measure under holdMs means every request reached the server within holdMs.
    const starved = lateness >= fleet.config(0).holdMs;
    // Budget use in round 1, from the first request to the last: the kill's stall included (a killed worker's
    // shops wait for BullMQ to see the job stalled, then for their dead request's slot, holdMs).
    const use = (shops: number[][]) => {
      const all = shops.flat();
      const first = Math.min(...all);
      const seconds = (Math.max(...all) - first) / 1000;
      return { requests: all.length, seconds, used: all.length / (seconds * shops.length * BUDGET) };
    };
    const whole = use(round1Arrivals);
    const steady = use(round1Arrivals.filter((t) => t.every((at, i) => i === 0 || at - t[i - 1]! < 2500)));
    const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
    console.log(
      `[fleet] round 1: ${whole.requests} requests in ${whole.seconds.toFixed(1)} s = ${(whole.requests / whole.seconds).toFixed(0)}/s ` +
        `of ${SHOPS * BUDGET}/s budgeted (${pct(whole.used)} of the sum of the budgets; ${pct(steady.used)} in the shops the kill ` +
        `did not stall), ${Math.round(total / whole.seconds)} orders/s; ${emu.fleet.updates.length} updates during the run; ` +
        `${replayTotal} lines replayed after the kill in ${replayed.size} shops; ` +
        `requests read by the emulator up to ${(lateness / 1000).toFixed(1)} s after they were sent`,
    );
    if (!starved) {
      expect(emu.fleet.maxPerSecond()).toBeLessThanOrEqual(BUDGET);
      for (const times of emu.fleet.arrivals.values()) expect(maxInAnyWindow(times, 1000)).toBeLessThanOrEqual(BUDGET);
      expect(whole.used).toBeGreaterThanOrEqual(0.8);
    } else {
      console.warn(
        `[fleet] the arrival budget check and the 80% check are skipped: the emulator read a request ` +
          `${(lateness / 1000).toFixed(1)} s after it was sent (the machine, not the SDK, was the bottleneck)`,
      );
    }

    // The same sync in one process with the in-memory store gives the same sink.
    const app = new TikTokShop({ ...emu.clientOptions, logLevel: 'off' });
    const store = new MemoryCheckpointStore<OrderSyncCheckpoint>();
    const single: SinkLine[] = [];
    const queueOfShops = [...emu.fleet.shops];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let s = queueOfShops.shift(); s; s = queueOfShops.shift()) {
          const shop = app.seller(emu.state.issueTokens(s.openId)).shop(s.cipher);
          const cipher = s.cipher;
          await shop.orders.sync({
            store,
            safetyLagSeconds: 1,
            onBatch: (orders) => {
              for (const o of orders) single.push({ id: o.id, update_time: o.update_time, status: o.status, shop: cipher });
            },
          });
        }
      }),
    );
    const singleSink = fold(single);
    expect(singleSink.size).toBe(sink.size);
    const differ = [...singleSink.values()].filter((l) => {
      const f = sink.get(l.id);
      return !f || f.update_time !== l.update_time || f.status !== l.status;
    });
    expect(differ.slice(0, 5)).toEqual([]);
  }, 180_000);
});
