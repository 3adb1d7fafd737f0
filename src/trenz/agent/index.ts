import { z } from 'zod';
import type { CallInit, CoreClient } from '../../core/client.js';
import { pageNumberCursor } from '../../core/cursors.js';
import { defineEndpoint } from '../../core/endpoint.js';
import type { CallOptions } from '../../core/options.js';
import { idString } from '../../core/validation.js';
import type { TrenzMeta } from '../meta.js';
import { Loose, listOf, looseBody, pageFields, request } from '../post-routes.js';
import { AgentChatStream } from './stream.js';

export { AgentChatStream, AgentStreamError } from './stream.js';
export { toAgentEvent, type AgentDeltaEvent, type AgentDoneEvent, type AgentErrorEvent, type AgentEvent, type AgentOtherEvent, type AgentReportEvent, type AgentSessionEvent } from './events.js';

const PROPOSED = 'proposed (ENDPOINTS.md 1.10.5: /open/v1/agent/...); not in the seed';

/** A chat turn. inferred: the body is n/g (T:510); a message and an optional session to continue. */
export const ChatBody = looseBody({ message: z.string().min(1), session_id: z.string().optional() });
/** An agent session. inferred fields. */
export const AgentSession = z.looseObject({ session_id: idString.optional(), title: z.string().nullish() });
/** An agent report. inferred fields. */
export const AgentReport = z.looseObject({ report_id: idString.optional(), title: z.string().nullish() });
const Paging = z.object(pageFields);

/** Route table of Trenz Agent (T:70-74). The session and report reads are free (T:512) and GET. */
export const agentRoutes = {
  /** Streams SSE over POST (ENDPOINTS.md 5.1.20). Not retried once sent: a turn is a write. */
  chat: defineEndpoint({ name: 'agent.chat', method: 'POST', path: '/open/v1/agent/chat', body: ChatBody, response: z.unknown(), inferred: PROPOSED }),
  sessions: defineEndpoint({ name: 'agent.sessions.list', method: 'GET', path: '/open/v1/agent/sessions', query: Paging, response: listOf(AgentSession), pagination: 'page-number', inferred: PROPOSED }),
  messages: defineEndpoint({ name: 'agent.sessions.messages', method: 'GET', path: '/open/v1/agent/sessions/{session_id}/messages', query: Paging, response: listOf(Loose), inferred: PROPOSED }),
  sessionReports: defineEndpoint({ name: 'agent.sessions.reports', method: 'GET', path: '/open/v1/agent/sessions/{session_id}/reports', response: listOf(AgentReport), inferred: PROPOSED }),
  report: defineEndpoint({ name: 'agent.reports.retrieve', method: 'GET', path: '/open/v1/agent/reports/{report_id}', response: AgentReport, inferred: PROPOSED }),
} as const;

const queryPages = pageNumberCursor<CallInit>({ pageParam: 'query.page', items: 'data.items', total: 'meta.total', pageSize: 'meta.page_size' });

/** Trenz Agent/Sessions (T:74): free reads. */
export class TrenzAgentSessions {
  constructor(private readonly core: CoreClient<TrenzMeta>) {}
  /** The current user's sessions, paged. */
  list(query: z.input<typeof Paging> = {}, options?: CallOptions) {
    return this.core.paginate<typeof agentRoutes.sessions, z.infer<typeof AgentSession>>(agentRoutes.sessions, { ...options, query }, queryPages);
  }
  /** A session's messages. */
  messages(sessionId: string, query: z.input<typeof Paging> = {}, options?: CallOptions) {
    return request(this.core, agentRoutes.messages, { ...options, path: { session_id: sessionId }, query });
  }
  /** All reports of a session. */
  reports(sessionId: string, options?: CallOptions) {
    return request(this.core, agentRoutes.sessionReports, { ...options, path: { session_id: sessionId } });
  }
}

/** Trenz Agent/Reports (T:74). */
export class TrenzAgentReports {
  constructor(private readonly core: CoreClient<TrenzMeta>) {}
  /** One report. */
  retrieve(reportId: string, options?: CallOptions) {
    return request(this.core, agentRoutes.report, { ...options, path: { report_id: reportId } });
  }
}

/** The Trenz AI agent (T:509-512): a streamed chat, and its sessions and reports. */
export class TrenzAgent {
  readonly sessions: TrenzAgentSessions;
  readonly reports: TrenzAgentReports;

  constructor(private readonly core: CoreClient<TrenzMeta>) {
    this.sessions = new TrenzAgentSessions(core);
    this.reports = new TrenzAgentReports(core);
  }

  /**
   * Sends one message and returns the live reply (T:510). Resolves once the server answered with the stream's
   * headers (auth and credit errors are thrown here); then iterate it: events arrive as the server sends them.
   * `signal` aborts the request or the stream and frees the connection; a stream cut by the server throws
   * {@link AgentStreamError} with the text received so far.
   *
   * ```ts
   * const reply = await trenz.agent.chat({ message: 'Top lipsticks in the US this week?' });
   * for await (const e of reply) if (e.type === 'delta') process.stdout.write(e.text);
   * ```
   */
  async chat(body: z.input<typeof ChatBody>, options: CallOptions = {}): Promise<AgentChatStream> {
    const res = await this.core.stream(agentRoutes.chat, { ...options, body });
    return new AgentChatStream(res, options.signal);
  }
}
