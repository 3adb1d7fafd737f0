/**
 * Shared by the Redis tests: they run against a real Redis named by REDIS_URL (scripts/with-redis.sh starts
 * one), and are skipped, with a note saying so, when it is absent outside CI. In CI a missing Redis fails.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

export const REDIS_URL = process.env.REDIS_URL;
export const noRedis = !REDIS_URL;

if (noRedis && process.env.CI) {
  // In CI a skip would hide the feature going untested: .ci/run starts Redis and exports REDIS_URL.
  throw new Error('[test/redis] REDIS_URL is not set in CI: .ci/run must start Redis (scripts/with-redis.sh) and export it');
}
if (noRedis) {
  console.warn(
    '[test/redis] REDIS_URL is not set: the tests that need a real Redis are SKIPPED. ' +
      'Run them with: scripts/with-redis.sh npx vitest run test/redis',
  );
}

const clients: Redis[] = [];

/** A new connection (each one stands for a worker's own client); closed by {@link closeClients}. */
export function connect(): Redis {
  // Fail fast in tests: a command waits for at most one reconnection instead of queueing for ever.
  const client = new Redis(REDIS_URL ?? 'redis://127.0.0.1:1', { maxRetriesPerRequest: 1 });
  clients.push(client);
  return client;
}

/** A key prefix no other test (or concurrent test file) uses. */
export const uniquePrefix = (name: string) => `test:${name}:${randomUUID()}:`;

/** Deletes every key under the given prefixes, then closes the connections opened by {@link connect}. */
export async function closeClients(...prefixes: string[]): Promise<void> {
  const admin = clients[0];
  if (admin && admin.status === 'ready') {
    for (const prefix of prefixes) {
      const keys = await admin.keys(`${prefix}*`);
      if (keys.length > 0) await admin.del(...keys);
    }
  }
  await Promise.all(clients.splice(0).map((c) => c.quit().catch(() => c.disconnect())));
}

/** Largest number of timestamps (ms) inside any half-open window [t, t + windowMs). */
export function maxInAnyWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let j = 0;
  for (let i = 0; i < sorted.length; i++) {
    while (j < sorted.length && (sorted[j] ?? Infinity) < (sorted[i] ?? 0) + windowMs) j++;
    best = Math.max(best, j - i);
  }
  return best;
}
