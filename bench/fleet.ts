/**
 * The fleet bench (issue 18): 200 shops x 2,000 orders on the fleet emulator, 4 BullMQ worker processes on one
 * Redis, every shop synced once at 1 request/s per shop. Prints orders/s for the run, the share of the shops'
 * summed budgets it used, and one worker's peak RSS and heap (sampled every second). It reuses the fleet test's
 * harness (test/bullmq/fleet.ts: emulator over loopback, tokens in Redis, worker processes with JSON-lines sinks)
 * without the kill.
 *
 * Alone: scripts/with-redis.sh node --import tsx bench/fleet.ts   (`npm run bench:fleet`)
 * `npm run bench` runs it last, the same way, in a child process. Knobs (env): FLEET_SHOPS (200), FLEET_ORDERS
 * (2000), FLEET_BUDGET (1). With `--json`, the last line is the result as JSON (for run.ts).
 */
import { Redis } from 'ioredis';
import { loadavg } from 'node:os';
import { OrderSyncQueue } from '../src/bullmq/index.js';
import { fold, readSinks, startFleet, startWorker } from '../test/bullmq/fleet.js';

export interface FleetBenchResult {
  shops: number;
  orders: number;
  budgetPerShop: number;
  seconds: number;
  ordersPerSecond: number;
  requestsPerSecond: number;
  budgetUsed: number;
  workerPeakRssMB: number;
  workerPeakHeapMB: number;
  complete: boolean;
  loadavg: number[];
}

const num = (name: string, dflt: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : dflt;
};

async function main(): Promise<void> {
  const redisUrl = process.env.REDIS_URL;
  if (!redisUrl) throw new Error('REDIS_URL is not set: run scripts/with-redis.sh node --import tsx bench/fleet.ts');
  const shops = num('FLEET_SHOPS', 200);
  const ordersPerShop = num('FLEET_ORDERS', 2000);
  const budget = num('FLEET_BUDGET', 1);
  const prefix = `bench:fleet:${process.pid}:`;
  const queueName = 'bench-fleet';
  const redis = new Redis(redisUrl);
  const fleet = await startFleet(redis, {
    redisUrl,
    prefix,
    queueName,
    shops,
    ordersPerShop,
    budget,
    concurrency: Math.ceil(shops / 4),
  });
  const workers = await Promise.all([1, 2, 3, 4].map((n) => startWorker(fleet.config(n))));
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new OrderSyncQueue({ connection, name: queueName, prefix: prefix.replace(/:$/, '') });
  const peak = { rss: 0, heap: 0 };
  const sample = async () => {
    const m = await workers[0]!.memory();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heap = Math.max(peak.heap, m.heapUsed);
  };
  try {
    const watch = queue.watch(undefined, shops);
    await watch.ready;
    const started = Date.now();
    await queue.enqueue(fleet.emu.fleet.shops.map(({ openId, cipher }) => ({ openId, cipher })));
    const sampler = setInterval(() => {
      sample().catch(() => undefined); // a worker that died shows as an incomplete run below
      const p = watch.progress;
      process.stderr.write(
        `[fleet] ${((Date.now() - started) / 1000).toFixed(0)} s: ${p.done}/${shops} shops, ${p.orders} orders\n`,
      );
    }, 1000);
    await watch.finished;
    const seconds = (Date.now() - started) / 1000;
    clearInterval(sampler);
    await sample().catch(() => undefined);
    await watch.close();
    const total = fleet.emu.fleet.orderCount;
    const synced = fold(readSinks(fleet.dir)).size;
    const requests = fleet.emu.fleet.requestCount;
    const result: FleetBenchResult = {
      shops,
      orders: total,
      budgetPerShop: budget,
      seconds,
      ordersPerSecond: total / seconds,
      requestsPerSecond: requests / seconds,
      budgetUsed: requests / (seconds * shops * budget),
      workerPeakRssMB: peak.rss / 2 ** 20,
      workerPeakHeapMB: peak.heap / 2 ** 20,
      complete: synced === total,
      loadavg: loadavg(),
    };
    console.log(
      `fleet: ${shops} shops x ${ordersPerShop} orders, 4 workers, ${budget} request/s per shop: ` +
        `${Math.round(result.ordersPerSecond)} orders/s, ${result.requestsPerSecond.toFixed(0)} requests/s = ` +
        `${(result.budgetUsed * 100).toFixed(0)}% of the budgets, ${seconds.toFixed(1)} s` +
        `${result.complete ? '' : ` (INCOMPLETE: ${synced}/${total} orders in the sinks)`}`,
    );
    console.log(
      `fleet: one worker's peak RSS ${result.workerPeakRssMB.toFixed(0)} MB, heap ${result.workerPeakHeapMB.toFixed(0)} MB; ` +
        `load average at the end ${result.loadavg.map((l) => l.toFixed(1)).join(' ')}`,
    );
    if (process.argv.includes('--json')) console.log(JSON.stringify(result));
  } finally {
    await Promise.all(workers.map((w) => w.kill()));
    await queue.queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    await fleet.close();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    connection.disconnect();
  }
}

main().catch((err: unknown) => {
  console.error('fleet bench failed:', err);
  process.exitCode = 1;
});
