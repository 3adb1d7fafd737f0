import { Readable } from 'node:stream';
import { Agent, errors, request, type Dispatcher } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMswDispatcher, serveHandlers, type FaultPlan } from '../../src/testing/index.js';
import { makeHandlers, ORIGIN, type SseProbe } from './handlers.js';

/** The same behaviour is required of both transports; each suite runs against each. */
interface Transport {
  base: string;
  dispatcher: Dispatcher;
  faults: FaultPlan;
  close(): Promise<void>;
}

const sse: SseProbe = { finishedAt: 0 };

const transports: Record<string, () => Promise<Transport>> = {
  dispatcher: async () => {
    const dispatcher = createMswDispatcher(makeHandlers(sse));
    return { base: ORIGIN, dispatcher, faults: dispatcher.faults, close: () => dispatcher.close() };
  },
  server: async () => {
    const server = await serveHandlers(makeHandlers(sse), { origin: ORIGIN });
    const agent = new Agent();
    return {
      base: server.url,
      dispatcher: agent,
      faults: server.faults,
      close: async () => {
        await agent.destroy();
        await server.close();
      },
    };
  },
};

describe.each(Object.keys(transports))('%s transport', (name) => {
  let t: Transport;
  const get = (
    path: string,
    opts: Omit<Dispatcher.RequestOptions, 'origin' | 'path' | 'method'> & { method?: Dispatcher.HttpMethod } = {},
  ) => request(t.base + path, { ...opts, dispatcher: t.dispatcher });

  beforeAll(async () => {
    t = await transports[name]!();
  });
  afterAll(() => t.close());
  afterEach(() => {
    t.faults.clear();
    t.faults.clearJournal();
  });

  it('round-trips JSON with headers', async () => {
    const res = await get('/x');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json');
    expect(await res.body.json()).toEqual({ ok: true, n: 1 });
  });

  it.each([
    ['string', () => '{"a":1}'],
    ['Buffer', () => Buffer.from('{"a":1}')],
    ['Readable', () => Readable.from([Buffer.from('{"a"'), Buffer.from(':1}')])],
  ])('echoes a POST body given as %s', async (_kind, body) => {
    const res = await get('/echo?v=1', { method: 'POST', body: body(), headers: { 'content-type': 'application/json' } });
    expect(res.headers['x-echo']).toBe('yes');
    expect(await res.body.json()).toEqual({ method: 'POST', body: '{"a":1}', contentType: 'application/json', search: '?v=1' });
    expect(t.faults.requests('POST', '/echo')[0]?.body).toBe('{"a":1}');
  });

  it('keeps the query string byte for byte and passes request headers', async () => {
    const query = '?a=%2F%20b&b=x%2Cy&c=~&d=a+b&e=%E4%BD%A0&sign=AbC%3D%3D';
    const res = await get(`/query${query}`, { headers: { 'x-custom': 'v1' } });
    expect(await res.body.json()).toEqual({ search: query, raw: query, custom: 'v1' });
    const [entry] = t.faults.journal;
    expect(entry?.search).toBe(query);
    expect(entry?.headers['x-custom']).toBe('v1');
  });

  it('keeps repeated response headers apart', async () => {
    const res = await get('/cookies');
    expect(res.headers['set-cookie']).toEqual(['a=1', 'b=2']);
    await res.body.dump();
  });

  it('answers a status burst, then recovers', async () => {
    t.faults.add({
      path: '/x',
      kind: 'status',
      status: 503,
      times: 2,
      headers: { 'retry-after': '1' },
      body: '<html>busy</html>',
    });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await get('/x');
      statuses.push(res.statusCode);
      if (i === 0) {
        expect(res.headers['retry-after']).toBe('1');
        expect(await res.body.text()).toBe('<html>busy</html>');
      } else await res.body.dump();
    }
    expect(statuses).toEqual([503, 503, 200]);
    expect(t.faults.journal.map((e) => (e.fault ? e.fault.kind : null))).toEqual(['status', 'status', null]);
  });

  it('resets before headers as an undici SocketError', async () => {
    t.faults.add({ method: 'POST', path: '/echo', kind: 'reset' });
    const err = await get('/echo', { method: 'POST', body: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(errors.SocketError);
    expect(err).toMatchObject({ code: 'UND_ERR_SOCKET' });
    // The POST reached the "server" exactly once.
    expect(t.faults.count('POST', '/echo')).toBe(1);
  });

  it('resets with a TCP RST as ECONNRESET', async () => {
    t.faults.add({ path: '/x', kind: 'reset', tcpReset: true });
    await expect(get('/x')).rejects.toMatchObject({ code: 'ECONNRESET' });
  });

  it('resets mid-body: headers arrive, reading the body fails', async () => {
    t.faults.add({ path: '/big', kind: 'reset', when: 'mid-body', bytes: 10 });
    const res = await get('/big');
    expect(res.statusCode).toBe(200);
    const received: Buffer[] = [];
    const err = await (async () => {
      for await (const chunk of res.body) received.push(chunk as Buffer);
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(errors.SocketError);
    expect(Buffer.concat(received).toString()).toBe('{"items":[');
  });

  it('delays, and an abort during the delay rejects at once', async () => {
    t.faults.add({ path: '/x', kind: 'delay', ms: 10_000 });
    const started = Date.now();
    const err = await get('/x', { signal: AbortSignal.timeout(50) }).catch((e: unknown) => e);
    expect((err as Error).name).toBe('TimeoutError');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('delays a response that then arrives normally', async () => {
    t.faults.add({ path: '/x', kind: 'delay', ms: 60 });
    const started = Date.now();
    const res = await get('/x');
    expect(await res.body.json()).toEqual({ ok: true, n: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('truncates a body cleanly', async () => {
    t.faults.add({ path: '/big', kind: 'truncate' });
    const res = await get('/big');
    expect(res.headers['content-length']).toBeUndefined();
    const text = await res.body.text();
    expect(text.startsWith('{"items":[{"id":0')).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
    const full = await (await get('/big')).body.text();
    expect(text.length).toBe(Math.floor(full.length / 2));
  });

  it('streams SSE: the first event arrives before the handler finishes', async () => {
    sse.finishedAt = 0;
    const res = await get('/sse');
    expect(res.headers['content-type']).toBe('text/event-stream');
    const arrivals: Array<{ at: number; text: string }> = [];
    for await (const chunk of res.body) arrivals.push({ at: Date.now(), text: String(chunk) });
    expect(arrivals.length).toBeGreaterThanOrEqual(2);
    expect(arrivals[0]!.at).toBeLessThan(sse.finishedAt);
    expect(arrivals.map((a) => a.text).join('')).toBe('data: {"i":0}\n\ndata: {"i":1}\n\ndata: {"i":2}\n\n');
  });

  it('answers an unhandled request with a 404 naming it', async () => {
    const res = await get('/nope?q=1', { method: 'DELETE' });
    expect(res.statusCode).toBe(404);
    expect(await res.body.json()).toEqual({ emulator: 'no handler', method: 'DELETE', url: `${ORIGIN}/nope?q=1` });
  });

  it('turns a throwing handler into a 500', async () => {
    const res = await get('/throws');
    expect(res.statusCode).toBe(500);
    expect(await res.body.json()).toMatchObject({ emulator: 'handler threw', message: 'boom' });
  });

  it('journals every request with its fault', async () => {
    t.faults.add({ method: 'POST', path: '/echo', kind: 'status', status: 500, after: 1 });
    for (let i = 0; i < 3; i++) await (await get('/echo', { method: 'POST', body: `b${i}` })).body.dump();
    await (await get('/x')).body.dump();
    expect(t.faults.count('POST', '/echo')).toBe(3);
    expect(t.faults.count('*', /^\/(x|echo)$/)).toBe(4);
    expect(t.faults.requests('POST').map((e) => [e.body, e.fault?.kind])).toEqual([
      ['b0', undefined],
      ['b1', 'status'],
      ['b2', undefined],
    ]);
  });
});
