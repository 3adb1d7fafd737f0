/**
 * Typed events of the agent's SSE stream. The Trenz docs (Trenz Agent/Chat) say only "streaming Server-Sent Events
 * response": event names and payloads are not documented, so everything here is inferred. Known shapes are
 * recognised by the `event:` name or by a `type` field in the JSON data (both conventions are common), and anything
 * else arrives as a generic `event`.
 */
import type { SSEEvent } from '../../core/sse.js';

/** The agent opened or continued a session. */
export interface AgentSessionEvent {
  type: 'session';
  session_id: string;
  data: Record<string, unknown>;
}
/** A piece of the reply's text, in order (token by token). */
export interface AgentDeltaEvent {
  type: 'delta';
  text: string;
  data: Record<string, unknown>;
}
/** The agent produced a report (fetch it with `agent.reports.get`). */
export interface AgentReportEvent {
  type: 'report';
  report_id: string;
  data: Record<string, unknown>;
}
/** The reply is complete (also for a bare `[DONE]`). */
export interface AgentDoneEvent {
  type: 'done';
  session_id: string | undefined;
  data: Record<string, unknown>;
}
/** The server reported an error inside the stream. */
export interface AgentErrorEvent {
  type: 'error';
  code: string | undefined;
  message: string;
  data: Record<string, unknown>;
}
/** Any other event, as sent: its name and its data (parsed when it is JSON, else the text). */
export interface AgentOtherEvent {
  type: 'event';
  event: string;
  data: unknown;
}

export type AgentEvent =
  AgentSessionEvent | AgentDeltaEvent | AgentReportEvent | AgentDoneEvent | AgentErrorEvent | AgentOtherEvent;

const SESSION = new Set(['session', 'session_created', 'start']);
const DELTA = new Set(['delta', 'token', 'message_delta', 'content', 'text']);
const DONE = new Set(['done', 'end', 'message_end', 'complete', 'completed']);

/** One SSE event as an {@link AgentEvent}. */
export function toAgentEvent(sse: SSEEvent): AgentEvent {
  if (sse.data.trim() === '[DONE]') return { type: 'done', session_id: undefined, data: {} };
  const parsed = parseJson(sse.data);
  const obj = isRecord(parsed) ? parsed : undefined;
  const name = sse.event === 'message' && typeof obj?.type === 'string' ? obj.type : sse.event;
  const data = obj ?? {};
  const str = (k: string) =>
    typeof data[k] === 'string' ? (data[k] as string) : typeof data[k] === 'number' ? String(data[k]) : undefined;

  if (SESSION.has(name) && str('session_id')) return { type: 'session', session_id: str('session_id')!, data };
  if (DELTA.has(name)) {
    const text = obj ? (str('text') ?? str('content') ?? str('delta')) : sse.data;
    if (text !== undefined) return { type: 'delta', text, data };
  }
  if (name === 'report' && str('report_id')) return { type: 'report', report_id: str('report_id')!, data };
  if (DONE.has(name)) return { type: 'done', session_id: str('session_id'), data };
  if (name === 'error')
    return { type: 'error', code: str('code'), message: str('message') ?? (obj ? JSON.stringify(obj) : sse.data), data };
  return { type: 'event', event: sse.event, data: parsed };
}

function parseJson(text: string): unknown {
  const t = text.trim();
  if (!(t.startsWith('{') || t.startsWith('['))) return text;
  try {
    return JSON.parse(t);
  } catch {
    return text;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
