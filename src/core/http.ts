import { Agent, type Dispatcher } from 'undici';
import type { HttpMethod } from './endpoint.js';
import type { WireBody } from './auth.js';
import { AbortError, ConfigurationError, ConnectionError, TimeoutError } from './errors/index.js';

/** Default keep-alive agent options: long-lived sockets for APIs called at volume. */
export function createAgent(): Agent {
  return new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 600_000, connections: 128, pipelining: 1 });
}

export interface TransportRequest {
  api: string;
  /** `METHOD /template` for error messages. */
  endpoint: string;
  /** `https://host[:port]`, no path. */
  origin: string;
  /** Encoded path and query, starting with `/`. */
  path: string;
  method: HttpMethod;
  headers: Record<string, string>;
  body: WireBody;
  /** Per-attempt timeout in ms, covering headers and the whole body (for a stream: headers, then each wait for data). */
  timeout: number;
  /** The call's deadline, when it has one: an attempt's timer never runs past it. */
  deadline?: Deadline | undefined;
  signal?: AbortSignal | undefined;
  dispatcher: Dispatcher;
  /** The client's body limits (one object per client). Default: {@link DEFAULT_LIMITS}. */
  limits?: ResponseLimits | undefined;
}

/** The `maxResponseBytes` and `maxStreamEventBytes` client options. */
export interface ResponseLimits {
  readonly maxResponseBytes: number;
  readonly maxStreamEventBytes: number;
}

/** 64 MiB for a body read whole (pages of a few hundred KiB are the norm), 1 MiB for one stream event. */
export const DEFAULT_LIMITS: ResponseLimits = Object.freeze({
  maxResponseBytes: 64 * 1024 * 1024,
  maxStreamEventBytes: 1024 * 1024,
});

/** A call's overall deadline: when it ends (epoch ms) and how long it was (ms, for messages). */
export interface Deadline {
  readonly at: number;
  readonly ms: number;
}

/**
 * How long an attempt's timer runs: its timeout, or the time left before the call's deadline when that is shorter
 * (a TimeoutError then names the deadline, see {@link timeoutError}). Zero or less: the deadline has passed, send
 * nothing.
 */
export function attemptTimeout(req: TransportRequest): number {
  if (req.deadline === undefined) return req.timeout;
  const left = req.deadline.at - Date.now();
  return left < req.timeout ? left : req.timeout;
}

/** The TimeoutError of an attempt whose timer of `ms` fired (a deadline's when `ms` was cut short by it). */
export function timeoutError(req: TransportRequest, ms: number, cause?: unknown): TimeoutError {
  const byDeadline = req.deadline !== undefined && ms < req.timeout;
  return new TimeoutError({
    api: req.api,
    endpoint: req.endpoint,
    timeoutMs: byDeadline ? req.deadline!.ms : req.timeout,
    deadline: byDeadline,
    cause,
  });
}

/** undici's origin and path of an absolute URL (for URLs given whole, like presigned upload URLs). */
export function splitUrl(url: string): { origin: string; path: string } {
  const u = new URL(url);
  return { origin: u.origin, path: `${u.pathname}${u.search}` };
}

export interface TransportResponse {
  status: number;
  headers: Record<string, string>;
  /** The whole body as text (API responses are small JSON documents). */
  text: string;
}

// Errors that prove the request never left this process: safe to retry even for writes.
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * The SDK error for an attempt that failed at `stage`. `timedOut` is the length of the attempt's timer when that
 * timer ended it (see {@link attemptTimeout}), else undefined.
 */
export function failure(req: TransportRequest, err: unknown, stage: 'connect' | 'body', timedOut: number | undefined): Error {
  if (req.signal?.aborted) return new AbortError(undefined, { cause: err });
  if (timedOut !== undefined) return timeoutError(req, timedOut, err);
  const code = errorCode(err);
  // undici refuses to build the request (a header value with CR/LF, as a token pasted with its line break):
  // nothing left this process, and sending it again would fail the same way.
  if (code === 'UND_ERR_INVALID_ARG') {
    return new ConfigurationError(
      `${req.api} ${req.endpoint}: the request could not be built (${(err as Error).message}); nothing was sent. ` +
        'A header value holds a character HTTP forbids (a line break in a token, an API key or a defaultHeaders value?).',
      { cause: err },
    );
  }
  return new ConnectionError({
    api: req.api,
    endpoint: req.endpoint,
    notSent: stage === 'connect' && code !== undefined && NOT_SENT_CODES.has(code),
    detail: stage === 'body' ? `reset while reading the response${code ? `, ${code}` : ''}` : code,
    cause: err,
  });
}

export interface StreamResponse {
  status: number;
  headers: Record<string, string>;
  /** The body as it arrives. Destroy it (or break out of iteration) to free the socket. */
  body: AsyncIterable<Uint8Array> & { destroy(error?: Error): unknown };
}

export function flattenHeaders(h: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k in h) {
    const v = h[k];
    if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

/** The first error code on an error or its cause chain (undici wraps socket errors). */
export function errorCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'UND_ERR_ABORTED') {
      // Prefer the OS code (ECONNREFUSED) over undici's wrapper code when both exist.
      const inner = (e as { cause?: { code?: unknown } }).cause?.code;
      return typeof inner === 'string' ? inner : code;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
