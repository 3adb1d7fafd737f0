/**
 * A fleet of shops on BullMQ: keep a copy of every order of 200 TikTok Shop shops, synced by 4 worker processes
 * that share tokens, refreshes, per-shop rate budgets and checkpoints through one Redis. Each worker appends the
 * orders it receives to a JSON-lines file (your database's upsert, in production); a progress line is printed
 * every second. The shops are the emulator's fleet mode, on loopback.
 *
 * Run: scripts/with-redis.sh npx tsx examples/fleet-sync.ts [--shops 200] [--orders 2000] [--workers 4] [--budget 1]
 * (needs a Redis in REDIS_URL: with-redis.sh starts a throwaway one). `--budget` is requests per second per shop.
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { OrderSyncQueue, createOrderSyncWorker } from '../src/bullmq/index.js';
import { RedisCheckpointStore, RedisRateLimiter, RedisRefreshLock, RedisTokenStore, aesGcmCipher } from '../src/redis/index.js';
import { serveHandlers } from '../src/testing/server.js';
import { createTikTokShopFleetEmulator, tiktokShopServeOrigin } from '../src/testing/tiktok-shop/index.js';
import { TikTokShop, type OrderSyncCheckpoint, type TokenSet } from '../src/tiktok-shop/index.js';

/** What every worker needs to join the fleet: the same Redis, prefix, key and app, and its own sink file. */
interface WorkerSetup {
  redisUrl: string;
  queueName: string;
  prefix: string;
  cipherKey: string;
  baseURL: string;
  app: { appKey: string; appSecret: string };
  budget: number;
  concurrency: number;
  sink: string;
}

/** One worker process: an app on the shared Redis pieces, and a BullMQ worker that syncs whatever shop comes next. */
async function worker(setup: WorkerSetup): Promise<void> {
  const redis = new Redis(setup.redisUrl); // the SDK's coordination: tokens, refresh lock, budgets, checkpoints
  const connection = new Redis(setup.redisUrl, { maxRetriesPerRequest: null }); // BullMQ's own, which it blocks on
  const app = new TikTokShop({
    ...setup.app,
    baseURL: setup.baseURL,
    authBaseURL: setup.baseURL,
    tokenStore: new RedisTokenStore<TokenSet>({
      redis,
      prefix: `${setup.prefix}token:`,
      cipher: aesGcmCipher({ key: setup.cipherKey }),
    }),
    refreshLock: new RedisRefreshLock({ redis, prefix: `${setup.prefix}lock:` }),
    rateLimit: new RedisRateLimiter({ redis, prefix: `${setup.prefix}rl:`, limit: setup.budget }), // per shop, all workers
    rateLimitScope: 'credential',
  });
  const sink = await open(setup.sink, 'a');
  const fleet = createOrderSyncWorker({
    connection,
    app,
    store: new RedisCheckpointStore<OrderSyncCheckpoint>({ redis, prefix: `${setup.prefix}checkpoint:` }),
    queueName: setup.queueName,
    concurrency: setup.concurrency,
    // Upsert by order id in production (keep the newest update_time): a batch is replayed if a worker dies after
    // writing it and before its checkpoint is saved.
    async onBatch(orders) {
      await sink.write(
        orders.map((o) => `${JSON.stringify({ id: o.id, update_time: o.update_time, status: o.status })}\n`).join(''),
      );
    },
  });
  process.on('disconnect', () => void fleet.close().finally(() => process.exit(0)));
  await fleet.waitUntilReady();
  process.send?.('ready');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      shops: { type: 'string', default: '200' },
      orders: { type: 'string', default: '2000' },
      workers: { type: 'string', default: '4' },
      budget: { type: 'string', default: '1' },
    },
  });
  const [shops, orders, workers, budget] = [values.shops, values.orders, values.workers, values.budget].map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const redisUrl = process.env.REDIS_URL;
  if (!redisUrl) throw new Error('REDIS_URL is not set: run scripts/with-redis.sh npx tsx examples/fleet-sync.ts');

  const emu = createTikTokShopFleetEmulator({ shops, ordersPerShop: orders });
  const server = await serveHandlers(emu.handlers, { origin: tiktokShopServeOrigin, faults: emu.faults });
  const redis = new Redis(redisUrl);
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const prefix = `example:fleet:${process.pid}:`;
  const cipherKey = randomBytes(32).toString('base64'); // from your secret manager, the same in every worker
  const dir = mkdtempSync(join(tmpdir(), 'fleet-sync-'));
  const queueName = `example-fleet-${process.pid}`;
  const queue = new OrderSyncQueue({ connection, name: queueName });
  const children = [];
  try {
    // The sellers authorized the app earlier: their tokens are in the shared store.
    const tokens = new RedisTokenStore<TokenSet>({ redis, prefix: `${prefix}token:`, cipher: aesGcmCipher({ key: cipherKey }) });
    await Promise.all(emu.fleet.shops.map((s) => tokens.set(s.openId, emu.state.issueTokens(s.openId))));
    console.log(`fleet     ${shops} shops x ${orders} orders at ${server.url}, ${workers} workers, ${budget} request/s per shop`);

    for (let n = 1; n <= workers; n++) {
      const setup: WorkerSetup = {
        redisUrl,
        queueName,
        prefix,
        cipherKey,
        baseURL: server.url,
        app: { appKey: emu.state.appKey, appSecret: emu.state.appSecret },
        budget,
        concurrency: Math.ceil(shops / workers),
        sink: join(dir, `worker-${n}.jsonl`),
      };
      children.push(fork(process.argv[1]!, ['--worker', JSON.stringify(setup)], { execArgv: process.execArgv }));
    }
    await Promise.all(children.map((child) => once(child, 'message'))); // each says 'ready'

    const started = Date.now();
    const watch = queue.watch(undefined, shops);
    await watch.ready;
    await queue.enqueue(emu.fleet.shops.map(({ openId, cipher }) => ({ openId, cipher })));
    const line = () => {
      const p = watch.progress;
      const s = (Date.now() - started) / 1000;
      console.log(
        `progress  ${s.toFixed(0).padStart(3)} s  ${p.done}/${p.jobs} shops done  ${p.orders} orders  ${Math.round(p.orders / s)} orders/s`,
      );
    };
    const ticker = setInterval(line, 1000);
    const done = await watch.finished;
    clearInterval(ticker);
    line();
    await watch.close();

    const seconds = (Date.now() - started) / 1000;
    const lines = readdirSync(dir).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean));
    const distinct = new Set(lines.map((l) => (JSON.parse(l) as { id: string }).id)).size;
    const requests = emu.fleet.requestCount;
    console.log(
      `synced    ${distinct}/${emu.fleet.orderCount} orders of ${done.done} shops (${done.failed} failed) in ${seconds.toFixed(1)} s`,
    );
    console.log(
      `rate      ${Math.round(distinct / seconds)} orders/s; ${requests} requests = ${(requests / seconds).toFixed(0)}/s of ` +
        `${shops * budget}/s budgeted; busiest shop second: ${emu.fleet.maxPerSecond(undefined, 'sent')} request(s)`,
    );
  } finally {
    for (const child of children) child.disconnect();
    await Promise.all(children.map((c) => (c.exitCode === null ? once(c, 'exit') : undefined)));
    await queue.queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    connection.disconnect();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--worker') await worker(JSON.parse(process.argv[3]!) as WorkerSetup);
else await main();
