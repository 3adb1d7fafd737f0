import { z } from 'zod';
import { defineEndpoint } from '../../core/endpoint.js';
import { idString } from '../../core/validation.js';
import { Loose, listOf, looseBody, pageFields, proposed, trenzPages } from '../route-kit.js';

const inferred = proposed('/open/v1/{area}/{resource}');

/** A chat turn. inferred: the body is not documented; a message and an optional session to continue. */
export const ChatBody = looseBody({ message: z.string().min(1), session_id: z.string().optional() });
/** An agent session. inferred fields. */
export const AgentSession = z.looseObject({ session_id: idString.optional(), title: z.string().nullish() });
/** An agent report. inferred fields. */
export const AgentReport = z.looseObject({ report_id: idString.optional(), title: z.string().nullish() });
const Paging = z.object(pageFields);

/**
 * Route table of Trenz Agent (Trenz docs: Trenz Agent/Chat, Trenz Agent/Sessions & Reports). The session and
 * report reads are free and GET.
 */
export const agentRoutes = {
  /** Streams Server-Sent Events over POST. Not retried once sent: a turn is a write. */
  chat: defineEndpoint({
    name: 'agent.chat',
    method: 'POST',
    path: '/open/v1/agent/chat',
    body: ChatBody,
    response: z.unknown(),
    inferred,
  }),
  sessions: defineEndpoint({
    name: 'agent.sessions.list',
    method: 'GET',
    path: '/open/v1/agent/sessions',
    query: Paging,
    response: listOf(AgentSession),
    paging: trenzPages,
    inferred,
  }),
  messages: defineEndpoint({
    name: 'agent.sessions.messages',
    method: 'GET',
    path: '/open/v1/agent/sessions/{session_id}/messages',
    query: Paging,
    response: listOf(Loose),
    paging: trenzPages,
    inferred,
  }),
  sessionReports: defineEndpoint({
    name: 'agent.sessions.reports',
    method: 'GET',
    path: '/open/v1/agent/sessions/{session_id}/reports',
    response: listOf(AgentReport),
    inferred,
  }),
  report: defineEndpoint({
    name: 'agent.reports.get',
    method: 'GET',
    path: '/open/v1/agent/reports/{report_id}',
    response: AgentReport,
    inferred,
  }),
} as const;
