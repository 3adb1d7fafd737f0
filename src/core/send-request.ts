import { errors as undiciErrors, type Dispatcher } from 'undici';
import { AbortError, ResponseTooLargeError } from './errors/index.js';
import {
  attemptTimeout,
  DEFAULT_LIMITS,
  failure,
  flattenHeaders,
  timeoutError,
  type TransportRequest,
  type TransportResponse,
} from './http.js';

/**
 * Sends one attempt and reads the whole body. Failures become ConnectionError / TimeoutError / AbortError;
 * HTTP statuses are not judged here (the envelope does that).
 *
 * It talks to the dispatcher directly (`dispatch` with a handler that collects the chunks) rather than through
 * `undici.request`: that wraps every response in a Node stream and parses the URL again, which measured about
 * as much client CPU as the whole rest of the SDK's call (bench/README.md, "Findings"). API answers are small
 * JSON documents read whole, so a stream buys nothing here; `openStream` keeps one for SSE and downloads.
 */
export function sendRequest(req: TransportRequest): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    const handler = new BufferedExchange(req, resolve, reject);
    try {
      req.dispatcher.dispatch(
        {
          origin: req.origin,
          path: req.path,
          method: req.method,
          headers: req.headers,
          body: req.body as Dispatcher.DispatchOptions['body'],
        },
        handler,
      );
    } catch (err) {
      handler.onResponseError(undefined, err as Error);
    }
  });
}

/**
 * One buffered attempt as an undici dispatch handler (the controller API of undici 7, and the legacy one). It owns the attempt's
 * timeout (headers and the whole body), the body size limit and the link to the caller's signal. A timeout, an
 * abort or a body over the limit settles the promise at once, even while the request still waits for a
 * connection; undici is told to stop as soon as it hands over its controller.
 */
class BufferedExchange implements Dispatcher.DispatchHandler {
  private controller: Dispatcher.DispatchController | undefined;
  private legacyAbort: ((err?: Error) => void) | undefined;
  private stopReason: Error | undefined;
  private settled = false;
  private started = false;
  /** The timer's length when it ended the attempt. */
  private timedOut: number | undefined = undefined;
  private status = 0;
  private headers: Record<string, string> = EMPTY_HEADERS;
  private chunks: Buffer[] = [];
  private received = 0;
  private readonly maxBytes: number;
  private readonly timerMs: number;
  private readonly timer: NodeJS.Timeout;
  private readonly onUserAbort: (() => void) | undefined;

  constructor(
    private readonly req: TransportRequest,
    private readonly resolve: (res: TransportResponse) => void,
    private readonly reject: (err: Error) => void,
  ) {
    if (req.signal?.aborted) throw new AbortError();
    this.maxBytes = (req.limits ?? DEFAULT_LIMITS).maxResponseBytes;
    this.timerMs = attemptTimeout(req);
    // The call's deadline has passed already: nothing is sent.
    if (this.timerMs <= 0) throw timeoutError(req, this.timerMs);
    this.timer = setTimeout(onExchangeTimeout, this.timerMs, this);
    if (req.signal) {
      this.onUserAbort = () => this.stop();
      req.signal.addEventListener('abort', this.onUserAbort, { once: true });
    }
  }

  /**
   * Ends the attempt early (timeout, the caller's signal, or `error`: a body over the limit): settles now, and
   * aborts undici's side.
   */
  stop(timedOut = false, error?: Error): void {
    if (this.settled) return;
    if (timedOut) this.timedOut = this.timerMs;
    this.stopReason = new undiciErrors.RequestAbortedError();
    if (error) this.settle(error);
    else this.fail(this.stopReason);
    if (this.controller) this.controller.abort(this.stopReason);
    else this.legacyAbort?.(this.stopReason);
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    if (this.stopReason) controller.abort(this.stopReason);
  }

  onResponseStart(
    _c: Dispatcher.DispatchController,
    status: number,
    headers: Record<string, string | string[] | undefined>,
  ): void {
    this.started = true;
    this.status = status;
    this.headers = flattenHeaders(headers);
    this.checkLength();
  }

