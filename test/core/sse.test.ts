import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AbortError, SdkError, SseStreamError } from '../../src/core/errors/index.js';
import { parseSSE, type SSEEvent } from '../../src/core/sse.js';

const bytes = (s: string) => new TextEncoder().encode(s);

/** A body that yields the given chunks, records how it was consumed, and can fail or hang after them. */
function body(chunks: (string | Uint8Array)[], end: 'end' | 'drop' | 'hang' = 'end') {
  const state = { pulled: 0, returned: false };
  const iterable: AsyncIterable<Uint8Array | string> = {
    [Symbol.asyncIterator]() {
      let i = 0;
      return {
        async next() {
          state.pulled++;
          if (i < chunks.length) return { done: false, value: chunks[i++]! };
          if (end === 'drop') throw Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
          if (end === 'hang') return new Promise<never>(() => undefined);
          return { done: true, value: undefined };
        },
        async return() {
          state.returned = true;
          return { done: true, value: undefined };
        },
      };
    },
  };
  return { iterable, state };
}

async function collect(events: AsyncIterable<SSEEvent>): Promise<SSEEvent[]> {
  const out: SSEEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

/** Every way of cutting `text` (as bytes) into two chunks. */
function allSplits(text: string): Uint8Array[][] {
  const b = bytes(text);
  return Array.from({ length: b.length + 1 }, (_, i) => [b.slice(0, i), b.slice(i)]);
}

describe('parseSSE: parsing', () => {
  it('reads event names, ids, and "message" as the default name', async () => {
    const src = body(['event: progress\nid: 7\ndata: {"pct":50}\n\n', 'data: plain\n\n']);
    expect(await collect(parseSSE(src.iterable))).toEqual([
      { event: 'progress', id: '7', data: '{"pct":50}' },
      { event: 'message', data: 'plain' },
    ]);
  });

  it('joins multi-line data with \\n and skips comments and retry', async () => {
    const src = body([': keep-alive\n\nretry: 3000\ndata: line 1\n: a comment inside\ndata: line 2\ndata:\n\n: bye\n\n']);
    expect(await collect(parseSSE(src.iterable))).toEqual([{ event: 'message', data: 'line 1\nline 2\n' }]);
  });

  it('handles CRLF and lone CR line endings, even split between chunks', async () => {
    const src = body(['data: a\r', '\n\r', '\ndata: b\r\r']);
    expect((await collect(parseSSE(src.iterable))).map((e) => e.data)).toEqual(['a', 'b']);
  });

  it('gives the same events wherever the bytes are split, inside a line or inside a UTF-8 character', async () => {
    const text = 'event: reply\ndata: Grüße 👋 from 東京\n\ndata: second\n\n';
    const expected = [
      { event: 'reply', data: 'Grüße 👋 from 東京' },
      { event: 'message', data: 'second' },
    ];
    for (const chunks of allSplits(text)) expect(await collect(parseSSE(body(chunks).iterable))).toEqual(expected);
    // and byte by byte: every multi-byte character arrives in pieces
    const oneByOne = Array.from(bytes(text), (b) => Uint8Array.of(b));
    expect(await collect(parseSSE(body(oneByOne).iterable))).toEqual(expected);
  });

  it('yields an event as soon as its blank line arrives, before the stream ends', async () => {
    const src = body(['data: first\n\n', 'data: partial'], 'hang');
    const it = parseSSE(src.iterable)[Symbol.asyncIterator]();
    expect(await it.next()).toEqual({ done: false, value: { event: 'message', data: 'first' } });
    expect(src.state.pulled).toBe(1);
    await it.return();
  });

  it('ends cleanly when the stream ends after a complete event (or with only a trailing comment)', async () => {
    expect(await collect(parseSSE(body(['data: x\n\n']).iterable))).toHaveLength(1);
    expect(await collect(parseSSE(body(['data: x\n\n: done\n']).iterable))).toHaveLength(1);
    expect(await collect(parseSSE(body([]).iterable))).toEqual([]);
  });

  it('accepts a Node Readable (what undici returns as a body)', async () => {
    const readable = Readable.from([Buffer.from('data: 1\n\nda'), Buffer.from('ta: 2\n\n')]);
    expect((await collect(parseSSE(readable))).map((e) => e.data)).toEqual(['1', '2']);
  });
});

describe('parseSSE: cut streams', () => {
  it('throws SseStreamError with eventsReceived, the unfinished event and the cause when the body fails', async () => {
    const src = body(['data: one\n\ndata: two\n\n', 'event: reply\ndata: {"text":"Hel'], 'drop');
    const seen: string[] = [];
    const error = await (async () => {
      for await (const e of parseSSE(src.iterable)) seen.push(e.data);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(['one', 'two']);
    expect(error).toBeInstanceOf(SseStreamError);
    expect(error).toBeInstanceOf(SdkError);
    const cut = error as SseStreamError;
    expect(cut.eventsReceived).toBe(2);
    expect(cut.partial).toBe('{"text":"Hel');
    expect((cut.cause as Error).message).toBe('other side closed');
    expect(cut.message).toMatch(/cut/);
    expect(cut.message).toContain('after 2 complete events');
  });

  it('reports a Node stream destroyed mid-event (a dropped socket) the same way', async () => {
    const readable = new Readable({ read() {} });
    readable.push('data: one\n\ndata: tw');
    setTimeout(() => readable.destroy(new Error('ECONNRESET')), 5);
    const error = await collect(parseSSE(readable)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SseStreamError);
    expect(error).toMatchObject({ eventsReceived: 1, partial: 'tw' });
  });

  it('throws SseStreamError with no partial when the cut falls between events', async () => {
    const error = await collect(parseSSE(body(['data: one\n\n'], 'drop').iterable)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SseStreamError);
    expect((error as SseStreamError).eventsReceived).toBe(1);
    expect((error as SseStreamError).partial).toBeUndefined();
  });

  it('throws SseStreamError when the body ends in the middle of an event (no closing blank line)', async () => {
    const error = await collect(parseSSE(body(['data: one\n\n', 'data: unfinished\n']).iterable)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SseStreamError);
    expect((error as SseStreamError).eventsReceived).toBe(1);
    expect((error as SseStreamError).partial).toBe('unfinished');
    expect((error as SseStreamError).message).toMatch(/ended in the middle of an event/);
  });
});

describe('parseSSE: stopping early', () => {
  it('aborts a pending read at once with AbortError and calls return() on the body', async () => {
    const src = body(['data: one\n\n'], 'hang');
    const controller = new AbortController();
    const seen: string[] = [];
    const run = (async () => {
      for await (const e of parseSSE(src.iterable, { signal: controller.signal })) {
        seen.push(e.data);
        setTimeout(() => controller.abort(), 5);
      }
    })();
    await expect(run).rejects.toBeInstanceOf(AbortError);
    expect(seen).toEqual(['one']);
    expect(src.state.returned).toBe(true);
  });

  it('throws AbortError without reading when the signal is already aborted, and frees the body', async () => {
    const src = body(['data: one\n\n']);
    await expect(collect(parseSSE(src.iterable, { signal: AbortSignal.abort() }))).rejects.toBeInstanceOf(AbortError);
    expect(src.state.pulled).toBe(0);
    expect(src.state.returned).toBe(true);
  });

  it('destroys a Node stream body on abort so its socket is released', async () => {
    const readable = new Readable({ read() {} });
    readable.push('data: one\n\n');
    const controller = new AbortController();
    const run = (async () => {
      for await (const _ of parseSSE(readable, { signal: controller.signal })) controller.abort();
    })();
    await expect(run).rejects.toBeInstanceOf(AbortError);
    expect(readable.destroyed).toBe(true);
  });

  it('calls return() on the body when the consumer breaks', async () => {
    const src = body(['data: one\n\ndata: two\n\n', 'data: three\n\n']);
    for await (const _ of parseSSE(src.iterable)) break;
    expect(src.state.returned).toBe(true);
    expect(src.state.pulled).toBe(1);
  });
});
