/**
 * The Lua this entry runs on Redis, and one way to run it. Each script touches a single key, so they work on
 * Redis Cluster too. Kept small on purpose: every line here is a line a reviewer must trust.
 */
import { createHash } from 'node:crypto';
import type { RedisClient } from './types.js';

/** A script and its SHA-1, so that the usual call sends 40 bytes instead of the whole source. */
export interface RedisScript {
  readonly source: string;
  readonly sha: string;
}

function script(source: string): RedisScript {
  return { source, sha: createHash('sha1').update(source).digest('hex') };
}

/**
 * Runs a script by SHA and, when the server does not know it yet (first use, restart, failover), by source.
 * The fallback is what ioredis' own `defineCommand` does; doing it here keeps the client's type untouched.
 */
export async function runScript(redis: RedisClient, s: RedisScript, keys: string[], args: (string | number)[]): Promise<unknown> {
  try {
    return await redis.evalsha(s.sha, keys.length, ...keys, ...args);
  } catch (err) {
    if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
    return redis.eval(s.source, keys.length, ...keys, ...args);
  }
}

/** Deletes the lock only if we still hold it (our random token), so a late release cannot free someone else's lock. */
export const releaseLock = script(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`);

/** Pushes the lock's expiry out while we still hold it; 0 tells the holder it has lost the lock. */
export const extendLock = script(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`);

/*
 * Sliding-window log. A sorted set per budget; each admitted request is a member whose score is the time its
 * slot stops counting toward "now" (microseconds, Redis' own clock, so workers' clocks never matter):
 * start + hold while in flight, lowered to the finish time by slotRelease. A member is dropped one window after
 * its score. Admit when fewer than `limit` members remain; otherwise answer how long to wait, which is exact:
 * the earliest score leaves first, and an in-flight one cannot leave sooner than one window from now.
 */
export const slotAcquire = script(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2]) * 1000
local hold = tonumber(ARGV[3]) * 1000
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < limit then
  redis.call('ZADD', KEYS[1], now + hold, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], math.ceil((hold + window) / 1000) + 1)
  return 0
end
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
local leaves = math.min(tonumber(first[2]), now) + window
return math.max(1, math.ceil((leaves - now) / 1000))`);

/** The request finished: its slot now counts from the finish time (never later than start + hold). */
export const slotRelease = script(`
local s = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not s then return 0 end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
if now < tonumber(s) then redis.call('ZADD', KEYS[1], 'XX', now, ARGV[1]) end
return 1`);
