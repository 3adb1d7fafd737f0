import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors/index.js';
import { RedisRefreshLock, RefreshLockTimeoutError } from '../../src/redis/index.js';
import { closeClients, connect, noRedis, uniquePrefix } from './helpers.js';

const prefix = uniquePrefix('lock');

describe.skipIf(noRedis)('RedisRefreshLock', () => {
  afterAll(() => closeClients(prefix));

  it('lets one holder at a time in, across connections', async () => {
    const locks = [1, 2, 3].map(() => new RedisRefreshLock({ redis: connect(), prefix, retryDelayMs: 5 }));
    let inside = 0;
    let most = 0;
    const work = async () => {
      inside++;
      most = Math.max(most, inside);
      await sleep(10);
      inside--;
    };
    await Promise.all(Array.from({ length: 15 }, (_, i) => locks[i % 3]?.withLock('seller', work)));
    expect(most).toBe(1);
    expect(await connect().exists(`${prefix}seller`)).toBe(0);
  });

  it('keeps the lock through a refresh longer than ttlMs (the holder renews it)', async () => {
    const a = new RedisRefreshLock({ redis: connect(), prefix, ttlMs: 150 });
    const b = new RedisRefreshLock({ redis: connect(), prefix, ttlMs: 150, retryDelayMs: 10 });
    const order: string[] = [];
    const first = a.withLock('long', async () => {
      order.push('a in');
      await sleep(600);
      order.push('a out');
    });
    await sleep(20);
    await b.withLock('long', async () => void order.push('b in'));
    await first;
    expect(order).toEqual(['a in', 'a out', 'b in']);
  });

  it('takes over a lock whose holder died, once it expires', async () => {
    const redis = connect();
    // A holder that died: its lock is there, and nobody renews it.
    await redis.set(`${prefix}dead`, 'dead-holder', 'PX', 400);
    const started = Date.now();
    const lock = new RedisRefreshLock({ redis, prefix, retryDelayMs: 20 });
    expect(await lock.withLock('dead', async () => 'refreshed')).toBe('refreshed');
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
  });

  it('gives up after waitTimeoutMs with an error naming the key and the lock ttl', async () => {
    const redis = connect();
    await redis.set(`${prefix}busy`, 'alive-holder', 'PX', 5000);
    const lock = new RedisRefreshLock({ redis, prefix, ttlMs: 4000, waitTimeoutMs: 300 });
    const started = Date.now();
    const err = await lock.withLock('busy', async () => 'never').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RefreshLockTimeoutError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(String(err)).toMatch(/refresh lock on "busy".*4000 ms/);
  });

  it('releases on failure, and never deletes a lock that another holder took', async () => {
    const redis = connect();
    const lock = new RedisRefreshLock({ redis, prefix });
    await expect(lock.withLock('fails', async () => Promise.reject(new Error('refresh refused')))).rejects.toThrow(
      'refresh refused',
    );
    expect(await redis.exists(`${prefix}fails`)).toBe(0);
    await lock.withLock('stolen', async () => {
      // Our lease ended (say, a long GC pause) and another process took the lock.
      await redis.set(`${prefix}stolen`, 'someone-else', 'PX', 5000);
    });
    expect(await redis.get(`${prefix}stolen`)).toBe('someone-else');
  });

  it('rejects nonsense timings', () => {
    expect(() => new RedisRefreshLock({ redis: connect(), ttlMs: 0 })).toThrow(ConfigurationError);
  });
});
