import { randomUUID } from 'node:crypto';
import { inspect } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigurationError } from '../core/errors/index.js';
import type { RefreshLock } from '../core/tokens.js';
import { RedisCoordinationError, RefreshLockTimeoutError } from './errors.js';
import { extendLock, releaseLock, runScript } from './scripts.js';
import type { RedisClient } from './types.js';

/** Options of {@link RedisRefreshLock}. */
export interface RedisRefreshLockOptions {
  redis: RedisClient;
  /** Prepended to every lock key; one per API and app, like the token store's. Default `'scsdk:lock:'`. */
  prefix?: string;
  /**
   * How long the lock outlives its holder's last sign of life. The holder renews it every `ttlMs / 3` while it
   * refreshes, so a long refresh keeps it; a killed holder frees it within this time. Default 10 000.
   */
  ttlMs?: number;
  /**
   * Longest wait for the lock before {@link RefreshLockTimeoutError}. Keep it above `ttlMs`, so that waiters
   * outlive a dead holder's lock and one of them takes over. Default 30 000.
   */
  waitTimeoutMs?: number;
  /** Pause between attempts while the lock is taken; jittered so that waiters spread out. Default 50. */
  retryDelayMs?: number;
}

/**
 * A cross-process {@link RefreshLock} for the core TokenManager: `SET key token NX PX ttl` to take it, a
 * watchdog that renews it while the refresh runs, and a compare-and-delete to give it back. The TokenManager
 * reads the store again once it holds the lock, so the processes that waited find the token the first one
 * stored and do not refresh again.
 *
 * This is a lease, not a proof of mutual exclusion under every failure (a holder paused longer than `ttlMs`
 * without renewing loses the lock while still running); for token refresh that costs at most one extra refresh.
 */
export class RedisRefreshLock implements RefreshLock {
  readonly prefix: string;
  readonly ttlMs: number;
  readonly waitTimeoutMs: number;
  private readonly redis: RedisClient;
  private readonly retryDelayMs: number;

  constructor(options: RedisRefreshLockOptions) {
    this.redis = options.redis;
    this.prefix = options.prefix ?? 'scsdk:lock:';
    this.ttlMs = positive(options.ttlMs ?? 10_000, 'ttlMs');
    this.waitTimeoutMs = positive(options.waitTimeoutMs ?? 30_000, 'waitTimeoutMs');
    this.retryDelayMs = positive(options.retryDelayMs ?? 50, 'retryDelayMs');
  }

  async withLock<R>(key: string, fn: () => Promise<R>): Promise<R> {
    const redisKey = this.prefix + key;
    const token = randomUUID();
    await this.acquire(key, redisKey, token);
    const stopRenewing = this.renewWhileHeld(redisKey, token);
    try {
      return await fn();
    } finally {
      stopRenewing();
      // A failed release is harmless: the lock expires ttlMs from now.
      await runScript(this.redis, releaseLock, [redisKey], [token]).catch(() => undefined);
    }
  }

  private async acquire(key: string, redisKey: string, token: string): Promise<void> {
    const started = Date.now();
    for (;;) {
      let taken: string | null;
      try {
        taken = await this.redis.set(redisKey, token, 'PX', this.ttlMs, 'NX');
      } catch (err) {
        throw new RedisCoordinationError(`Could not take the token refresh lock on "${key}"`, err);
      }
      if (taken === 'OK') return;
      const waited = Date.now() - started;
      if (waited >= this.waitTimeoutMs) throw new RefreshLockTimeoutError(key, waited, this.ttlMs);
      const pause = this.retryDelayMs * (0.5 + Math.random());
      await sleep(Math.min(pause, this.waitTimeoutMs - waited));
    }
  }

  /** Starts the watchdog; returns the function that stops it. */
  private renewWhileHeld(redisKey: string, token: string): () => void {
    const timer = setInterval(
      () => {
        runScript(this.redis, extendLock, [redisKey], [token, this.ttlMs]).then(
          (held) => {
            // Lost (expired during a long pause, or Redis lost it): nothing left to renew.
            if (held === 0) clearInterval(timer);
          },
          () => undefined, // a blip: the next tick tries again, and the lock lives ttlMs anyway
        );
      },
      Math.max(1, Math.floor(this.ttlMs / 3)),
    );
    // The watchdog alone must not keep a process alive; the refresh it guards does.
    timer.unref();
    return () => clearInterval(timer);
  }

  [inspect.custom](): string {
    return `RedisRefreshLock { prefix: '${this.prefix}', ttlMs: ${this.ttlMs}, waitTimeoutMs: ${this.waitTimeoutMs} }`;
  }
}

function positive(n: number, what: string): number {
  if (!Number.isFinite(n) || n <= 0)
    throw new ConfigurationError(`RedisRefreshLock: ${what} must be a positive number of ms, got ${n}`);
  return n;
}
