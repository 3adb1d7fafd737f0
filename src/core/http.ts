import { Agent, request as undiciRequest, type Dispatcher } from 'undici';
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
  url: string;
  method: HttpMethod;
  headers: Record<string, string>;
  body: WireBody;
  /** Per-attempt timeout in ms, covering headers and the whole body. */
  timeout: number;
  signal?: AbortSignal | undefined;
  dispatcher: Dispatcher;
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
 * Sends one attempt and reads the whole body. Failures become ConnectionError / TimeoutError / AbortError;
 * HTTP statuses are not judged here (the envelope does that).
 */
export async function sendRequest(req: TransportRequest): Promise<TransportResponse> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, req.timeout);
  const onUserAbort = () => controller.abort();
  if (req.signal) {
    if (req.signal.aborted) {
      clearTimeout(timer);
      throw new AbortError();
    }
    req.signal.addEventListener('abort', onUserAbort, { once: true });
  }
  let stage: 'connect' | 'body' = 'connect';
  try {
    const res = await undiciRequest(req.url, {
      method: req.method,
      headers: req.headers,
      body: req.body as Dispatcher.DispatchOptions['body'],
      signal: controller.signal,
      dispatcher: req.dispatcher,
    });
    stage = 'body';
    const text = await res.body.text();
    return { status: res.statusCode, headers: flattenHeaders(res.headers), text };
  } catch (err) {
    if (req.signal?.aborted) throw new AbortError(undefined, { cause: err });
    if (timedOut) throw new TimeoutError({ api: req.api, endpoint: req.endpoint, timeoutMs: req.timeout, cause: err });
    const code = errorCode(err);
    throw new ConnectionError({
      api: req.api,
      endpoint: req.endpoint,
      notSent: stage === 'connect' && code !== undefined && NOT_SENT_CODES.has(code),
      detail: stage === 'body' ? `reset while reading the response${code ? `, ${code}` : ''}` : code,
      cause: err,
    });
  } finally {
    clearTimeout(timer);
    req.signal?.removeEventListener('abort', onUserAbort);
  }
}

export interface StreamResponse {
  status: number;
  headers: Record<string, string>;
  /** The body as it arrives. Destroy it (or break out of iteration) to free the socket. */
  body: AsyncIterable<Uint8Array> & { destroy(error?: Error): unknown };
}

/**
 * Sends one attempt and returns as soon as headers arrive, leaving the body to stream (SSE, downloads).
 * `timeout` bounds the wait for headers only; after that only the caller's signal ends the stream.
 */
export async function openStream(req: TransportRequest): Promise<StreamResponse> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, req.timeout);
  const onUserAbort = () => controller.abort();
  if (req.signal?.aborted) {
    clearTimeout(timer);
    throw new AbortError();
  }
  req.signal?.addEventListener('abort', onUserAbort, { once: true });
  try {
    const res = await undiciRequest(req.url, {
      method: req.method,
      headers: req.headers,
      body: req.body as Dispatcher.DispatchOptions['body'],
      signal: controller.signal,
      dispatcher: req.dispatcher,
    });
    clearTimeout(timer);
    res.body.once('close', () => req.signal?.removeEventListener('abort', onUserAbort));
    return { status: res.statusCode, headers: flattenHeaders(res.headers), body: res.body };
  } catch (err) {
    clearTimeout(timer);
    req.signal?.removeEventListener('abort', onUserAbort);
    if (req.signal?.aborted) throw new AbortError(undefined, { cause: err });
    if (timedOut) throw new TimeoutError({ api: req.api, endpoint: req.endpoint, timeoutMs: req.timeout, cause: err });
    const code = errorCode(err);
    throw new ConnectionError({
      api: req.api,
      endpoint: req.endpoint,
      notSent: code !== undefined && NOT_SENT_CODES.has(code),
      detail: code,
      cause: err,
    });
  }
}

function flattenHeaders(h: Record<string, string | string[] | undefined>): Record<string, string> {
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
