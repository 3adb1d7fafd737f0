import { randomUUID } from 'node:crypto';
import { inspect } from 'node:util';
import { ConfigurationError } from '../core/errors/index.js';
import type { RateLimiter } from '../core/rate-limit.js';
import { RedisCoordinationError } from './errors.js';
import { runScript, slotAcquire, slotRelease } from './scripts.js';
import type { RedisClient } from './types.js';

/** Options of {@link RedisRateLimiter}. */
export interface RedisRateLimiterOptions {
  redis: RedisClient;
  /** Requests allowed per window, for every key, or per key (the key is `'*'` or an endpoint id). */
  limit: number | ((key: string) => number);
  /** Window length in ms. Default 1000. */
  windowMs?: number;
  /**
   * Longest time a request keeps its slot while in flight. A request counts from the moment it is let through
   * until its response arrives, capped here, and then for one more window. The guarantee below holds for
   * requests that reach the server within this time; it is also how long a crashed worker's in-flight requests
   * keep their slots. 0 counts requests from their start only (then widen `windowMs` for network jitter).
   * Default 10 000.
   */
  holdMs?: number;
  /** Prepended to every key in Redis; one per app and API. Default `'scsdk:rl:'`. */
  prefix?: string;
}

interface Waiter {
  resolve: (member: string) => void;
  reject: (err: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

/**
 * A rate limit shared by every process through Redis: give each worker the same limiter settings and Redis,
 * and all of them together stay within one budget per key. Pass it as a client's `rateLimit` option.
 *
 * Guarantee: for each key, no more than `limit` requests arrive at the server in ANY `windowMs` window, wherever
 * it is placed, as long as each request reaches the server within `holdMs` of being let through. A request
 * holds its slot while it is in flight, so delays between the limiter and the socket (a token refresh, a busy
 * event loop, network jitter) cannot bunch arrivals up. Times come from Redis' clock only. Work is queued, never
 * rejected: in each process, callers wait first-in first-out, and only the head of the queue asks Redis.
 */
export class RedisRateLimiter implements RateLimiter {
  readonly prefix: string;
  readonly windowMs: number;
  readonly holdMs: number;
  private readonly redis: RedisClient;
  private readonly limit: (key: string) => number;
  private readonly queues = new Map<string, Waiter[]>();

  constructor(options: RedisRateLimiterOptions) {
    this.redis = options.redis;
    this.prefix = options.prefix ?? 'scsdk:rl:';
    this.windowMs = check(options.windowMs ?? 1000, 'windowMs', 1);
    this.holdMs = check(options.holdMs ?? 10_000, 'holdMs', 0);
    const { limit } = options;
    if (typeof limit === 'number') check(limit, 'limit', 1, true);
    this.limit = typeof limit === 'number' ? () => limit : (key) => check(limit(key), `limit("${key}")`, 1, true);
  }

  async schedule<T>(key: string, fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const member = await this.acquire(key, signal);
    let release = true;
    try {
      return await fn();
    } catch (err) {
      // Aborted in flight: the request may already be written to the socket and reach the server later, so its
      // slot keeps counting until start + holdMs, like a crashed worker's. Found by the BullMQ fleet test: a job
      // cancelled on a lost lock released its slot early, and its request arrived after the next one was let through.
      if (signal?.aborted) release = false;
      throw err;
    } finally {
      // If this fails the slot is released by time instead (holdMs): late, never early.
      if (release) await runScript(this.redis, slotRelease, [this.prefix + key], [member]).catch(() => undefined);
    }
  }

  /**
   * The same budget store under sub-keys: `limiter.scoped('shop:123')` gives one budget per shop while
   * sharing this limiter's settings and queue bookkeeping. Pass the result as that shop client's `rateLimit`.
   */
  scoped(scope: string): RateLimiter {
    return { schedule: (key, fn, signal) => this.schedule(`${scope}:${key}`, fn, signal) };
  }

  /** Callers waiting in this process, per key (for monitoring). */
  waiting(): Record<string, number> {
    return Object.fromEntries([...this.queues].map(([k, q]) => [k, q.length]));
  }

  private acquire(key: string, signal: AbortSignal | undefined): Promise<string> {
    signal?.throwIfAborted();
    return new Promise<string>((resolve, reject) => {
      let queue = this.queues.get(key);
      const start = !queue;
      if (!queue) this.queues.set(key, (queue = []));
      const q = queue;
      const waiter: Waiter = {
        resolve,
        reject,
        signal,
        onAbort: () => {
          const i = q.indexOf(waiter);
          if (i >= 0) q.splice(i, 1);
          reject(signal?.reason);
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      q.push(waiter);
      if (start) void this.drain(key, q);
    });
  }

  /** Lets the queue's head through as slots free up, until the queue is empty. One loop per key and process. */
  private async drain(key: string, q: Waiter[]): Promise<void> {
    try {
      for (let head = q[0]; head; head = q[0]) {
        const member = randomUUID();
        let wait: number;
        try {
          const limit = this.limit(key);
          wait = Number(
            await runScript(this.redis, slotAcquire, [this.prefix + key], [limit, this.windowMs, this.holdMs, member]),
          );
        } catch (err) {
          // Redis down or a bad limit: fail this caller rather than let it through unmetered.
          if (q[0] === head) {
            this.settle(q, head).reject(
              err instanceof ConfigurationError
                ? err
                : new RedisCoordinationError(`Rate limiter could not reach Redis for "${key}"`, err),
            );
          }
          continue;
        }
        if (wait > 0) {
          await new Promise((r) => setTimeout(r, wait));
        } else if (q[0] === head) {
          this.settle(q, head).resolve(member);
        } else {
          // The head gave up (aborted) while Redis admitted it: hand the slot back at once.
          await runScript(this.redis, slotRelease, [this.prefix + key], [member]).catch(() => undefined);
        }
      }
    } finally {
      this.queues.delete(key);
    }
  }

  private settle(q: Waiter[], head: Waiter): Waiter {
    q.shift();
    head.signal?.removeEventListener('abort', head.onAbort);
    return head;
  }

  [inspect.custom](): string {
    return `RedisRateLimiter { prefix: '${this.prefix}', windowMs: ${this.windowMs}, holdMs: ${this.holdMs} }`;
  }
}

function check(n: number, what: string, min: number, integer = false): number {
  if (!Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) {
    throw new ConfigurationError(`RedisRateLimiter: ${what} must be ${integer ? 'an integer' : 'a number'} >= ${min}, got ${n}`);
  }
  return n;
}
