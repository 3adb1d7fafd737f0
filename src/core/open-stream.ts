import { EventEmitter } from 'node:events';
import { request as undiciRequest, type Dispatcher } from 'undici';
import { AbortError } from './errors/index.js';
import {
  attemptTimeout,
  DEFAULT_LIMITS,
  failure,
  flattenHeaders,
  timeoutError,
  type StreamResponse,
  type TransportRequest,
} from './http.js';
import { StreamBody } from './stream-body.js';

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
  attempt.timedOut = attempt.timerMs;
  attempt.signal.abort();
}

/**
 * One attempt's abort plumbing: a timer for the per-attempt timeout and a link to the caller's signal, with the
 * failure of the attempt mapped to ConnectionError / TimeoutError / AbortError.
 */
class Attempt {
  readonly signal = new AttemptSignal();
  /** The timer's length when it ended the attempt. */
  timedOut: number | undefined = undefined;
  /** The wait for headers: the attempt's timeout, or less when the call's deadline comes first. */
  readonly timerMs: number;
  private readonly timer: NodeJS.Timeout;
  // Only a call with its own signal needs a listener on it.
  private readonly onUserAbort: (() => void) | undefined;

  constructor(private readonly req: TransportRequest) {
    if (req.signal?.aborted) throw new AbortError();
    this.timerMs = attemptTimeout(req);
    if (this.timerMs <= 0) throw timeoutError(req, this.timerMs);
    this.timer = setTimeout(onTimeout, this.timerMs, this);
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
    return failure(this.req, err, stage, this.timedOut);
  }
}

function dispatch(req: TransportRequest, signal: AttemptSignal) {
  return undiciRequest(req.origin + req.path, {
    method: req.method,
    headers: req.headers,
    body: req.body as Dispatcher.DispatchOptions['body'],
    signal,
    dispatcher: req.dispatcher,
  });
}

/**
 * Sends one attempt and returns as soon as headers arrive, leaving the body to stream (SSE, downloads).
 * `timeout` (cut short by the call's deadline) bounds the wait for headers; after that it bounds each wait for
 * data (an idle timeout), and a success body's events are held to `maxStreamEventBytes` (see {@link StreamBody}).
 */
export async function openStream(req: TransportRequest): Promise<StreamResponse> {
  const attempt = new Attempt(req);
  try {
    const res = await dispatch(req, attempt.signal);
    attempt.stopTimer();
    res.body.once('close', () => attempt.done());
    const ok = res.statusCode >= 200 && res.statusCode < 300;
    const body = new StreamBody(res.body, req, ok ? (req.limits ?? DEFAULT_LIMITS).maxStreamEventBytes : undefined);
    return { status: res.statusCode, headers: flattenHeaders(res.headers), body };
  } catch (err) {
    attempt.done();
    throw attempt.failure(err, 'connect');
  }
}
