import { constants as bufferConstants } from 'node:buffer';
import type { Dispatcher } from 'undici';
import { ConfigurationError } from './errors/index.js';
import { DEFAULT_LIMITS, type ResponseLimits } from './http.js';
import type { Logger, LogLevel } from './logger.js';
import type { RateLimiter, RateLimitOptions, RateLimitScope } from './rate-limit.js';
import type { ValidationMode } from './validation.js';
import type { PageCursor } from './cursors.js';
import type { RouteCorrections } from './routes.js';

/** Options every client accepts (TikTokShop, Trenz, LocalService). */
export interface CoreOptions {
  /**
   * Override the API host, e.g. the emulator's URL. Default: the API's environment variable
   * (`TIKTOK_SHOP_BASE_URL`, `TRENZ_BASE_URL`, `LOCAL_SERVICE_BASE_URL`), read once when the client is built, else the
   * API's production URL.
   */
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
  /**
   * Overall time budget in ms for one call: every attempt (the first too: an attempt's timeout is cut to the time
   * left), every wait between attempts, and any wait for a token refresh. Past it the call throws TimeoutError.
   * Default: none (each attempt has `timeout`, retries add up).
   */
  deadline?: number;
  /**
   * Largest response body in bytes the client reads into memory. Counted as the body arrives: past it the request
   * is aborted (the rest is never downloaded) and the call throws ResponseTooLargeError, not retried. Also caps an
   * error body of a stream. Default 67 108 864 (64 MiB); at most 536 870 888, the longest string Node can hold.
   */
  maxResponseBytes?: number;
  /**
   * Longest server-sent event in bytes (its lines up to the blank line that ends it, so also the longest line) a
   * stream may send. Past it the stream is closed and iteration throws ResponseTooLargeError, so a server that
   * never ends a line cannot fill memory. Default 1 048 576 (1 MiB).
   */
  maxStreamEventBytes?: number;
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
  /** Extra headers on every request. A value with a line break or a control character throws ConfigurationError. */
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
 * The client's body limits, checked when the client is built. A body is decoded into one string, so a limit above
 * the longest string the runtime can hold would turn an oversized body back into a crash instead of an error.
 */
export function responseLimits(api: string, options: CoreOptions): ResponseLimits {
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_LIMITS.maxResponseBytes;
  const maxStreamEventBytes = options.maxStreamEventBytes ?? DEFAULT_LIMITS.maxStreamEventBytes;
  const max = bufferConstants.MAX_STRING_LENGTH;
  if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes <= 0 || maxResponseBytes > max) {
    throw new ConfigurationError(`${api}: maxResponseBytes must be an integer from 1 to ${max}, got ${String(maxResponseBytes)}`);
  }
  if (!Number.isSafeInteger(maxStreamEventBytes) || maxStreamEventBytes <= 0) {
    throw new ConfigurationError(`${api}: maxStreamEventBytes must be a positive integer, got ${String(maxStreamEventBytes)}`);
  }
  return Object.freeze({ maxResponseBytes, maxStreamEventBytes });
}

// What undici accepts in a header value (its own check, done when a request is dispatched): tab, printable ASCII
// and latin-1. CR and LF above all: a header that could split the request in two.
const INVALID_HEADER_VALUE = /[^\t\x20-\x7e\x80-\xff]/;
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * `defaultHeaders` checked when the client is built: a value undici would refuse (a pasted token with its line
 * break) fails here with a clear message instead of on every call. Values are never quoted: they may be secrets.
 */
export function checkHeaders(api: string, headers: Record<string, string>): Record<string, string> {
  for (const name in headers) {
    const value = headers[name];
    if (!HEADER_NAME.test(name))
      throw new ConfigurationError(`${api}: defaultHeaders has an invalid header name ${JSON.stringify(name)}`);
    if (typeof value !== 'string' || INVALID_HEADER_VALUE.test(value)) {
      throw new ConfigurationError(
        `${api}: defaultHeaders[${JSON.stringify(name)}] is not a valid header value (a line break or control character?); ` +
          'trim the value (the value itself is not shown: it may be a secret)',
      );
    }
  }
  return headers;
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

/**
 * A base URL from the environment variable `name`, or undefined when it is unset or blank (an `export X=` left
 * empty must not replace the production host with nothing). Clients call it once, in their constructor.
 */
export function baseURLFromEnv(name: string | undefined): string | undefined {
  const value = name === undefined ? undefined : process.env[name]?.trim();
  return value ? value : undefined;
}

/**
 * The origin and base path of a client's base URL, checked when the client is built, not at its first call.
 * `source` names where the URL came from in the error (`baseURL`, or the environment variable that set it).
 */
export function splitBaseURL(api: string, baseURL: string, source = 'baseURL'): { origin: string; basePath: string } {
  let url: URL;
  try {
    url = new URL(baseURL);
  } catch {
    throw new ConfigurationError(
      `${api}: ${source} must be an absolute http(s) URL, got ${JSON.stringify(withoutUserInfo(baseURL))}`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(
      `${api}: ${source} must be an absolute http(s) URL, got ${JSON.stringify(withoutUserInfo(baseURL))}`,
    );
  }
  // Credentials in a URL would be dropped by the transport and shown by every log line that prints the URL.
  if (url.username || url.password) {
    throw new ConfigurationError(
      `${api}: ${source} must not contain a user or password (got ${url.protocol}//***@${url.host}): pass credentials through the client's options.`,
    );
  }
  return { origin: url.origin, basePath: url.pathname === '/' ? '' : url.pathname };
}

/** A URL-ish string with any `user:password@` part masked, for error messages. */
function withoutUserInfo(text: string): string {
  return text.replace(/\/\/[^/@]*@/, '//***@');
}
