import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors/index.js';
import { serveHandlers, type EmulatorServer } from '../../src/testing/server.js';
import { RedisCoordinationError, RedisRateLimiter } from '../../src/redis/index.js';
import { ORIGIN, echoClient, echoHandlers, ep } from '../core/fixtures/echo-api.js';
import { closeClients, connect, maxInAnyWindow, noRedis, uniquePrefix } from './helpers.js';
import { Redis } from 'ioredis';

const prefix = uniquePrefix('rl');
const servers: EmulatorServer[] = [];

async function serve() {
  const server = await serveHandlers(echoHandlers(), { origin: ORIGIN });
  servers.push(server);
  return server;
}

describe.skipIf(noRedis)('RedisRateLimiter', () => {
  afterAll(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
    await closeClients(prefix);
  });

  it('gives three clients on separate connections one sliding-window budget, as the server counts it', async () => {
    const server = await serve();
    const p = `${prefix}shared:`;
    const clients = [1, 2, 3].map(() =>
      echoClient({
        baseURL: server.url,
        rateLimit: new RedisRateLimiter({ redis: connect(), prefix: p, limit: 5, windowMs: 300 }),
      }),
    );
    const started = Date.now();
    const items = await Promise.all(
      clients.flatMap((c) => Array.from({ length: 10 }, (_, i) => c.request({ endpoint: ep.item, path: [i] }))),
    );
    expect(items).toHaveLength(30);
    const arrivals = server.faults.requests('GET').map((r) => r.at);
    expect(arrivals).toHaveLength(30);
    expect(maxInAnyWindow(arrivals, 300)).toBeLessThanOrEqual(5);
    // 30 requests at 5 per 300 ms: at least 5 full windows, so the budget was really shared.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
  });

  it('keeps a slot while its request is in flight, so slow responses cannot bunch arrivals', async () => {
    const server = await serve();
    server.faults.add({ path: /^\/items\/[01]$/, kind: 'delay', ms: 400, times: 2 });
    const client = echoClient({
      baseURL: server.url,
      rateLimit: new RedisRateLimiter({ redis: connect(), prefix: `${prefix}hold:`, limit: 2, windowMs: 200 }),
    });
    await Promise.all([0, 1, 2, 3].map((id) => client.request({ endpoint: ep.item, path: [id] })));
    const at = server.faults.requests('GET').map((r) => r.at);
    // Requests 3 and 4 start one window after 1 and 2 finished (~400 ms), not one window after they started.
    expect((at[2] ?? 0) - (at[0] ?? 0)).toBeGreaterThanOrEqual(580);
  });

  it('with holdMs 0 counts from the start only', async () => {
    const server = await serve();
    server.faults.add({ path: /^\/items\/[01]$/, kind: 'delay', ms: 400, times: 2 });
    const limiter = new RedisRateLimiter({ redis: connect(), prefix: `${prefix}nohold:`, limit: 2, windowMs: 200, holdMs: 0 });
    const client = echoClient({ baseURL: server.url, rateLimit: limiter });
    await Promise.all([0, 1, 2, 3].map((id) => client.request({ endpoint: ep.item, path: [id] })));
    const at = server.faults.requests('GET').map((r) => r.at);
    expect((at[2] ?? 0) - (at[0] ?? 0)).toBeLessThan(380);
  });

  it('keeps separate budgets per key and per scope', async () => {
    const limiter = new RedisRateLimiter({ redis: connect(), prefix: `${prefix}keys:`, limit: 1, windowMs: 5000 });
    const started = Date.now();
    await Promise.all([
      limiter.schedule('a', async () => 1),
      limiter.schedule('b', async () => 2),
      limiter.scoped('shop:1').schedule('a', async () => 3),
      limiter.scoped('shop:2').schedule('a', async () => 4),
    ]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('takes a per-key limit', async () => {
    const limiter = new RedisRateLimiter({
      redis: connect(),
      prefix: `${prefix}perkey:`,
      limit: (key) => (key === 'wide' ? 5 : 1),
      windowMs: 5000,
    });
    const started = Date.now();
    await Promise.all(Array.from({ length: 5 }, () => limiter.schedule('wide', async () => 0)));
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('drops a waiting call when its signal aborts, and lets the next one through', async () => {
    const limiter = new RedisRateLimiter({ redis: connect(), prefix: `${prefix}abort:`, limit: 1, windowMs: 400 });
    await limiter.schedule('k', async () => 'first');
    const ac = new AbortController();
    const ran: string[] = [];
    const aborted = limiter.schedule('k', async () => void ran.push('aborted one'), ac.signal);
    const next = limiter.schedule('k', async () => void ran.push('next'));
    await sleep(50);
    expect(limiter.waiting()).toEqual({ k: 2 });
    ac.abort(new Error('caller gave up'));
    await expect(aborted).rejects.toThrow('caller gave up');
    await next;
    expect(ran).toEqual(['next']);
    expect(limiter.waiting()).toEqual({});
  });

  it('keeps the slot of a call aborted in flight until start + holdMs: its request may still reach the server', async () => {
    const redis = connect();
    const p = `${prefix}inflight:`;
    const limiter = new RedisRateLimiter({ redis, prefix: p, limit: 2, windowMs: 1000, holdMs: 60_000 });
    const ac = new AbortController();
    const inFlight = limiter.schedule(
      'k',
      () => new Promise((_, reject) => ac.signal.addEventListener('abort', () => reject(ac.signal.reason))),
      ac.signal,
    );
    await limiter.schedule('k', async () => 'done'); // finishes: its slot now counts from its finish time
    ac.abort(new Error('job cancelled'));
    await expect(inFlight).rejects.toThrow('job cancelled');
    const [seconds, micros] = await redis.time();
    const scores = (await redis.zrange(`${p}k`, 0, -1, 'WITHSCORES')).filter((_, i) => i % 2 === 1).map(Number);
    // Scores are microseconds: the finished call's is about now, the aborted one's about a minute ahead.
    const now = Number(seconds) * 1e6 + Number(micros);
    expect(scores.filter((s) => s > now + 30e6)).toHaveLength(1);
    expect(scores.filter((s) => s <= now)).toHaveLength(1);
  });

  it('fails a call with RedisCoordinationError when Redis cannot be reached, instead of letting it through', async () => {
    const dead = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    const limiter = new RedisRateLimiter({ redis: dead, limit: 1 });
    let ran = false;
    await expect(limiter.schedule('k', async () => void (ran = true))).rejects.toThrow(RedisCoordinationError);
    expect(ran).toBe(false);
    dead.disconnect();
  });

  it('rejects a limit that is not a positive integer', () => {
    expect(() => new RedisRateLimiter({ redis: connect(), limit: 0 })).toThrow(ConfigurationError);
    expect(() => new RedisRateLimiter({ redis: connect(), limit: 2.5 })).toThrow(/integer/);
  });
});
