/**
 * Bodies a server should not send, over real loopback sockets: a body without end, one announced too large, a
 * stream line that never ends, a stream that stalls, an error page without end. Each must end as a typed SDK
 * error, promptly, with memory bounded by the client's limits.
 */
import { Dispatcher } from 'undici';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEndpoint } from '../../src/core/endpoint.js';
import { ConfigurationError, ResponseTooLargeError, TimeoutError } from '../../src/core/errors/index.js';
import { sendRequest } from '../../src/core/send-request.js';
import { parseSSE, type SSEEvent } from '../../src/core/sse.js';
import { echoClient, ep } from './fixtures/echo-api.js';
import { flood, useRawServers } from './fixtures/raw-server.js';

const serve = useRawServers();
const MiB = 1024 * 1024;
const filler = Buffer.alloc(64 * 1024, 'x');
const chat = defineEndpoint({ name: 'chat.stream', method: 'GET', path: '/chat', response: z.unknown() });

async function collect(events: AsyncIterable<SSEEvent>): Promise<{ events: SSEEvent[]; error: unknown }> {
  const out: SSEEvent[] = [];
  try {
    for await (const e of events) out.push(e);
    return { events: out, error: undefined };
  } catch (error) {
    return { events: out, error };
  }
}

describe('maxResponseBytes', () => {
  it('ends a body without end at the limit with ResponseTooLargeError, sends it once, and frees the socket', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      flood(res, filler);
    });
    const client = echoClient({ baseURL: server.origin, maxResponseBytes: MiB });
    const err = await client.request({ endpoint: ep.item, path: [1] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResponseTooLargeError);
    expect((err as ResponseTooLargeError).limit).toBe(MiB);
    expect((err as Error).message).toMatch(
      /^Echo GET \/items\/\{id\}: the response body is larger than maxResponseBytes \(1048576 bytes, 1 MiB\)/,
    );
    expect((err as Error).message).toMatch(/not retried.*raise the maxResponseBytes/);
    expect(server.hits).toHaveLength(1); // a read, yet not retried: the same request brings the same body
    await expect.poll(server.open).toBe(0);
  });

  it('applies 64 MiB by default', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      flood(res, filler, 65 * MiB);
    });
    const err = await echoClient({ baseURL: server.origin })
      .request({ endpoint: ep.item, path: [1] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResponseTooLargeError);
    expect((err as ResponseTooLargeError).limit).toBe(64 * MiB);
  });

  it('refuses a Content-Length over the limit before reading any of the body', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(10 * MiB) });
      res.write('{"a":'); // and nothing more: only the announced length can end this call
    });
    const err = await echoClient({ baseURL: server.origin, maxResponseBytes: MiB, timeout: 5_000 })
      .request({ endpoint: ep.item, path: [1] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResponseTooLargeError);
  });

  it('rejects a limit no string could hold, or none at all, when the client is built', () => {
    expect(() => echoClient({ maxResponseBytes: 2 ** 30 })).toThrow(ConfigurationError);
    expect(() => echoClient({ maxResponseBytes: 0 })).toThrow(/maxResponseBytes must be an integer/);
    expect(() => echoClient({ maxStreamEventBytes: -1 })).toThrow(ConfigurationError);
  });

  it('rejects the call when the body cannot be decoded, instead of leaving it pending forever', async () => {
    // A body whose decoding throws, as a finite body over ~512 MiB does: the promise must still settle.
    class Undecodable extends Uint8Array {
      override toString(): string {
        throw new RangeError('Invalid string length');
      }
    }
    class OneChunk extends Dispatcher {
      override dispatch(_opts: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
        setImmediate(() => {
          handler.onConnect?.(() => {});
          handler.onHeaders?.(200, [], () => {}, 'OK');
          handler.onData?.(new Undecodable(8) as unknown as Buffer);
          handler.onComplete?.([]);
        });
        return true;
      }
    }
    const req = {
      api: 'Echo',
      endpoint: 'GET /x',
      origin: 'https://x.test',
      path: '/x',
      method: 'GET' as const,
      headers: {},
      body: undefined,
      timeout: 60_000,
      dispatcher: new OneChunk(),
    };
    const err = await sendRequest(req).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResponseTooLargeError);
    expect((err as Error).message).toMatch(/cannot be decoded into one string/);
  });
});

describe('streams', () => {
  it('ends a stream whose line never ends at maxStreamEventBytes, with ResponseTooLargeError', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: ');
      flood(res, filler);
    });
    const client = echoClient({ baseURL: server.origin, maxStreamEventBytes: 256 * 1024 });
    const res = await client.stream({ endpoint: chat });
    const { error } = await collect(parseSSE(res.body));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as Error).message).toMatch(
      /^Echo GET \/chat: the event stream sent an event \(or a line\) longer than maxStreamEventBytes/,
    );
    await expect.poll(server.open).toBe(0);
  });

  it('counts the lines of an event that never ends, not just one line', async () => {
    const lines = Buffer.from('data: x\n'.repeat(8192));
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      flood(res, lines);
    });
    const res = await echoClient({ baseURL: server.origin, maxStreamEventBytes: 256 * 1024 }).stream({ endpoint: chat });
    const { error } = await collect(parseSSE(res.body));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });

  it('passes any number of events under the limit, their blank lines split across chunks in every way', async () => {
    const events = ['data: a\n\n', 'data: b\r\n\r\n', 'data: c\r\r', 'data: d\n\r\n'].map(
      (e) => `${e.slice(0, 6)}${'y'.repeat(600)}${e.slice(6)}`,
    );
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      let i = 0;
      const next = () => {
        if (i >= 400) return res.end();
        const e = events[i++ % events.length]!;
        const cut = e.length - 1 - (i % 3); // the blank line straddles two writes
        res.write(e.slice(0, cut), () => res.write(e.slice(cut), () => setImmediate(next)));
      };
      next();
    });
    const res = await echoClient({ baseURL: server.origin, maxStreamEventBytes: 1024 }).stream({ endpoint: chat });
    const { events: got, error } = await collect(parseSSE(res.body));
    expect(error).toBeUndefined();
    expect(got).toHaveLength(400);
  });

  it('ends a stream that sends nothing for `timeout` ms with TimeoutError, after the events that came', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: first\n\n'); // then silence, the connection open
    });
    const res = await echoClient({ baseURL: server.origin, timeout: 200 }).stream({ endpoint: chat });
    const { events, error } = await collect(parseSSE(res.body));
    expect(events.map((e) => e.data)).toEqual(['first']);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(200);
    await expect.poll(server.open).toBe(0);
  });

  it('does not time out a consumer that is slow with each event: only waiting for data counts', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end('data: 1\n\ndata: 2\n\ndata: 3\n\n');
    });
    const res = await echoClient({ baseURL: server.origin, timeout: 100 }).stream({ endpoint: chat });
    const seen: string[] = [];
    for await (const e of parseSSE(res.body)) {
      seen.push(e.data);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(seen).toEqual(['1', '2', '3']);
  });

  it('reads an error body of a stream under maxResponseBytes: ResponseTooLargeError, never a bare RangeError', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/html' });
      flood(res, filler);
    });
    const err = await echoClient({ baseURL: server.origin, maxResponseBytes: MiB, maxRetries: 0 })
      .stream({ endpoint: chat })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResponseTooLargeError);
    expect((err as ResponseTooLargeError).option).toBe('maxResponseBytes');
  });
});
