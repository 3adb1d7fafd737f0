import { http, HttpResponse } from 'msw';
import { Agent, errors, request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { serveHandlers, type EmulatorServer } from '../../src/testing/index.js';
import { ORIGIN } from './handlers.js';

const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.close();
});

async function start(...args: Parameters<typeof serveHandlers>): Promise<EmulatorServer & { agent: Agent }> {
  const server = await serveHandlers(...args);
  const agent = new Agent();
  open.push(server, { close: () => agent.destroy() });
  return Object.assign(server, { agent });
}

describe('serveHandlers', () => {
  it('listens on loopback and resolves against its own URL by default', async () => {
    let self = '';
    const server = await start(() => [http.get(`${self}/who`, ({ request: r }) => HttpResponse.json({ url: r.url }))]);
    self = server.url;
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    const res = await request(`${server.url}/who?a=1`, { dispatcher: server.agent });
    expect(await res.body.json()).toEqual({ url: `${server.url}/who?a=1` });
  });

  it('picks the origin per request when given a function', async () => {
    const handlers = [
      http.get('https://one.test/id', () => HttpResponse.text('one')),
      http.get('https://two.test/id', () => HttpResponse.text('two')),
    ];
    const server = await start(handlers, {
      origin: (req) => (req.headers['x-api'] === 'two' ? 'https://two.test' : 'https://one.test'),
    });
    const a = await request(`${server.url}/id`, { dispatcher: server.agent });
    const b = await request(`${server.url}/id`, { dispatcher: server.agent, headers: { 'x-api': 'two' } });
    expect([await a.body.text(), await b.body.text()]).toEqual(['one', 'two']);
  });

  it('truncates with chunked encoding at the requested byte count', async () => {
    const server = await start([http.get(`${ORIGIN}/t`, () => HttpResponse.json({ long: 'x'.repeat(100) }))], { origin: ORIGIN });
    server.faults.add({ path: '/t', kind: 'truncate', bytes: 12 });
    const res = await request(`${server.url}/t`, { dispatcher: server.agent });
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(await res.body.text()).toBe('{"long":"xxx');
  });

  it('a TCP reset mid-body delivers headers, then ECONNRESET', async () => {
    const server = await start([http.get(`${ORIGIN}/t`, () => HttpResponse.text('y'.repeat(1000)))], { origin: ORIGIN });
    server.faults.add({ path: '/t', kind: 'reset', when: 'mid-body', bytes: 100, tcpReset: true });
    const res = await request(`${server.url}/t`, { dispatcher: server.agent });
    expect(res.statusCode).toBe(200);
    await expect(res.body.text()).rejects.toMatchObject({ code: 'ECONNRESET' });
  });

  it('a processed reset runs the handler before dropping the connection', async () => {
    let created = 0;
    const server = await start([http.post(`${ORIGIN}/orders`, () => (created++, HttpResponse.json({ ok: true })))], {
      origin: ORIGIN,
    });
    server.faults.add({ method: 'POST', path: '/orders', kind: 'reset', processed: true });
    await expect(
      request(`${server.url}/orders`, { dispatcher: server.agent, method: 'POST', body: '{}' }),
    ).rejects.toBeInstanceOf(errors.SocketError);
    expect(created).toBe(1);
  });

  it('a client leaving during a delay stops the server side too (the handler never runs)', async () => {
    let runs = 0;
    const server = await start([http.get(`${ORIGIN}/slow`, () => (runs++, HttpResponse.text('late')))], { origin: ORIGIN });
    server.faults.add({ path: '/slow', kind: 'delay', ms: 300 });
    await expect(request(`${server.url}/slow`, { dispatcher: server.agent, signal: AbortSignal.timeout(30) })).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 350));
    expect(runs).toBe(0);
    expect(server.faults.count('GET', '/slow')).toBe(1);
  });

  it('close() drops keep-alive and streaming connections and resolves promptly', async () => {
    let cancelled = false;
    const endless = http.get(`${ORIGIN}/events`, () => {
      const stream = new ReadableStream<Uint8Array>({
        start: (c) => c.enqueue(new TextEncoder().encode('data: open\n\n')),
        cancel: () => {
          cancelled = true;
        },
      });
      return new HttpResponse(stream, { headers: { 'content-type': 'text/event-stream' } });
    });
    const server = await serveHandlers([endless, http.get(`${ORIGIN}/x`, () => HttpResponse.text('x'))], { origin: ORIGIN });
    const agent = new Agent();
    open.push({ close: () => agent.destroy() });
    await (await request(`${server.url}/x`, { dispatcher: agent })).body.text(); // leaves an idle keep-alive socket
    const events = await request(`${server.url}/events`, { dispatcher: agent });
    const reading = events.body.text();
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(500);
    await expect(reading).rejects.toBeInstanceOf(errors.SocketError);
    expect(cancelled).toBe(true);
  });
});
