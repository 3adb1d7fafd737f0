import { setTimeout as sleep } from 'node:timers/promises';
import { parseRetryAfter } from './retry-after.js';
import { AbortError, ApiError, ConnectionError, RateLimitError, TimeoutError } from './errors/index.js';
import type { Log } from './logger.js';

export interface RetryPolicy {
  /** Retries after the first attempt. Default 2. */
  maxRetries: number;
  /** Upper bound for any single wait, including a server's Retry-After, in ms. Default 60 000. */
  maxRetryDelay: number;
  /** First backoff ceiling in ms; doubles per retry (full jitter). Default 500. */
  baseDelay: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 2, maxRetryDelay: 60_000, baseDelay: 500 };

/**
 * Whether an attempt's failure may be retried. Reads (retrySafe) retry on connection errors, timeouts and
 * retryable API errors (408/429/5xx and API codes the envelope marks retryable). Writes retry only when the
 * request provably never reached the server, or when the server said it rejected it unprocessed (429 / a
 * rate-limit code): replaying anything else could duplicate work (an order, a post).
 */
export function isRetryable(error: unknown, retrySafe: boolean): boolean {
  if (error instanceof AbortError) return false;
  if (retrySafe === false && typeof error === 'object' && error !== null && unsent.has(error)) retrySafe = true;
  if (error instanceof ConnectionError) return error.notSent || retrySafe;
  if (error instanceof TimeoutError) return retrySafe;
  if (error instanceof RateLimitError) return error.retryable;
  if (error instanceof ApiError) return error.retryable && retrySafe;
  return false;
}

export { parseRetryAfter } from './retry-after.js';

/** Errors of calls whose request was never sent: see {@link markUnsent}. Weak: errors are not kept alive. */
const unsent = new WeakSet<object>();

/**
 * Marks `error` as the failure of a call whose request never left (getting its credentials failed: a token
 * refresh timed out). Such a call may be retried even when its endpoint is a write, since the server never saw
 * it; whether the failure itself is worth retrying (a timeout yes, a refused grant no) is decided as usual.
 * Returns the error, to be thrown.
 */
export function markUnsent(error: unknown): unknown {
  if (typeof error === 'object' && error !== null) unsent.add(error);
  return error;
}

/** The wait before retry number `retry` (1-based): Retry-After when given, else full-jitter exponential. */
export function retryDelay(error: unknown, retry: number, policy: RetryPolicy, random = Math.random): number {
  const fromServer = error instanceof ApiError ? retryAfterOf(error) : undefined;
  if (fromServer !== undefined) return Math.min(fromServer * 1000, policy.maxRetryDelay);
  const ceiling = Math.min(policy.maxRetryDelay, policy.baseDelay * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

function retryAfterOf(error: ApiError): number | undefined {
  if (error instanceof RateLimitError && error.retryAfter !== undefined) return error.retryAfter;
  return parseRetryAfter(error.headers['retry-after']);
}

export interface RetryOptions {
  policy: RetryPolicy;
  retrySafe: boolean;
  signal?: AbortSignal | undefined;
  deadline?: number | undefined;
  log: Log;
  /** `API METHOD /path` for the retry log line. */
  what: string;
}

/**
 * The rest of a call whose first attempt (started at `started`, ms) failed with `error`: rethrows it when it is not
 * retryable, else p-retry drives attempts 2.. and we compute each wait so that Retry-After is honored. Callers on
 * the hot path run their first attempt themselves and build `opts` only here, after a failure.
 */
export async function retryAfterFailure<T>(
  error: unknown,
  attempt: (attemptNumber: number) => Promise<T>,
  opts: RetryOptions,
  started: number,
): Promise<T> {
  if (opts.policy.maxRetries <= 0 || !isRetryable(error, opts.retrySafe)) throw error;
  await waitBeforeRetry(error, 1, opts.policy.maxRetries, started, opts);
  // Loaded on the first retry, not at import: most processes import the SDK far more often than they retry.
  const { default: pRetry } = await import('p-retry');
  return pRetry((n) => attempt(n + 1), {
    retries: opts.policy.maxRetries - 1,
    minTimeout: 0,
    maxTimeout: 0,
    factor: 1,
    randomize: false,
    ...(opts.deadline !== undefined ? { maxRetryTime: Math.max(0, opts.deadline - (Date.now() - started)) } : {}),
    shouldRetry: ({ error: e }) => isRetryable(e, opts.retrySafe),
    onFailedAttempt: async ({ error: e, attemptNumber, retriesLeft }) => {
      if (retriesLeft <= 0 || !isRetryable(e, opts.retrySafe)) return;
      await waitBeforeRetry(e, attemptNumber + 1, retriesLeft, started, opts);
    },
  });
}

/** Logs and sleeps before the retry that follows failed attempt `failed`; throws when that would pass the deadline. */
async function waitBeforeRetry(
  error: unknown,
  failed: number,
  retriesLeft: number,
  started: number,
  opts: RetryOptions,
): Promise<void> {
  let wait = retryDelay(error, failed, opts.policy);
  if (opts.deadline !== undefined) {
    const left = opts.deadline - (Date.now() - started);
    if (wait >= left) throw error; // waiting would pass the deadline: surface the last error now
    wait = Math.min(wait, left);
  }
  opts.log.info(`retrying ${opts.what}`, { attempt: failed, retriesLeft, waitMs: wait, reason: describe(error) });
  if (wait > 0) {
    try {
      await sleep(wait, undefined, opts.signal ? { signal: opts.signal } : undefined);
    } catch {
      throw new AbortError();
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof ApiError) return `${error.name} ${error.status ?? ''} ${String(error.code ?? '')}`.trim();
  if (error instanceof Error) return `${error.name}: ${error.message.slice(0, 120)}`;
  return String(error);
}
