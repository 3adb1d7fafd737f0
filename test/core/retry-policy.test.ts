import { describe, expect, it } from 'vitest';
import {
  ApiError,
  ConnectionError,
  RateLimitError,
  ServerError,
  TimeoutError,
  AbortError,
  InvalidRequestError,
} from '../../src/core/errors/index.js';
import { DEFAULT_RETRY, isRetryable, parseRetryAfter, retryDelay } from '../../src/core/retry.js';

const base = { api: 'Test', endpoint: 'GET /x', message: 'm' };

describe('which failures are retried', () => {
  it('retries connection errors for reads, and for writes only when nothing was sent', () => {
    expect(isRetryable(new ConnectionError({ ...base }), true)).toBe(true);
    expect(isRetryable(new ConnectionError({ ...base }), false)).toBe(false);
    expect(isRetryable(new ConnectionError({ ...base, notSent: true }), false)).toBe(true);
  });

  it('retries timeouts for reads only', () => {
    expect(isRetryable(new TimeoutError({ ...base, timeoutMs: 1 }), true)).toBe(true);
    expect(isRetryable(new TimeoutError({ ...base, timeoutMs: 1 }), false)).toBe(false);
  });

  it('retries server errors for reads, rate limits always, client errors never', () => {
    expect(isRetryable(new ServerError({ ...base, status: 503 }), true)).toBe(true);
    expect(isRetryable(new ServerError({ ...base, status: 503 }), false)).toBe(false);
    expect(isRetryable(new RateLimitError({ ...base, status: 429 }), false)).toBe(true);
    expect(isRetryable(new RateLimitError({ ...base, status: 429, retryable: false }), true)).toBe(false);
    expect(isRetryable(new InvalidRequestError({ ...base, status: 400 }), true)).toBe(false);
    expect(isRetryable(new AbortError(), true)).toBe(false);
  });
});

describe('how long to wait', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('3')).toBe(3);
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(parseRetryAfter('Mon, 23 Nov 2026 10:00:07 GMT', now)).toBe(7);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });

  it('honors Retry-After, capped by maxRetryDelay', () => {
    const e = new ApiError({ ...base, status: 429, headers: { 'retry-after': '120' } });
    expect(retryDelay(e, 1, DEFAULT_RETRY)).toBe(60_000);
    expect(retryDelay(e, 1, { ...DEFAULT_RETRY, maxRetryDelay: 5_000 })).toBe(5_000);
    const r = new RateLimitError({ ...base, status: 429, retryAfter: 2 });
    expect(retryDelay(r, 1, DEFAULT_RETRY)).toBe(2_000);
  });

  it('RateLimitError takes retryAfter from the Retry-After header when not given', () => {
    expect(new RateLimitError({ ...base, status: 429, headers: { 'retry-after': '7' } }).retryAfter).toBe(7);
    expect(new RateLimitError({ ...base, status: 429, headers: { 'retry-after': '7' }, retryAfter: 2 }).retryAfter).toBe(2);
  });

  it('uses full-jitter exponential backoff from 0.5 s without Retry-After', () => {
    const e = new ServerError({ ...base, status: 503 });
    expect(retryDelay(e, 1, DEFAULT_RETRY, () => 0.999)).toBe(499);
    expect(retryDelay(e, 3, DEFAULT_RETRY, () => 0.999)).toBe(1998);
    expect(retryDelay(e, 20, DEFAULT_RETRY, () => 0.5)).toBe(30_000);
    expect(retryDelay(e, 1, DEFAULT_RETRY, () => 0)).toBe(0);
  });
});
