import type { IncomingHttpHeaders } from 'node:http';
import { errors, type Dispatcher } from 'undici';

/**
 * One dispatched request seen from the producing side: it hides which handler API undici passed.
 *
 * undici 7 has two: the controller style (`onRequestStart`, `onResponseStart`, ...) and the legacy
 * style (`onConnect`, `onHeaders`, ...) that `undici.request()` and `undici.fetch()` still pass
 * (undici itself only wraps handlers in interceptor chains, via `handler.onRequestStart` presence).
 * Either can pause (a `false` return or `controller.pause()`) and abort at any time.
 */
export class DispatchSession {
  readonly #handler: Dispatcher.DispatchHandler;
  readonly #modern: boolean;
  readonly #stop = new AbortController();
  #paused = false;
  #resumed: (() => void) | undefined;
  #completed = false;
  /** Set only when the consumer itself aborted: undici's controller reports `aborted` for that case
   *  alone, and its retry handler retries transport errors only while `aborted` is false. */
  #abortReason: Error | null = null;

  /** The controller handed to controller-style handlers; also backs the legacy abort/resume callbacks. */
  readonly controller: Dispatcher.DispatchController;

  constructor(handler: Dispatcher.DispatchHandler) {
    this.#handler = handler;
    this.#modern = typeof handler.onRequestStart === 'function';
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the controller's getters read this session's private state
    const self = this;
    this.controller = {
      get aborted() {
        return self.#abortReason !== null;
      },
      get paused() {
        return self.#paused;
      },
      get reason() {
        return self.#abortReason;
      },
      rawHeaders: null,
      rawTrailers: null,
      abort: (reason?: Error) => {
        if (this.#abortReason || this.#completed || this.#stop.signal.aborted) return;
        this.#abortReason = reason ?? new errors.RequestAbortedError();
        this.fail(this.#abortReason);
      },
      pause: () => {
        this.#paused = true;
      },
      resume: () => this.#resume(),
    };
  }

  /** Fires when the request is over early: aborted by the client, timed out or failed. */
  get signal(): AbortSignal {
    return this.#stop.signal;
  }

  /** Tells the handler the request is "on the wire"; it may abort right here (an already-aborted signal). */
  start(): void {
    this.#call(() => {
      if (this.#modern) this.#handler.onRequestStart?.(this.controller, {});
      else this.#handler.onConnect?.((reason?: Error) => this.controller.abort(reason ?? new errors.RequestAbortedError()));
    });
  }

  /**
   * Delivers status and headers, then waits while the consumer is paused (undici's retry handler
   * pauses here to decide on a retry). Resolves false when the request is over (nothing more to send).
   */
  async responseStart(status: number, statusText: string, headers: Headers): Promise<boolean> {
    if (this.#stop.signal.aborted) return false;
    const raw: Buffer[] = [];
    const parsed: IncomingHttpHeaders = {};
    for (const [name, value] of headers) {
      raw.push(Buffer.from(name, 'latin1'), Buffer.from(value, 'latin1'));
      // Repeated names (set-cookie) become arrays, as undici's own header parser does.
      const prev = parsed[name];
      parsed[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
    }
    this.controller.rawHeaders = raw;
    this.#call(() => {
      if (this.#modern) return this.#handler.onResponseStart?.(this.controller, status, parsed, statusText);
      this.#handler.onResponseStarted?.();
      if (this.#handler.onHeaders?.(status, raw, () => this.#resume(), statusText) === false) this.#paused = true;
    });
    await this.#flowing();
    return !this.#stop.signal.aborted;
  }

  /** Delivers a body chunk; resolves once the consumer wants more (or the request is over). */
  async data(chunk: Uint8Array): Promise<void> {
    await this.#flowing();
    if (this.#stop.signal.aborted) return;
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    this.#call(() => {
      if (this.#modern) this.#handler.onResponseData?.(this.controller, buf);
      else if (this.#handler.onData?.(buf) === false) this.#paused = true;
    });
    await this.#flowing();
  }

  /** Completes the response (no trailers), once the consumer is not paused. */
  async end(): Promise<void> {
    await this.#flowing();
    if (this.#stop.signal.aborted || this.#completed) return;
    this.#completed = true;
    this.controller.rawTrailers = [];
    try {
      if (this.#modern) this.#handler.onResponseEnd?.(this.controller, {});
      else this.#handler.onComplete?.([]);
    } catch (error) {
      // undici's core Request does the same: a throwing completion becomes the request's error.
      // The retry interceptor relies on it (with throwOnError it throws here to trigger a retry).
      this.#completed = false;
      this.fail(asError(error));
    }
  }

  /**
   * Ends the request with an error (client abort, timeout, fault, bad input). Idempotent; the
   * error reaches the handler on the next microtask so a handler aborting from inside one of its
   * own callbacks is not re-entered.
   */
  fail(error: Error): void {
    if (this.#stop.signal.aborted || this.#completed) return;
    this.#stop.abort(error);
    this.#resumed?.();
    this.#resumed = undefined;
    queueMicrotask(() => {
      try {
        if (this.#modern) this.#handler.onResponseError?.(this.controller, error);
        else this.#handler.onError?.(error);
      } catch {
        // A handler with no usable error callback (undici's wrappers throw then) has nowhere to
        // report to; rethrowing would only become an uncaught exception in the test run.
      }
    });
  }

  /** Runs a handler callback; a throw aborts the request with that error, as in undici's core. */
  #call(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.fail(asError(error));
    }
  }

  /** Resolves when the consumer is not paused; a paused socket delivers nothing, not even the end. */
  async #flowing(): Promise<void> {
    if (!this.#paused || this.#stop.signal.aborted) return;
    // fail() also settles this wait, so an abort while paused does not strand the producer.
    await new Promise<void>((resolve) => {
      this.#resumed = resolve;
    });
  }

  #resume(): void {
    if (!this.#paused) return;
    this.#paused = false;
    const resolve = this.#resumed;
    this.#resumed = undefined;
    resolve?.();
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