  onResponseData(_c: Dispatcher.DispatchController, chunk: Buffer): void {
    this.take(chunk);
  }

  onResponseEnd(): void {
    if (this.settled) return;
    const { chunks } = this;
    // Decoded before the call settles: a failure here must reject the promise, not vanish into undici (which
    // would leave the call pending forever, out of reach of its timeout and signal).
    let text: string;
    try {
      text =
        chunks.length === 1 ? chunks[0]!.toString('utf8') : chunks.length === 0 ? '' : Buffer.concat(chunks).toString('utf8');
    } catch (err) {
      return this.settle(this.tooLarge('it cannot be decoded into one string', err));
    }
    // A UTF-8 byte order mark is not part of the JSON text (undici's body.text() drops it too).
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    this.settled = true;
    this.cleanup();
    this.resolve({ status: this.status, headers: this.headers, text });
  }

  onResponseError(_c: Dispatcher.DispatchController | undefined, err: Error): void {
    this.fail(err);
  }

  // The legacy handler API, for dispatchers written before undici 7's controller API (an undici 6 Agent or
  // ProxyAgent passed as `dispatcher`) which call these instead. undici 7 itself uses the methods above whenever
  // a handler has `onRequestStart`, so only one of the two sets is ever called for an attempt.
  onConnect(abort: (err?: Error) => void): void {
    this.legacyAbort = abort;
    if (this.stopReason) abort(this.stopReason);
  }

  onHeaders(status: number, rawHeaders: (Buffer | string)[]): boolean {
    this.started = true;
    this.status = status;
    this.headers = headersFromRaw(rawHeaders);
    this.checkLength();
    return true;
  }

  onData(chunk: Buffer): boolean {
    this.take(chunk);
    return true;
  }

  /** Keeps a chunk of the body, or ends the attempt when the body passes the limit (the rest is never read). */
  private take(chunk: Buffer): void {
    if (this.settled) return;
    this.received += chunk.length;
    if (this.received > this.maxBytes) return this.stop(false, this.tooLarge());
    this.chunks.push(chunk);
  }

  /** A Content-Length over the limit ends the attempt before any of the body is read. */
  private checkLength(): void {
    const length = this.headers['content-length'];
    if (length !== undefined && Number(length) > this.maxBytes) this.stop(false, this.tooLarge());
  }

  private tooLarge(detail?: string, cause?: unknown): ResponseTooLargeError {
    const { api, endpoint } = this.req;
    return new ResponseTooLargeError({ api, endpoint, limit: this.maxBytes, option: 'maxResponseBytes', detail, cause });
  }

  onComplete(): void {
    this.onResponseEnd();
  }

  onError(err: Error): void {
    this.fail(err);
  }

  private fail(err: Error): void {
    if (this.settled) return;
    this.settle(failure(this.req, err, this.started ? 'body' : 'connect', this.timedOut));
  }

  /** Rejects with an SDK error. */
  private settle(error: Error): void {
    if (this.settled) return;
    this.settled = true;
    this.cleanup();
    this.reject(error);
  }

  private cleanup(): void {
    clearTimeout(this.timer);
    if (this.onUserAbort) this.req.signal?.removeEventListener('abort', this.onUserAbort);
    this.chunks = [];
  }
}

/** `[name, value, name, value...]` as the legacy API gives them: names lower-cased, repeats joined with ", ". */
function headersFromRaw(raw: (Buffer | string)[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!.toString('latin1').toLowerCase();
    const value = raw[i + 1]!.toString('latin1');
    const prev = out[name];
    out[name] = prev === undefined ? value : `${prev}, ${value}`;
  }
  return out;
}

const EMPTY_HEADERS: Record<string, string> = Object.freeze({}) as Record<string, string>;

function onExchangeTimeout(exchange: BufferedExchange) {
  exchange.stop(true);
}
