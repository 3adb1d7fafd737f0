import type { CoreClient } from '../../core/client.js';
import type { EndpointParams } from '../../core/endpoint.js';
import type { CallOptions, PageOptions } from '../../core/options.js';
import { ApiResource } from '../../core/resource.js';
import type { TrenzMeta } from '../meta.js';
import { agentRoutes } from './routes.js';
import { AgentChatStream } from './stream.js';

export { AgentChatStream, AgentStreamError } from './stream.js';
export { agentRoutes } from './routes.js';
export {
  toAgentEvent,
  type AgentDeltaEvent,
  type AgentDoneEvent,
  type AgentErrorEvent,
  type AgentEvent,
  type AgentOtherEvent,
  type AgentReportEvent,
  type AgentSessionEvent,
} from './events.js';

/** Trenz Agent/Sessions & Reports: the sessions, free reads. */
export class TrenzAgentSessions extends ApiResource<TrenzMeta> {
  /** The current user's sessions, paged. */
  list(params?: EndpointParams<typeof agentRoutes.sessions>, options?: PageOptions) {
    return this._list(agentRoutes.sessions, [], params, options);
  }
  /** A session's messages, paged. */
  messages(sessionId: string, params?: EndpointParams<typeof agentRoutes.messages>, options?: PageOptions) {
    return this._list(agentRoutes.messages, [sessionId], params, options);
  }
  /** All reports of a session. */
  reports(sessionId: string, options?: CallOptions) {
    return this._request(agentRoutes.sessionReports, [sessionId], undefined, options);
  }
}

/** Trenz Agent/Sessions & Reports: one report. */
export class TrenzAgentReports extends ApiResource<TrenzMeta> {
  /** One report. */
  get(reportId: string, options?: CallOptions) {
    return this._request(agentRoutes.report, [reportId], undefined, options);
  }
}

/** The Trenz AI agent: a streamed chat, and its sessions and reports. */
export class TrenzAgent extends ApiResource<TrenzMeta> {
  readonly sessions: TrenzAgentSessions;
  readonly reports: TrenzAgentReports;

  /** @internal */
  constructor(client: CoreClient<TrenzMeta>) {
    super(client);
    this.sessions = new TrenzAgentSessions(client);
    this.reports = new TrenzAgentReports(client);
  }

  /**
   * Sends one message and returns the live reply (Trenz docs: Trenz Agent/Chat, a streaming Server-Sent Events
   * response). Resolves once the server answered with the stream's headers (auth and credit errors are thrown
   * here); then iterate it: events arrive as the server sends them. `signal` aborts the request or the stream and
   * frees the connection; a stream cut by the server throws {@link AgentStreamError} with the text received so far.
   *
   * ```ts
   * const reply = await trenz.agent.chat({ message: 'Top lipsticks in the US this week?' });
   * for await (const e of reply) if (e.type === 'delta') process.stdout.write(e.text);
   * ```
   */
  async chat(params: EndpointParams<typeof agentRoutes.chat>, options: CallOptions = {}): Promise<AgentChatStream> {
    // Not a `_request`: the body is a stream, read event by event, never buffered.
    const res = await this._client.stream({ endpoint: agentRoutes.chat, params, options });
    return new AgentChatStream(res, options.signal);
  }
}
