import { createParser } from 'eventsource-parser';
import { AbortError, ResponseTooLargeError, SseStreamError, TimeoutError } from './errors/index.js';

/** One server-sent event. */
export interface SSEEvent {
  /** The `event:` field; `'message'` when the server sent none (as browsers' EventSource does). */
  event: string;
  /** The `data:` lines, joined with `\n`. */
  data: string;
  /** The event's own `id:` field, when it had one (not carried over from earlier events). */
  id?: string;
}

/** Options of {@link parseSSE}. */
export interface ParseSSEOptions {
  /** Aborting ends iteration with {@link AbortError} and releases the body (frees the socket). */
  signal?: AbortSignal | undefined;
  /** What produced the stream (`'Acme POST /v1/chat'`), quoted in {@link SseStreamError} messages. */
  source?: string | undefined;
}

/** A body the caller may hand us: a Node stream (undici's body) has `destroy`, a plain iterable does not. */
type Body = AsyncIterable<Uint8Array | string> & { destroy?: (error?: Error) => unknown };

const ABORTED = Symbol('aborted');

/**
 * Parses a `text/event-stream` body into events, yielding each one as soon as its closing blank line arrives
 * (nothing waits for the end of the stream). Comments (`: keep-alive`) and `retry:` are skipped. Bytes are decoded
 * as UTF-8 across chunk boundaries.
 *
 * Throws {@link SseStreamError} when reading the body fails (the connection dropped) or when the body ends in the
 * middle of an event; either way `eventsReceived` counts the events already yielded. On abort it throws
 * {@link AbortError}. A body from the client's `stream()` also ends with {@link TimeoutError} when no data came for
 * the `timeout`, and {@link ResponseTooLargeError} when an event passes `maxStreamEventBytes`. Whenever it stops before the body's end (abort, error, or the consumer's `break`) it calls
 * the body iterator's `return()`, and `destroy()` when the body has one, so the connection is released.
 */
export async function* parseSSE(
  body: AsyncIterable<Uint8Array | string>,
  opts: ParseSSEOptions = {},
): AsyncGenerator<SSEEvent, void, undefined> {
  const { signal, source } = opts;
  const ready: SSEEvent[] = [];
  const parser = createParser({
    onEvent(e) {
      const event = e.event ?? 'message';
      ready.push(e.id === undefined ? { event, data: e.data } : { event, data: e.data, id: e.id });
    },
  });
  // Stream mode keeps the first bytes of a multi-byte character that a chunk boundary split, until the rest comes.
  const decoder = new TextDecoder('utf-8');
  const iterator = body[Symbol.asyncIterator]();
  let eventsReceived = 0;
  let released = false;

  // Releasing must not wait: a read may be pending on an idle socket, and an async generator (Node's stream
  // iterator is one) queues return() behind it. destroy() is what actually closes the socket in that case.
  const release = () => {
    if (released) return;
    released = true;
    try {
      void iterator.return?.()?.catch(() => undefined);
      (body as Body).destroy?.();
    } catch {
      // A body that throws while closing has nothing left to free.
    }
  };

  // Freeing the socket at once, even while the consumer is busy with an event, not at its next read.
  const onAbort = () => release();
  signal?.addEventListener('abort', onAbort, { once: true });

  /**
   * The next chunk, or ABORTED as soon as the signal fires. A listener per read, not one shared promise raced
   * every time: each race would add a reaction to that promise, a leak on a stream of many chunks.
   */
  const read = () =>
    new Promise<IteratorResult<Uint8Array | string> | typeof ABORTED>((resolve, reject) => {
      const stop = () => resolve(ABORTED);
      signal?.addEventListener('abort', stop, { once: true });
      iterator.next().then(
        (result) => {
          signal?.removeEventListener('abort', stop);
          resolve(result);
        },
        (error: unknown) => {
          signal?.removeEventListener('abort', stop);
          reject(error);
        },
      );
    });
  const abortError = () => new AbortError('The event stream was aborted by its AbortSignal.', { cause: signal?.reason });

  let lastChar = '';
  const feed = (text: string) => {
    if (text === '') return;
    lastChar = text.charAt(text.length - 1);
    parser.feed(text);
  };

  try {
    for (;;) {
      if (signal?.aborted) throw abortError();
      let result: IteratorResult<Uint8Array | string> | typeof ABORTED;
      let failure: { cause: unknown } | undefined;
      try {
        result = await read();
      } catch (cause) {
        if (signal?.aborted) throw abortError();
        // The transport's guards (no data for `timeout` ms, an event over maxStreamEventBytes) are the client's
        // decisions, not a dropped connection: they surface as they are, like on any other call.
        if (cause instanceof TimeoutError || cause instanceof ResponseTooLargeError) throw cause;
        failure = { cause };
        result = { done: true, value: undefined };
      }
      if (result === ABORTED) throw abortError();
      if (!result.done) {
        const chunk = result.value;
        feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
      } else {
        released = true; // an iterator that ended or threw is finished: return() on it would be pointless
        feed(decoder.decode()); // an incomplete character at the very end becomes U+FFFD
        // The parser holds back a final CR, waiting to see whether LF follows; at the end it is a line end.
        if (lastChar === '\r') feed('\n');
      }
      // Taken out before yielding: a consumer that breaks mid-batch leaves nothing behind.
      for (const event of ready.splice(0)) {
        eventsReceived++;
        yield event;
      }
      if (!result.done) continue;
      // Closing the last line and the event shows whether the body stopped inside an event.
      parser.feed('\n\n');
      const partial = ready.shift()?.data;
      if (failure) throw new SseStreamError({ eventsReceived, partial, source, cause: failure.cause });
      if (partial !== undefined) throw new SseStreamError({ eventsReceived, partial, source, endedMidEvent: true });
      return;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    release();
  }
}
