import type { Dispatcher } from 'undici';
import { ConfigurationError } from './errors/index.js';
import type { Logger, LogLevel } from './logger.js';
import type { RateLimiter, RateLimitOptions, RateLimitScope } from './rate-limit.js';
import type { ValidationMode } from './validation.js';
import type { PageCursor } from './cursors.js';
import type { RouteCorrections } from './routes.js';

/** Options every client accepts (TikTokShop, Trenz, LocalService). */
export interface CoreOptions {
  /** Override the API host, e.g. the emulator's URL. Default: the API's production URL. */
  baseURL?: string;
  /**
   * Per-attempt timeout in ms, covering connect, headers and body. Default 60 000. Retries multiply the worst
   * case: with maxRetries 2 a call can take about 3x this plus backoff, unless `deadline` is set.
   */
  timeout?: number;
  /** Retries after the first attempt for retryable failures. Default 2. 0 disables retries. */
  maxRetries?: number;
  /** Cap in ms for any wait between attempts, including the server's Retry-After. Default 60 000. */
  maxRetryDelay?: number;
  /** Overall time budget in ms for one call, all attempts and waits included. Default: none. */
  deadline?: number;
  /**
   * undici dispatcher to send through. Default: one keep-alive Agent per client. Tests pass the emulator's
   * dispatcher here; proxies pass a ProxyAgent.
   */
  dispatcher?: Dispatcher;
  /** Client-side rate limit; `false` disables an API's default (Local Service: 20/s per endpoint). */
  rateLimit?: RateLimitOptions | RateLimiter | false;
  /**
   * How a custom `RateLimiter` (e.g. the Redis one) splits budgets: its `schedule` key is '*', the endpoint id,
   * the credential (`shop:<cipher>`), or both. Default: the API's default scope, else 'client'. Options objects
   * carry their own `scope`.
   */
  rateLimitScope?: RateLimitScope;
  /**
   * Response schema checks: 'strict' throws ResponseValidationError (default); 'warn' logs the mismatch and
   * returns the data as sent; 'off' skips the schema. With 'warn' (on a mismatch) and 'off', schema transforms do
   * not run either: ids that are small enough arrive as JSON numbers stay numbers (big ones are still strings).
   */
  validation?: ValidationMode;
  /** pino/console-compatible logger. Default: console. Secrets are redacted before they reach it. */
  logger?: Logger;
  /** Minimum level logged. Default: SOCIAL_COMMERCE_LOG or 'warn'. */
  logLevel?: LogLevel | 'off';
  /** Extra headers on every request. */
  defaultHeaders?: Record<string, string>;
  /**
   * Corrects routes by route id, without waiting for a release: `{ 'social.accounts.list': { path:
   * '/open/v1/social/account/list' } }` (and `method`, where it differs). Every call of the route uses the
   * correction, workflows included. An unknown id is a ConfigurationError naming the close matches; the client
   * class's static `routes` lists every id with its method, path and provenance.
   */
  routes?: RouteCorrections;
}

/**
 * The SDK's own options for one call (the API's fields go in `params`); they override the client's.
 * Every method of the three clients takes them as its last argument.
 */
export interface CallOptions {
  /** Aborts the call (and any wait for a retry, a rate-limit slot or a token refresh). */
  signal?: AbortSignal;
  /** Per-attempt timeout in ms for this call. */
  timeout?: number;
  /** Retries after the first attempt for this call. */
  maxRetries?: number;
  /** Overall time budget in ms for this call, all attempts and waits included. */
  deadline?: number;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /**
   * Query parameters the SDK does not know yet, sent as they are (and signed, for TikTok Shop). The explicit way
   * past the local check that refuses unknown keys in `params`.
   */
  extraQuery?: Record<string, string>;
}

/** Options of a list call: the call options plus where to start. */
export interface PageOptions extends CallOptions {
  /**
   * Resume a list where a stored `page.nextCursor` points: the same call, with the same params, and this cursor.
   * `null` or absent: the first page.
   */
  cursor?: PageCursor | null | undefined;
}

/** The origin and base path of a client's base URL, checked when the client is built, not at its first call. */
export function splitBaseURL(api: string, baseURL: string): { origin: string; basePath: string } {
  let url: URL;
  try {
    url = new URL(baseURL);
  } catch {
    throw new ConfigurationError(`${api}: baseURL must be an absolute http(s) URL, got ${JSON.stringify(baseURL)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`${api}: baseURL must be an absolute http(s) URL, got ${JSON.stringify(baseURL)}`);
  }
  return { origin: url.origin, basePath: url.pathname === '/' ? '' : url.pathname };
}
