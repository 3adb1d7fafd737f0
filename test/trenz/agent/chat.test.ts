import { Agent } from 'undici';
import { describe, expect, it } from 'vitest';
import { AbortError, AuthenticationError, SseStreamError } from '../../../src/core/errors/index.js';
import { AgentStreamError, toAgentEvent, type AgentEvent } from '../../../src/trenz/agent/index.js';
import { Trenz } from '../../../src/trenz/index.js';
import { setupSocial } from '../social/setup.js';

describe('agent.chat: a real SSE stream', () => {
  it('yields typed events as they arrive, token by token, before the server has finished', async () => {
    const { trenz, agent } = setupSocial();
    agent.tokenDelayMs = 8;
    const reply = await trenz.agent.chat({ message: 'lipstick trends' });
    const events: AgentEvent[] = [];
    let firstDeltaAt = 0;
    for await (const e of reply) {
      if (e.type === 'delta' && !firstDeltaAt) firstDeltaAt = Date.now();
      events.push(e);
    }
    expect(firstDeltaAt).toBeGreaterThan(0);
    expect(firstDeltaAt).toBeLessThan(agent.finishedAt);
    expect(events[0]).toMatchObject({ type: 'session', session_id: expect.stringMatching(/^sess_/) });
    expect(events.filter((e) => e.type === 'delta').length).toBeGreaterThan(10);
    expect(events.at(-1)).toMatchObject({ type: 'done', session_id: reply.sessionId });
    expect(reply.text).toBe(agent.reply('lipstick trends'));
  });

  it('continues a session and exposes its messages and reports (free reads)', async () => {
    const { trenz, emu } = setupSocial();
    const first = await trenz.agent.chat({ message: 'hello' });
    await first.finalText();
    const second = await trenz.agent.chat({ message: 'write a report', session_id: first.sessionId! });
    const events: AgentEvent[] = [];
    for await (const e of second) events.push(e);
    const report = events.find((e) => e.type === 'report');
    expect(second.sessionId).toBe(first.sessionId);
    const sessions = await trenz.agent.sessions.list();
    expect(sessions.items).toEqual([expect.objectContaining({ session_id: first.sessionId })]);
    const messages = await trenz.agent.sessions.messages(first.sessionId!);
    expect(messages.items?.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    const reports = await trenz.agent.sessions.reports(first.sessionId!);
    expect(reports.items).toHaveLength(1);
    expect(report?.type === 'report' && (await trenz.agent.reports.get(report.report_id)).title).toMatch(/^Report: /);
    const balanceAfterChats = emu.ctx.ledger.balance;
    await trenz.agent.sessions.list();
    expect(emu.ctx.ledger.balance).toBe(balanceAfterChats);
  });

  it('a server that drops mid-stream gives AgentStreamError with the text received so far', async () => {
    const { trenz, agent } = setupSocial();
    agent.dropAfterTokens = 4;
    const reply = await trenz.agent.chat({ message: 'cut me' });
    const err = await reply.finalText().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AgentStreamError);
    expect(err).toBeInstanceOf(SseStreamError);
    const e = err as AgentStreamError;
    expect(e.eventsReceived).toBe(5); // session + 4 deltas
    expect(e.text).toBe(
      agent
        .reply('cut me')
        .match(/\S+\s*/g)!
        .slice(0, 4)
        .join(''),
    );
    expect(e.sessionId).toMatch(/^sess_/);
    expect(e.message).toMatch(/Received so far: \d+ characters/);
  });

  it('signal aborts the stream mid-reply and frees the connection (over a real socket)', async () => {
    const { emu, agent } = setupSocial();
    agent.tokenDelayMs = 20;
    const server = await emu.listen();
    const dispatcher = new Agent();
    try {
      const trenz = new Trenz({ apiKey: emu.apiKey, baseURL: server.url, dispatcher, logLevel: 'off' });
      const controller = new AbortController();
      const reply = await trenz.agent.chat({ message: 'long answer' }, { signal: controller.signal });
      const seen: AgentEvent[] = [];
      const err = await (async () => {
        for await (const e of reply) {
          seen.push(e);
          if (e.type === 'delta') controller.abort();
        }
      })().catch((x: unknown) => x);
      expect(err).toBeInstanceOf(AbortError);
      expect(seen.map((e) => e.type)).toEqual(['session', 'delta']);
      await expect.poll(() => agent.cancelled, { timeout: 2_000 }).toBe(1);
    } finally {
      await dispatcher.close();
      await server.close();
    }
  });

  it('breaking out of the loop closes the stream', async () => {
    const { trenz, agent } = setupSocial();
    agent.tokenDelayMs = 10;
    const reply = await trenz.agent.chat({ message: 'x' });
    for await (const e of reply) if (e.type === 'delta') break;
    await expect.poll(() => agent.cancelled, { timeout: 2_000 }).toBe(1);
  });

  it('auth errors are thrown when the call is awaited, before any event', async () => {
    const { emu } = setupSocial();
    const trenz = new Trenz({ ...emu.clientOptions, apiKey: 'tz_wrong' });
    await expect(trenz.agent.chat({ message: 'x' })).rejects.toBeInstanceOf(AuthenticationError);
  });
});

describe('toAgentEvent: the inferred event vocabulary, with a generic fallback', () => {
  it.each([
    [
      { event: 'delta', data: '{"text":"Hi"}' },
      { type: 'delta', text: 'Hi' },
    ],
    [
      { event: 'message', data: '{"type":"token","content":"Hi"}' },
      { type: 'delta', text: 'Hi' },
    ],
    [
      { event: 'token', data: 'plain text' },
      { type: 'delta', text: 'plain text' },
    ],
    [
      { event: 'message', data: '[DONE]' },
      { type: 'done', session_id: undefined },
    ],
    [
      { event: 'error', data: '{"code":"BACKEND_TIMEOUT","message":"slow"}' },
      { type: 'error', code: 'BACKEND_TIMEOUT', message: 'slow' },
    ],
    [
      { event: 'tool_call', data: '{"name":"search"}' },
      { type: 'event', event: 'tool_call', data: { name: 'search' } },
    ],
    [
      { event: 'ping', data: 'x' },
      { type: 'event', event: 'ping', data: 'x' },
    ],
  ])('%o -> %o', (sse, expected) => {
    expect(toAgentEvent(sse)).toMatchObject(expected);
  });
});
