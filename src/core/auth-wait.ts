import type { PreparedRequest } from './auth.js';
import { AbortError, TimeoutError } from './errors/index.js';
import { markUnsent } from './retry.js';

/**
 * A call waiting for its credentials (a token refresh shared by every call of a seller, a token store read, a
 * cross-process lock) still answers to its own AbortSignal and deadline: it stops waiting at once with AbortError,
 * or TimeoutError at the deadline, while the shared work goes on for the other calls that wait for it.
 *
 * Without a signal or a deadline `work` is returned as it is: no promise, listener or timer is added to the call.
 * Its failures are for the caller to mark with {@link failedBeforeSending}.
 */
export function waitForAuth<T>(work: Promise<T>, req: PreparedRequest, signal: AbortSignal | undefined): Promise<T> {
  const { deadline } = req;
  if (!signal && deadline === undefined) return work;
  return new Promise<T>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const settle = () => {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      settle();
      reject(new AbortError(undefined, { cause: signal?.reason }));
    };
    // Attached first: the shared work's outcome is always observed, even by a caller that stopped waiting.
    work.then(
      (value) => {
        settle();
        resolve(value);
      },
      (error: unknown) => {
        settle();
        reject(markUnsent(error));
      },
    );
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    if (deadline !== undefined) {
      const onDeadline = () => {
        settle();
        const { api, endpoint } = req;
        reject(markUnsent(new TimeoutError({ api, endpoint: endpoint.id, timeoutMs: deadline.ms, deadline: true })));
      };
      timer = setTimeout(onDeadline, Math.max(0, deadline.at - Date.now()));
    }
  });
}

/**
 * The rejection handler for a wait for credentials: nothing was sent for this attempt, so the failure is marked
 * (see `markUnsent`) and the call's own retry budget decides whether to try again.
 */
export function failedBeforeSending(error: unknown): never {
  throw markUnsent(error);
}
