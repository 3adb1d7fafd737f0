import { SseStreamError } from '../../core/errors/index.js';
import type { StreamResponse } from '../../core/http.js';
import { parseSSE } from '../../core/sse.js';
import { toAgentEvent, type AgentEvent } from './events.js';

const SOURCE = 'Trenz POST /open/v1/agent/chat';

/**
 * The agent stream was cut before it finished. It is an {@link SseStreamError} that also carries what arrived:
 * the reply text so far and the session id, so a caller can show the partial answer or ask again in the session.
 */
export class AgentStreamError extends SseStreamError {
  override name = 'AgentStreamError';
  constructor(
    cause: SseStreamError,
    /** The reply text received before the cut. */
    readonly text: string,
    readonly sessionId: string | undefined,
  ) {
    super({ eventsReceived: cause.eventsReceived, partial: cause.partial, source: SOURCE, cause: cause.cause ?? cause });
    this.message +=
      ` Received so far: ${text.length} characters of reply` +
      `${text ? ` (${JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text)})` : ''}` +
      `${sessionId ? `; session ${sessionId} (continue it with session_id)` : ''}.`;
  }
}

/**
 * A live agent reply: iterate it once with `for await` to get each {@link AgentEvent} as it arrives. Breaking out
 * of the loop, or aborting the call's signal, closes the connection. `text` and `sessionId` grow as events come.
 */
export class AgentChatStream implements AsyncIterable<AgentEvent> {
  /** The reply text received so far (the `delta` events joined). */
  text = '';
  /** The session id, once the stream named it. */
  sessionId: string | undefined;
  /** Events received so far. */
  events = 0;
  private used = false;

  constructor(
    private readonly res: StreamResponse,
    private readonly signal: AbortSignal | undefined,
  ) {}

  /** Response headers (e.g. `x-request-id`). */
  get headers(): Record<string, string> {
    return this.res.headers;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<AgentEvent, void, undefined> {
    if (this.used) throw new Error('An AgentChatStream can be iterated only once: it is a live connection.');
    this.used = true;
    try {
      for await (const sse of parseSSE(this.res.body, { signal: this.signal, source: SOURCE })) {
        const event = toAgentEvent(sse);
        this.events++;
        if (event.type === 'delta') this.text += event.text;
        if (event.type === 'session' || (event.type === 'done' && event.session_id)) this.sessionId = event.session_id;
        yield event;
      }
    } catch (err) {
      if (err instanceof SseStreamError && !(err instanceof AgentStreamError))
        throw new AgentStreamError(err, this.text, this.sessionId);
      throw err;
    }
  }

  /** Reads the whole reply and returns its text. Throws on an `error` event or a cut stream. */
  async finalText(): Promise<string> {
    for await (const event of this) {
      if (event.type === 'error') {
        throw new Error(`Trenz agent reported an error in the stream: ${event.message}${event.code ? ` (${event.code})` : ''}`);
      }
    }
    return this.text;
  }

  /** Closes the connection without reading further. */
  close(): void {
    this.res.body.destroy();
  }
}
