import { EventEmitter } from 'node:events';
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
 * The signal undici gets for one attempt. undici.request takes an EventEmitter as well as an AbortSignal
 * (`signal: AbortSignal | EventEmitter`, read through `aborted`, `reason` and `once('abort')`). On Node 20 an
 * AbortController with undici's listener on it costs ~6 µs per attempt, an EventEmitter ~0.2 µs (Node 20.20).
 * The reason is the DOMException an AbortController would give, so an error's `cause` is unchanged.
 */
class AttemptSignal extends EventEmitter {
  aborted = false;
  reason: unknown = undefined;

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = new DOMException('This operation was aborted', 'AbortError');
    this.emit('abort');
  }
}

function onTimeout(attempt: Attempt) {
  attempt.timedOut = true;
  attempt.signal.abort();
}

/**
 * One attempt's abort plumbing: a timer for the per-attempt timeout and a link to the caller's signal, with the
 * failure of the attempt mapped to ConnectionError / TimeoutError / AbortError.
 */
class Attempt {
  readonly signal = new AttemptSignal();
  timedOut = false;
  private readonly timer: NodeJS.Timeout;
  // Only a call with its own signal needs a listener on it.
  private readonly onUserAbort: (() => void) | undefined;

  constructor(private readonly req: TransportRequest) {
    if (req.signal?.aborted) throw new AbortError();
    this.timer = setTimeout(onTimeout, req.timeout, this);
    if (req.signal) {
      this.onUserAbort = () => this.signal.abort();
      req.signal.addEventListener('abort', this.onUserAbort, { once: true });
    }
  }

  /** Stops the timeout (headers arrived, for streams); the caller's signal stays linked. */
  stopTimer() {
    clearTimeout(this.timer);
  }

  /** Unlinks everything. */
  done() {
    clearTimeout(this.timer);
    if (this.onUserAbort) this.req.signal?.removeEventListener('abort', this.onUserAbort);
  }

  /** The SDK error for a failure at `stage`. */
  failure(err: unknown, stage: 'connect' | 'body'): Error {
    const { req } = this;
    if (req.signal?.aborted) return new AbortError(undefined, { cause: err });
    if (this.timedOut) return new TimeoutError({ api: req.api, endpoint: req.endpoint, timeoutMs: req.timeout, cause: err });
    const code = errorCode(err);
    return new ConnectionError({
      api: req.api,
      endpoint: req.endpoint,
      notSent: stage === 'connect' && code !== undefined && NOT_SENT_CODES.has(code),
      detail: stage === 'body' ? `reset while reading the response${code ? `, ${code}` : ''}` : code,
      cause: err,
    });
  }
}

function dispatch(req: TransportRequest, signal: AttemptSignal) {
  return undiciRequest(req.url, {
    method: req.method,
    headers: req.headers,
    body: req.body as Dispatcher.DispatchOptions['body'],
    signal,
    dispatcher: req.dispatcher,
  });
}

/**
 * Sends one attempt and reads the whole body. Failures become ConnectionError / TimeoutError / AbortError;
 * HTTP statuses are not judged here (the envelope does that).
 */
export async function sendRequest(req: TransportRequest): Promise<TransportResponse> {
  const attempt = new Attempt(req);
  let stage: 'connect' | 'body' = 'connect';
  try {
    const res = await dispatch(req, attempt.signal);
    stage = 'body';
    const text = await res.body.text();
    return { status: res.statusCode, headers: flattenHeaders(res.headers), text };
  } catch (err) {
    throw attempt.failure(err, stage);
  } finally {
    attempt.done();
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
  const attempt = new Attempt(req);
  try {
    const res = await dispatch(req, attempt.signal);
    attempt.stopTimer();
    res.body.once('close', () => attempt.done());
    return { status: res.statusCode, headers: flattenHeaders(res.headers), body: res.body };
  } catch (err) {
    attempt.done();
    throw attempt.failure(err, 'connect');
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
