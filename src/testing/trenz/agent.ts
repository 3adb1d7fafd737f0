/**
 * Emulated Trenz Agent. The chat streams a real `text/event-stream`: a `session` event, one
 * `delta` event per token with a small delay, a `report` event when asked for one, then `done`. Event names and
 * payloads are inferred (not documented) and match the SDK's event parser. `dropAfterTokens` cuts the next stream
 * mid-reply; `cancelled` counts streams the client closed early (proof that an abort freed the connection).
 */
import type { RequestHandler } from 'msw';
import { agentRoutes } from '../../trenz/agent/index.js';
import type { TrenzEmulatorContext } from './common.js';
import { missing, paged, perContext, route } from './route-kit.js';

/** Credits per chat turn (the Trenz docs name no price; sessions and reports are free). */
export const AGENT_CHAT_COST = 2;

interface AgentMessage {
  role: 'user' | 'assistant';
  content: string;
}

export class TrenzAgentStore {
  /** Delay between tokens, in ms. Default 5. */
  tokenDelayMs = 5;
  /** Cut the next stream after this many tokens (one-shot). */
  dropAfterTokens: number | undefined;
  chatCalls = 0;
  /** Streams the client closed before the end. */
  cancelled = 0;
  /** Date.now() when the last stream wrote its final event. */
  finishedAt = 0;
  readonly sessions = new Map<string, { session_id: string; title: string; messages: AgentMessage[]; reports: string[] }>();
  readonly reports = new Map<string, { report_id: string; session_id: string; title: string; content: string }>();
  #seq = 0;

  /** The reply the agent gives to a message. */
  reply(message: string): string {
    return `Here is what I found about "${message}": demand grew 18% this week, led by matte finishes. Three products stand out.`;
  }

  nextId(prefix: string): string {
    this.#seq++;
    return `${prefix}${this.#seq}`;
  }
}

export const agentStore = perContext(() => new TrenzAgentStore());

const sse = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

export function trenzAgentHandlers(ctx: TrenzEmulatorContext): RequestHandler[] {
  const store = agentStore(ctx);
  // The docs' error table has no not-found code for an entity (ROUTE_NOT_FOUND means the endpoint, TASK_NOT_FOUND a
  // task): an unknown id is an invalid parameter, as in the Data handlers.
  const unknown = (what: string, id: string | undefined) => ctx.error(400, 'INVALID_PARAM', `unknown ${what} id ${id ?? ''}`);
  return [
    route(
      ctx,
      agentRoutes.chat,
      (body) => {
        const absent = missing(ctx, body, 'message');
        if (absent) return absent;
        store.chatCalls++;
        // Charged when the stream starts (no envelope carries `usage` on a stream).
        ctx.ledger.balance -= AGENT_CHAT_COST;
        ctx.ledger.charged += AGENT_CHAT_COST;
        const message = String(body.message);
        const known = typeof body.session_id === 'string' ? store.sessions.get(body.session_id) : undefined;
        const session = known ?? { session_id: store.nextId('sess_'), title: message.slice(0, 40), messages: [], reports: [] };
        store.sessions.set(session.session_id, session);
        session.messages.push({ role: 'user', content: message });
        const text = store.reply(message);
        const tokens = text.match(/\S+\s*/g) ?? [];
        const drop = store.dropAfterTokens;
        store.dropAfterTokens = undefined;
        const enc = new TextEncoder();
        let closed = false;
        const stream = new ReadableStream<Uint8Array>({
          async start(controller) {
            const send = (s: string) => !closed && controller.enqueue(enc.encode(s));
            send(': stream open\n\n');
            send(sse('session', { session_id: session.session_id }));
            for (let i = 0; i < tokens.length; i++) {
              if (drop !== undefined && i === drop) {
                send('event: delta\ndata: {"text":"cut he'); // an unfinished event, then the drop
                await new Promise((r) => setTimeout(r, 10)); // error() discards queued chunks: let them go out first
                controller.error(new Error('emulator: the agent stream was dropped mid-reply'));
                return;
              }
              await new Promise((r) => setTimeout(r, store.tokenDelayMs));
              if (closed) return;
              send(sse('delta', { text: tokens[i] }));
            }
            session.messages.push({ role: 'assistant', content: text });
            if (/report/i.test(message)) {
              const report_id = store.nextId('rep_');
              store.reports.set(report_id, {
                report_id,
                session_id: session.session_id,
                title: `Report: ${session.title}`,
                content: text,
              });
              session.reports.push(report_id);
              send(sse('report', { report_id, title: `Report: ${session.title}` }));
            }
            send(sse('done', { session_id: session.session_id, finish_reason: 'stop' }));
            store.finishedAt = Date.now();
            if (!closed) controller.close();
          },
          cancel() {
            closed = true;
            store.cancelled++;
          },
        });
        return new Response(stream, { headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' } });
      },
      AGENT_CHAT_COST,
    ),
    route(ctx, agentRoutes.sessions, (query) =>
      paged(
        ctx,
        [...store.sessions.values()].map(({ session_id, title }) => ({ session_id, title })),
        query,
      ),
    ),
    route(ctx, agentRoutes.messages, (query, _r, params) => {
      const s = store.sessions.get(params.session_id ?? '');
      return s ? paged(ctx, s.messages, query) : unknown('session', params.session_id);
    }),
    route(ctx, agentRoutes.sessionReports, (_q, _r, params) => {
      const s = store.sessions.get(params.session_id ?? '');
      if (!s) return unknown('session', params.session_id);
      return ctx.ok({ items: s.reports.map((id) => store.reports.get(id)) });
    }),
    route(ctx, agentRoutes.report, (_q, _r, params) => {
      const rep = store.reports.get(params.report_id ?? '');
      return rep ? ctx.ok(rep) : unknown('report', params.report_id);
    }),
  ];
}
