import type PQueue from 'p-queue';

/** p-queue, loaded when a client first schedules a request (not at import: many clients set no rate limit). */
let PQueueClass: typeof PQueue | undefined;
let loadingPQueue: Promise<unknown> | undefined;

/**
 * Client-side rate limiting. The default implementation queues on p-queue; the Redis entry provides one that
 * shares a budget across processes. Work is queued, never rejected.
 */
export interface RateLimiter {
  /** Runs `fn` when the budget for `key` allows it. */
  schedule<T>(key: string, fn: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

export interface RateLimitOptions {
  /** Requests in flight at once per key. Default unlimited. */
  concurrency?: number;
  /** Requests allowed to start per `interval`. */
  intervalCap?: number;
  /** Window length in ms for `intervalCap`. Default 1000. */
  interval?: number;
  /**
   * Sliding window (default true): no more than `intervalCap` starts in ANY window of `interval` ms, which is how
   * servers such as Local Service count. A fixed window could let 2x through around a window edge.
   */
  strict?: boolean;
  /** How budgets are split. Default 'client'. See {@link RateLimitScope}. */
  scope?: RateLimitScope;
}

/**
 * One budget for the whole client; one per endpoint (Local Service limits each endpoint); one per credential
 * (per TikTok Shop shop or seller, per Local Service merchant: the auth strategy's `rateLimitKey`); or one per
 * credential and endpoint.
 */
export type RateLimitScope = 'client' | 'endpoint' | 'credential' | 'credential+endpoint';

/** A p-queue per key, created on first use. */
export class QueueRateLimiter implements RateLimiter {
  private readonly queues = new Map<string, PQueue>();

  constructor(private readonly options: RateLimitOptions) {}

  schedule<T>(key: string, fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (!PQueueClass) {
      // One shared load, so that calls scheduled before it resolves keep their order.
      loadingPQueue ??= import('p-queue').then((m) => (PQueueClass = m.default));
      return loadingPQueue.then(() => this.schedule(key, fn, signal));
    }
    return this.queue(key).add(fn, signal ? { signal } : undefined);
  }

  /** Items waiting or running, per key (for monitoring). */
  stats(): Record<string, { size: number; pending: number }> {
    const out: Record<string, { size: number; pending: number }> = {};
    for (const [k, q] of this.queues) out[k] = { size: q.size, pending: q.pending };
    return out;
  }

  private queue(key: string): PQueue {
    let q = this.queues.get(key);
    if (!q) {
      const o = this.options;
      q = new PQueueClass!({
        concurrency: o.concurrency ?? Infinity,
        ...(o.intervalCap !== undefined
          ? { intervalCap: o.intervalCap, interval: o.interval ?? 1000, strict: o.strict ?? true }
          : {}),
      });
      this.queues.set(key, q);
    }
    return q;
  }
}

/** Picks the limiter key for a request under the given scope. */
export function rateLimitKey(scope: RateLimitScope | undefined, endpointId: string, credential: string | undefined): string {
  switch (scope) {
    case 'endpoint':
      return endpointId;
    case 'credential':
      return credential ?? '*';
    case 'credential+endpoint':
      return `${credential ?? '*'} ${endpointId}`;
    default:
      return '*';
  }
}
