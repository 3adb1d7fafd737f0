import { STATUS_CODES } from 'node:http';
import { Dispatcher, errors } from 'undici';
import { FaultPlan } from './faults.js';
import { toFetchRequest } from './dispatch-request.js';
import { DispatchSession } from './dispatch-session.js';
import { hasNoBody, resolveRequest, responseChunks, unhandledResponse, type HandlerSource } from './resolve.js';

/** Options of {@link createMswDispatcher}. */
export interface MswDispatcherOptions {
  /** Faults and request journal; a fresh plan if omitted (always reachable as `dispatcher.faults`). */
  faults?: FaultPlan;
  /**
   * No handler matched: `passthrough-404` (default) answers 404 `{ emulator: 'no handler', method, url }`;
   * `error` fails the request with an {@link UnhandledRequestError}.
   */
  onUnhandled?: 'error' | 'passthrough-404';
  /**
   * Default `headersTimeout`/`bodyTimeout` in ms, as on an undici Agent; per-request options win.
   * 0 (default) disables them: unlike a socket, an emulated request cannot hang by accident.
   */
  headersTimeout?: number;
  bodyTimeout?: number;
}

/** The request matched no msw handler and the dispatcher was created with `onUnhandled: 'error'`. */
export class UnhandledRequestError extends Error {
  override name = 'UnhandledRequestError';
  readonly code = 'EMULATOR_UNHANDLED';
  constructor(
    readonly method: string,
    readonly url: string,
  ) {
    super(`emulator: no msw handler for ${method} ${url}`);
  }
}

/**
 * An undici `Dispatcher` that answers from msw handlers in-process. Pass it as the `dispatcher`
 * option of `undici.request`/`undici.fetch` (or of an SDK client) and the real transport, retry
 * and decode code runs; only the socket is skipped. Faults surface as undici would report the
 * real thing (see `ResetFault`), so error classification is exercised too.
 */
export class MswDispatcher extends Dispatcher {
  /** The fault plan and request journal used by this dispatcher. */
  readonly faults: FaultPlan;
  readonly #handlers: HandlerSource;
  readonly #options: MswDispatcherOptions;
  readonly #running = new Map<DispatchSession, Promise<void>>();
  #closed = false;
  #destroyed = false;

  constructor(handlers: HandlerSource, options: MswDispatcherOptions = {}) {
    super();
    this.#handlers = handlers;
    this.#options = options;
    this.faults = options.faults ?? new FaultPlan();
  }

