import { SdkError } from './sdk-error.js';

/** Longest excerpt of an unfinished event quoted in the message; the whole text stays on `partial`. */
const EXCERPT_CHARS = 200;

/**
 * A server-sent event stream ended before it was complete: the connection dropped mid-stream, or the body ended
 * in the middle of an event (no closing blank line). The events already yielded are whole; the rest is lost.
 */
export class SseStreamError extends SdkError {
  override name = 'SseStreamError';
  /** Complete events yielded before the cut. */
  readonly eventsReceived: number;
  /** The raw text of the unfinished event that was dropped, if any. */
  readonly partial: string | undefined;

  constructor(init: {
    eventsReceived: number;
    partial?: string | undefined;
    /** True when the body ended normally but mid-event; false when reading it failed (see `cause`). */
    endedMidEvent?: boolean | undefined;
    /** What produced the stream ('Acme POST /v1/chat'), for the message. */
    source?: string | undefined;
    cause?: unknown;
  }) {
    const what = init.endedMidEvent ? 'ended in the middle of an event' : 'was cut (the connection dropped)';
    const cause = init.cause instanceof Error && !init.endedMidEvent ? ` (${init.cause.message})` : '';
    const partial = init.partial
      ? ` An unfinished event was dropped: ${JSON.stringify(
          init.partial.length > EXCERPT_CHARS ? `${init.partial.slice(0, EXCERPT_CHARS)}…` : init.partial,
        )}.`
      : '';
    super(
      `${init.source ? `${init.source}: the` : 'The'} event stream ${what}${cause} after ` +
        `${init.eventsReceived} complete event${init.eventsReceived === 1 ? '' : 's'}.${partial} ` +
        'Events already received are complete; re-run the request to get the rest.',
      { cause: init.cause },
    );
    this.eventsReceived = init.eventsReceived;
    this.partial = init.partial;
  }
}
