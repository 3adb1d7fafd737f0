/**
 * Local Service QPS: "a maximum queries per second (QPS) limit of 20" on every endpoint page of the Local Service
 * docs, counted by the server over any sliding one-second window. The client queues, never rejects.
 */
import type { RateLimiter } from '../core/rate-limit.js';
import { ConfigurationError } from '../core/errors/index.js';
import { ResponseWindow } from '../core/response-window.js';
import { ENDPOINT_PATHS, type LocalServiceEndpointPath } from './routes.js';

/** The documented limit per endpoint (Local Service docs: the note on every endpoint page). */
export const LOCAL_SERVICE_QPS = 20;

/**
 * Milliseconds added to the one-second window. Network jitter is already covered by anchoring the window at the
 * response (see ResponseWindow); this margin covers a server whose window is closed at both ends or whose clock
 * ticks coarsely.
 */
export const DEFAULT_WINDOW_MARGIN_MS = 25;

/** The `rateLimit` option of `LocalService`. */
export interface LocalServiceRateLimit {
  /** Requests allowed per endpoint per window. Default 20 (the documented QPS limit). */
  perSecond?: number;
  /** Safety margin in ms added to the 1000 ms window. Default 25. */
  marginMs?: number;
  /**
   * Per-endpoint caps that replace `perSecond`, keyed by the path as printed in the docs, e.g.
   * `{ 'product/save/': 10 }` when another process shares the save quota.
   */
  overrides?: Partial<Record<LocalServiceEndpointPath, number>>;
  /** Requests in flight at once per endpoint. Default unlimited (the window caps it at `perSecond`). */
  concurrency?: number;
}

/**
 * One response-anchored sliding window per endpoint: at most `perSecond` requests per endpoint are in flight or
 * answered within the last 1000 + margin ms. As the server sees them, no second then holds more than the cap,
 * and requests are never released in double bursts around a fixed window's edge. A burst of 200 calls to one
 * endpoint takes about 10 s. Keys are endpoint ids (`POST /product/save/`): the API's rate-limit scope is 'endpoint'.
 */
export class EndpointRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, ResponseWindow>();
  private readonly caps = new Map<string, number>();
  private readonly cap: number;
  private readonly windowMs: number;

  constructor(private readonly options: LocalServiceRateLimit = {}) {
    const margin = options.marginMs ?? DEFAULT_WINDOW_MARGIN_MS;
    if (!Number.isFinite(margin) || margin < 0)
      throw new ConfigurationError(`Local Service rateLimit.marginMs must be >= 0, got ${margin}`);
    this.windowMs = 1000 + margin;
    this.cap = checkCap(options.perSecond ?? LOCAL_SERVICE_QPS, 'perSecond');
    for (const [path, cap] of Object.entries(options.overrides ?? {})) {
      if (cap === undefined) continue;
      if (!(ENDPOINT_PATHS as readonly string[]).includes(path)) {
        throw new ConfigurationError(
          `Local Service rateLimit.overrides: unknown endpoint "${path}"; use one of ${ENDPOINT_PATHS.join(', ')}`,
        );
      }
      this.caps.set(`POST /${path}`, checkCap(cap, `overrides['${path}']`));
    }
  }

  schedule<T>(key: string, fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    let window = this.windows.get(key);
    if (!window) {
      window = new ResponseWindow({
        cap: this.caps.get(key) ?? this.cap,
        windowMs: this.windowMs,
        ...(this.options.concurrency !== undefined ? { concurrency: this.options.concurrency } : {}),
      });
      this.windows.set(key, window);
    }
    return window.schedule(fn, signal);
  }
}

function checkCap(cap: number, what: string): number {
  if (!Number.isInteger(cap) || cap < 1)
    throw new ConfigurationError(`Local Service rateLimit ${what} must be a positive integer, got ${cap}`);
  return cap;
}