  /** undici's entry point; see the class description. Always returns true (never "busy"). */
  override dispatch(opts: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
    const session = new DispatchSession(handler);
    if (this.#destroyed || this.#closed) {
      const error = this.#destroyed ? new errors.ClientDestroyedError() : new errors.ClientClosedError();
      session.fail(error);
      return false;
    }
    const run = this.#run(opts, session)
      .catch((error: unknown) => session.fail(error instanceof Error ? error : new Error(String(error))))
      .finally(() => this.#running.delete(session));
    this.#running.set(session, run);
    return true;
  }

  /** Waits for requests in flight, then refuses new ones. */
  override close(): Promise<void>;
  override close(callback: () => void): void;
  override close(callback?: () => void): Promise<void> | void {
    this.#closed = true;
    const done = Promise.all(this.#running.values()).then(() => undefined);
    if (!callback) return done;
    void done.then(callback);
  }

  /** Fails requests in flight (with `err`, default `ClientDestroyedError`) and refuses new ones. */
  override destroy(): Promise<void>;
  override destroy(err: Error | null): Promise<void>;
  override destroy(callback: () => void): void;
  override destroy(err: Error | null, callback: () => void): void;
  override destroy(errOrCallback?: Error | null | (() => void), callback?: () => void): Promise<void> | void {
    const cb = typeof errOrCallback === 'function' ? errOrCallback : callback;
    const err = typeof errOrCallback === 'function' ? null : errOrCallback;
    this.#destroyed = true;
    for (const session of this.#running.keys()) session.fail(err ?? new errors.ClientDestroyedError());
    const done = Promise.all(this.#running.values()).then(() => undefined);
    if (!cb) return done;
    void done.then(cb);
  }

  async #run(opts: Dispatcher.DispatchOptions, session: DispatchSession): Promise<void> {
    // A real request reaches onConnect asynchronously, once it has a socket; handlers rely on it
    // (undici.request checks an already-aborted signal there).
    await Promise.resolve();
    session.start();
    if (session.signal.aborted) return;

    const headersTimer = this.#timer(
      opts.headersTimeout ?? this.#options.headersTimeout,
      session,
      () => new errors.HeadersTimeoutError(),
    );
    try {
      const { request, body } = await toFetchRequest(opts, session.signal);
      const resolution = await resolveRequest(request, body, this.#handlers, this.faults, session.signal);
      if (resolution.type === 'aborted' || session.signal.aborted) return;
      if (resolution.type === 'reset') return session.fail(socketError(resolution.tcpReset, opts, body.byteLength));
      if (resolution.type === 'unhandled' && this.#options.onUnhandled === 'error') {
        return session.fail(new UnhandledRequestError(request.method, request.url));
      }
      const { response, cut } =
        resolution.type === 'response' ? resolution : { response: unhandledResponse(request), cut: undefined };
      headersTimer.stop();

      const headers = new Headers(response.headers);
      // The emulator's "wire" is chunked when it ends a body early on purpose: a declared length
      // would turn a clean truncation into a length mismatch.
      if (cut?.then === 'end') headers.delete('content-length');
      const statusText = response.statusText || STATUS_CODES[response.status] || '';
      if (!(await session.responseStart(response.status, statusText, headers)))
        return void response.body?.cancel().catch(() => undefined);

      if (!hasNoBody(request.method, response.status)) {
        const bodyTimer = this.#timer(
          opts.bodyTimeout ?? this.#options.bodyTimeout,
          session,
          () => new errors.BodyTimeoutError(),
        );
        try {
          for await (const chunk of responseChunks(response, cut, session.signal)) {
            bodyTimer.stop();
            await session.data(chunk);
            if (session.signal.aborted) return;
            bodyTimer.restart();
          }
        } finally {
          bodyTimer.stop();
        }
      } else {
        await response.body?.cancel().catch(() => undefined);
      }
      if (session.signal.aborted) return;
      if (cut?.then === 'reset') {
        // On a socket the drop arrives in a later event-loop turn than the bytes before it; failing
        // in the same turn would make undici discard the partial body before anyone could read it.
        await new Promise((resolve) => setImmediate(resolve));
        return session.fail(socketError(cut.tcpReset, opts, body.byteLength));
      }
      await session.end();
    } finally {
      headersTimer.stop();
    }
  }

  /** A timer failing the session unless stopped; 0/undefined/null disables it. */
  #timer(ms: number | null | undefined, session: DispatchSession, error: () => Error): { stop(): void; restart(): void } {
    let handle: NodeJS.Timeout | undefined;
    const restart = (): void => {
      clearTimeout(handle);
      if (ms) handle = setTimeout(() => session.fail(error()), ms);
    };
    restart();
    return { stop: () => clearTimeout(handle), restart };
  }
}

/**
 * Creates an {@link MswDispatcher}.
 * @param handlers msw request handlers, or a function returning them (called per request).
 */
export function createMswDispatcher(handlers: HandlerSource, options: MswDispatcherOptions = {}): MswDispatcher {
  return new MswDispatcher(handlers, options);
}

/** The error undici reports when the peer drops the connection; see `ResetFault`. */
function socketError(tcpReset: boolean, opts: Dispatcher.DispatchOptions, bytesWritten: number): Error {
  if (tcpReset) {
    // What Node's net layer raises on RST; undici passes it through unwrapped.
    return Object.assign(new Error('read ECONNRESET'), { errno: -104, code: 'ECONNRESET', syscall: 'read' });
  }
  const url = new URL(String(opts.origin));
  const socket = {
    localAddress: '127.0.0.1',
    localPort: 0,
    remoteAddress: url.hostname,
    remotePort: Number(url.port) || (url.protocol === 'https:' ? 443 : 80),
    remoteFamily: 'IPv4',
    timeout: undefined,
    bytesWritten,
    bytesRead: 0,
  };
  // The .d.ts omits SocketError's (message, socket) constructor; the runtime has it.
  const SocketError = errors.SocketError as unknown as new (message: string, socket: object) => Error;
  return new SocketError('other side closed', socket);
}
