/**
 * The fleet harness shared by the fleet test and the fleet bench: the fleet emulator served over loopback, its
 * sellers' tokens in Redis, worker processes (fixtures/fleet-worker.ts, run with tsx) and reading their sinks.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { RedisTokenStore, aesGcmCipher } from '../../src/redis/index.js';
import { serveHandlers, type EmulatorServer } from '../../src/testing/server.js';
import {
  createTikTokShopFleetEmulator,
  tiktokShopServeOrigin,
  type TikTokShopFleetEmulator,
} from '../../src/testing/tiktok-shop/index.js';
import type { TokenSet } from '../../src/tiktok-shop/index.js';
import type { FleetWorkerConfig, FleetWorkerMessage } from './fixtures/fleet-worker.js';

const script = join(import.meta.dirname, 'fixtures', 'fleet-worker.ts');

export interface Fleet {
  emu: TikTokShopFleetEmulator;
  server: EmulatorServer;
  dir: string;
  /** A worker's configuration, with its own sink file. */
  config(n: number): FleetWorkerConfig;
  close(): Promise<void>;
}

/** Serves a fleet emulator and stores each seller's token in Redis, encrypted as docs/scale-out.md advises. */
export async function startFleet(
  redis: Redis,
  o: {
    redisUrl: string;
    prefix: string;
    queueName: string;
    shops: number;
    ordersPerShop: number;
    budget: number;
    concurrency: number;
  },
): Promise<Fleet> {
  const emu = createTikTokShopFleetEmulator({ shops: o.shops, ordersPerShop: o.ordersPerShop });
  const server = await serveHandlers(emu.handlers, { origin: tiktokShopServeOrigin, faults: emu.faults });
  const cipherKey = randomBytes(32).toString('hex');
  const tokens = new RedisTokenStore<TokenSet>({ redis, prefix: `${o.prefix}token:`, cipher: aesGcmCipher({ key: cipherKey }) });
  await Promise.all(emu.fleet.shops.map((s) => tokens.set(s.openId, emu.state.issueTokens(s.openId))));
  const dir = mkdtempSync(join(tmpdir(), 'scsdk-fleet-'));
  return {
    emu,
    server,
    dir,
    config: (n) => ({
      redisUrl: o.redisUrl,
      prefix: o.prefix,
      queueName: o.queueName,
      emulatorUrl: server.url,
      app: { appKey: emu.state.appKey, appSecret: emu.state.appSecret },
      cipherKey,
      budget: o.budget,
      concurrency: o.concurrency,
      sink: join(dir, `sink-${n}.jsonl`),
      // Short, so that a killed worker's shops resume within ~3 s; production keeps BullMQ's 30 s (docs/scale-out.md).
      lockDuration: Number(process.env.FLEET_LOCK_MS ?? 3000),
      stalledInterval: Number(process.env.FLEET_STALLED_MS ?? 1000),
      // A dead worker's in-flight request keeps its shop's slot this long, in case it still reaches the server.
      // Shorter than the 10 s default so that the kill's stall stays small next to the run; the test checks that
      // the emulator read every request within it (a machine starved by other work was seen reading 16 s late).
      holdMs: Number(process.env.FLEET_HOLD_MS ?? 4000),
      // The emulator indexes an update at once: no need to stay a minute behind now.
      safetyLagSeconds: 1,
    }),
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface FleetWorker {
  child: ChildProcess;
  errors: string[];
  memory(): Promise<{ rss: number; heapUsed: number }>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Forks a worker and resolves once its BullMQ worker runs. */
export async function startWorker(config: FleetWorkerConfig): Promise<FleetWorker> {
  const child = fork(script, [JSON.stringify(config)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const errors: string[] = [];
  child.on('message', (m: FleetWorkerMessage) => {
    if (m.type === 'error') errors.push(m.message);
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.on('message', (m: FleetWorkerMessage) => m.type === 'ready' && resolve());
    child.once('exit', (code, signal) => reject(new Error(`fleet worker exited before ready (${signal ?? code})`)));
  });
  await ready;
  return {
    child,
    errors,
    memory: () =>
      new Promise((resolve, reject) => {
        if (!child.connected) return reject(new Error('fleet worker is gone'));
        const on = (m: FleetWorkerMessage) => {
          if (m.type !== 'memory') return;
          child.off('message', on);
          resolve({ rss: m.rss, heapUsed: m.heapUsed });
        };
        child.on('message', on);
        child.send({ type: 'memory' });
      }),
    kill: async (signal = 'SIGKILL') => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill(signal);
      await exited;
    },
  };
}

export interface SinkLine {
  id: string;
  update_time: number;
  status: string;
  shop: string;
}

/** Every line of every sink file in `dir`. */
export function readSinks(dir: string): SinkLine[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as SinkLine),
    );
}

/** What an upserting sink holds: per order id, the line with the newest update_time. */
export function fold(lines: Iterable<SinkLine>): Map<string, SinkLine> {
  const out = new Map<string, SinkLine>();
  for (const line of lines) {
    const had = out.get(line.id);
    if (!had || line.update_time >= had.update_time) out.set(line.id, line);
  }
  return out;
}

/** Lines that repeat an (id, update_time) already delivered: replays. Per shop. */
export function replays(lines: Iterable<SinkLine>): Map<string, number> {
  const seen = new Set<string>();
  const perShop = new Map<string, number>();
  for (const line of lines) {
    const k = `${line.id}@${line.update_time}`;
    if (seen.has(k)) perShop.set(line.shop, (perShop.get(line.shop) ?? 0) + 1);
    else seen.add(k);
  }
  return perShop;
}
