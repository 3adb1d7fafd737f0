import { Agent, type Dispatcher } from 'undici';
import type { HttpMethod } from './endpoint.js';
import type { WireBody } from './auth.js';
import { AbortError, ConnectionError, TimeoutError } from './errors/index.js';

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
  /** Per-attempt timeout in ms, covering headers and the whole body. */
  timeout: number;
  signal?: AbortSignal | undefined;
  dispatcher: Dispatcher;
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

/** The SDK error for an attempt that failed at `stage`. */
export function failure(req: TransportRequest, err: unknown, stage: 'connect' | 'body', timedOut: boolean): Error {
  if (req.signal?.aborted) return new AbortError(undefined, { cause: err });
  if (timedOut) return new TimeoutError({ api: req.api, endpoint: req.endpoint, timeoutMs: req.timeout, cause: err });
  const code = errorCode(err);
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
