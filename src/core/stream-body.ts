import type { Readable } from 'node:stream';
import { ResponseTooLargeError, SdkError } from './errors/index.js';
import { DEFAULT_LIMITS, failure, type StreamResponse, type TransportRequest } from './http.js';

// Two line ends in a row end an event (a blank line). CRLF is one line end, so the pairs that can only be two are
// LF LF, CR CR and LF CR (LF then a CR or a CRLF); "\r\n\r\n" contains "\n\r".
const LF = 0x0a;
const CR = 0x0d;
const LF_LF = Buffer.from([LF, LF]);
const CR_CR = Buffer.from([CR, CR]);
const LF_CR = Buffer.from([LF, CR]);

function endsEvent(a: number, b: number): boolean {
  return (a === LF && (b === LF || b === CR)) || (a === CR && b === CR);
}

/**
 * The body of a stream (SSE) as the SDK hands it out, with the guards a server cannot get around:
 *
 * - an idle timeout: a read that waits `timeout` ms for a byte ends the stream with TimeoutError. Only time spent
 *   waiting counts, so a consumer that is slow with each event is never timed out;
 * - for a success body, an event limit: bytes since the last blank line past `maxStreamEventBytes` (a line that
 *   never ends, or lines that never make an event) end it with ResponseTooLargeError, before memory grows.
 *
 * Every failure is an SDK error: the connection dropping is a ConnectionError, the caller's signal an AbortError.
 */
export class StreamBody implements AsyncIterable<Uint8Array> {
  private readonly timer: NodeJS.Timeout;
  /** A read is waiting for data: the idle timer counts only then. */
  private waiting = false;
  /** The error this stream was ended with by its guards. */
  private ended: Error | undefined;
  /** Bytes since the last blank line, and the last byte seen (a blank line can straddle two chunks). */
  private since = 0;
  private last = 0;

  constructor(
    private readonly body: Readable,
    private readonly req: TransportRequest,
    /** The event limit; undefined for an error body, read whole under `maxResponseBytes` instead. */
    private readonly eventLimit: number | undefined,
  ) {
    // One timer for the stream's life, re-armed by refresh() before each read: no timer per chunk.
    this.timer = setTimeout(onIdle, req.timeout, this);
    body.once('close', () => clearTimeout(this.timer));
  }

  /** Closes the stream and frees its socket. */
  destroy(error?: Error): void {
    clearTimeout(this.timer);
    this.body.destroy(error);
  }

  /** @internal The idle timer fired. */
  idle(): void {
    if (!this.waiting || this.ended) return;
    this.end(failure(this.req, undefined, 'body', this.req.timeout));
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array, void, undefined> {
    const iterator = this.body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    try {
      for (;;) {
        this.waiting = true;
        this.timer.refresh();
        let result: IteratorResult<Buffer>;
        try {
          result = await iterator.next();
        } catch (err) {
          throw this.ended ?? (err instanceof SdkError ? err : failure(this.req, err, 'body', undefined));
        } finally {
          this.waiting = false;
        }
        if (result.done) return;
        if (this.eventLimit !== undefined) this.count(result.value, this.eventLimit);
        yield result.value;
      }
    } finally {
      clearTimeout(this.timer);
      // A consumer that stops early (break, an error in its loop) releases the socket at once.
      if (!this.body.readableEnded) this.body.destroy();
    }
  }

  private count(chunk: Buffer, limit: number): void {
    const n = chunk.length;
    if (n === 0) return;
    // Where the last blank line of this chunk ends (searched natively, three times, rather than byte by byte).
    let end = Math.max(chunk.lastIndexOf(LF_LF), chunk.lastIndexOf(CR_CR), chunk.lastIndexOf(LF_CR));
    if (end >= 0) end += 2;
    else if (endsEvent(this.last, chunk[0]!)) end = 1;
    this.since = end >= 0 ? n - end : this.since + n;
    this.last = chunk[n - 1]!;
    if (this.since > limit) {
      const { api, endpoint } = this.req;
      throw this.end(new ResponseTooLargeError({ api, endpoint, limit, option: 'maxStreamEventBytes' }));
    }
  }

  private end(error: Error): Error {
    this.ended ??= error;
    this.destroy(error);
    return error;
  }
}

function onIdle(body: StreamBody) {
  body.idle();
}

/**
 * Reads a stream's error body into a string, under `maxResponseBytes` like any other body: an error page that
 * never ends cannot fill memory (or end in a bare RangeError from a string grown past its maximum).
 */
export async function readStreamText(body: StreamResponse['body'], req: TransportRequest): Promise<string> {
  const limit = (req.limits ?? DEFAULT_LIMITS).maxResponseBytes;
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of body) {
    received += chunk.length;
    if (received > limit) {
      const error = new ResponseTooLargeError({ api: req.api, endpoint: req.endpoint, limit, option: 'maxResponseBytes' });
      body.destroy(error);
      throw error;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
