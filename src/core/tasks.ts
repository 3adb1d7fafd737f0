import { AbortError, TaskFailedError, TaskTimeoutError } from './errors/index.js';

/** Default overall wait for a task: 15 minutes (AI video jobs routinely take several minutes). */
export const DEFAULT_TASK_TIMEOUT_MS = 15 * 60_000;
/** First backoff delay between polls, in ms. */
export const TASK_POLL_INITIAL_MS = 2_000;
/** Backoff ceiling between polls, in ms. */
export const TASK_POLL_MAX_MS = 10_000;
/** Backoff growth per poll. */
export const TASK_POLL_FACTOR = 1.5;

/** How long and how often to wait for an async task. Every field is optional. */
export interface WaitOptions<S = unknown> {
  /**
   * Overall wait in ms, polls and sleeps included. Default 15 minutes. `Infinity` waits forever.
   * On expiry a poll in flight is abandoned and {@link TaskTimeoutError} is thrown; the task itself keeps
   * running on the server, so wait for it again by id rather than submitting it twice.
   */
  timeout?: number | undefined;
  /** Fixed delay between polls in ms. Default: backoff from 2 s, x1.5 per poll, capped at 10 s. */
  pollInterval?: number | undefined;
  /** Aborting stops the wait at once (a sleep is cut, no further poll) with {@link AbortError}. */
  signal?: AbortSignal | undefined;
  /**
   * Called with every status fetched, the final one included. An exception thrown here ends the wait with
   * that exception (it is a bug in the callback, not a task failure).
   */
  onProgress?: ((status: S, info: TaskProgress) => void) | undefined;
}

/** What the poller knows besides the status itself, passed to `onProgress`. */
export interface TaskProgress {
  state: TaskState['state'];
  /** The task's own progress, as `classify` reported it (an API's unit: 0-1 or 0-100). */
  progress?: number | undefined;
  /** Polls made so far, this one included. */
  polls: number;
  /** Time since the wait began, in ms. */
  elapsedMs: number;
}

/** The poller's reading of one status object. */
export interface TaskState {
  state: 'pending' | 'succeeded' | 'failed';
  /** Why the task failed, in the API's words. */
  reason?: string | undefined;
  progress?: number | undefined;
  /** The API's own status word (`'FAILED'`, `'error'`), shown in {@link TaskFailedError}. Default: `state`. */
  status?: string | undefined;
}

/** What {@link pollTask} needs: how to fetch and read one status, plus the caller's {@link WaitOptions}. */
export interface PollTaskOptions<S> extends WaitOptions<S> {
  /** Fetches the current status. The signal fires on timeout or abort; pass it to the request. */
  fetch: (signal: AbortSignal) => Promise<S>;
  classify: (status: S) => TaskState;
  /** API name for error messages (`'Acme'`). */
  api: string;
  taskId: string;
  /** How a user resumes waiting, quoted by TaskTimeoutError (default `tasks.wait('<id>')`). */
  resume?: string;
}

/**
 * The delay in ms before poll number `index + 1` (index 0 is the delay after the first poll).
 * With `pollInterval` the delay is fixed; otherwise 2000, 3000, 4500, 6750, 10125 → capped at 10000 ms.
 */
export function pollDelay(index: number, pollInterval?: number): number {
  if (pollInterval !== undefined) return pollInterval;
  return Math.min(TASK_POLL_INITIAL_MS * TASK_POLL_FACTOR ** index, TASK_POLL_MAX_MS);
}

/**
 * Polls a task until it succeeds (resolves with the final status), fails ({@link TaskFailedError}), runs out of
 * time ({@link TaskTimeoutError}) or is aborted ({@link AbortError}). The first poll is immediate, so waiting on
 * a task that already finished costs one request. An error thrown by `fetch` (after the transport's own retries)
 * ends the wait with that error.
 */
export async function pollTask<S>(opts: PollTaskOptions<S>): Promise<S> {
  const timeout = opts.timeout ?? DEFAULT_TASK_TIMEOUT_MS;
  if (!(timeout >= 0)) throw new RangeError(`timeout must be a number of ms >= 0, got ${String(opts.timeout)}`);
  if (opts.pollInterval !== undefined && !(opts.pollInterval >= 0)) {
    throw new RangeError(`pollInterval must be a number of ms >= 0, got ${String(opts.pollInterval)}`);
  }

  const started = Date.now();
  // One controller cuts whatever is in progress (request or sleep) on timeout and on the caller's abort.
  const stop = new AbortController();
  let timedOut = false;
  let last: S | undefined;
  const onAbort = () => stop.abort(opts.signal?.reason);
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  if (opts.signal?.aborted) onAbort();
  // setTimeout fires at once for delays above 2^31-1 ms (~24.8 days): treat those as "no timeout".
  const timer =
    timeout <= 2_147_483_647
      ? setTimeout(() => {
          timedOut = true;
          stop.abort();
        }, timeout)
      : undefined;

  const stopped = (): Error =>
    timedOut && !opts.signal?.aborted
      ? new TaskTimeoutError({ api: opts.api, taskId: opts.taskId, timeoutMs: timeout, lastStatus: last, resume: opts.resume })
      : new AbortError(
          `Waiting for ${opts.api} task ${opts.taskId} was aborted by its AbortSignal. The task itself was not cancelled ` +
            `and may still finish: resume with ${opts.resume ?? `tasks.wait('${opts.taskId}')`}.`,
          { cause: opts.signal?.reason },
        );

  try {
    for (let polls = 1; ; polls++) {
      if (stop.signal.aborted) throw stopped();
      let status: S;
      try {
        status = await untilAborted(opts.fetch(stop.signal), stop.signal);
      } catch (error) {
        // A fetch that failed because we cut it reports why we cut it, not the transport's abort error.
        if (stop.signal.aborted) throw stopped();
        throw error;
      }
      last = status;
      const state = opts.classify(status);
      opts.onProgress?.(status, {
        state: state.state,
        progress: state.progress,
        polls,
        elapsedMs: Date.now() - started,
      });
      if (state.state === 'succeeded') return status;
      if (state.state === 'failed') {
        throw new TaskFailedError({
          api: opts.api,
          taskId: opts.taskId,
          status: state.status ?? state.state,
          reason: state.reason,
          task: status,
        });
      }
      try {
        await sleep(pollDelay(polls - 1, opts.pollInterval), stop.signal);
      } catch {
        throw stopped();
      }
    }
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/** Settles with `promise`, or rejects as soon as `signal` fires (for fetchers that ignore their signal). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
