import { AbortError } from './errors/index.js';

/** Options of {@link ResponseWindow}. */
export interface ResponseWindowOptions {
  /** Requests per window. */
  cap: number;
  /** Window length in ms. */
  windowMs: number;
  /** Requests in flight at once. Default unlimited. */
  concurrency?: number;
  /** Milliseconds now, monotonic; injectable for tests. Default performance.now. */
  now?: () => number;
}

interface Waiter {
  start(): void;
}

/**
 * A sliding window anchored at the response, for one endpoint. A request holds a slot from the moment it is
 * sent until `windowMs` after its response (or failure) came back; a new one starts only while fewer than `cap`
 * slots are held. The server counts a request at some instant between our send and our response, so two
 * requests `cap` apart arrive at least `windowMs` apart whatever the network or event-loop jitter: no server-side
 * window of `windowMs` can hold more than `cap` of them (Local Service counts this way: its docs give a per-endpoint
 * QPS limit on every endpoint page). A window anchored at departure (p-queue `strict`) only holds that while jitter
 * stays below its margin.
 */
export class ResponseWindow {
  private inFlight = 0;
  /** Completion times still inside the window, oldest first. */
  private readonly recent: number[] = [];
  private readonly waiting: Waiter[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly now: () => number;
  private readonly concurrency: number;

  constructor(private readonly o: ResponseWindowOptions) {
    this.now = o.now ?? (() => performance.now());
    this.concurrency = o.concurrency ?? Infinity;
  }

  /** Runs `fn` once a slot is free. Queued work is dropped with AbortError when `signal` fires first. */
  schedule<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        const i = this.waiting.indexOf(waiter);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(new AbortError(undefined, { cause: signal?.reason }));
      };
      const waiter: Waiter = {
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          this.inFlight++;
          const settle = () => {
            this.inFlight--;
            this.recent.push(this.now());
            this.drain();
          };
          fn().then(resolve, reject).then(settle, settle);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(waiter);
      this.drain();
    });
  }

  /** Requests waiting for a slot (for monitoring). */
  get size(): number {
    return this.waiting.length;
  }

  private drain(): void {
    const now = this.now();
    while (this.recent.length > 0 && this.recent[0]! <= now - this.o.windowMs) this.recent.shift();
    while (this.waiting.length > 0 && this.inFlight + this.recent.length < this.o.cap && this.inFlight < this.concurrency) {
      this.waiting.shift()!.start();
    }
    // Blocked by answered requests still in the window: wake when the oldest leaves it. (Blocked by requests
    // in flight only: their completion calls drain.)
    if (this.waiting.length > 0 && this.recent.length > 0 && this.timer === undefined) {
      this.timer = setTimeout(
        () => {
          this.timer = undefined;
          this.drain();
        },
        Math.max(0, this.recent[0]! + this.o.windowMs - now),
      );
    }
  }
}
