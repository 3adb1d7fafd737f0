/**
 * The buffered transport (core/send-request.ts) over a real loopback socket: it talks to undici's dispatcher
 * directly, so what undici.request used to do for it (assemble the body, decode UTF-8, drop a BOM, honor a
 * timeout and an abort, free the socket) is checked here against a plain node:http server.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, Dispatcher } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { AbortError, ConfigurationError, ConnectionError, TimeoutError } from '../../src/core/errors/index.js';
import { sendRequest } from '../../src/core/send-request.js';
import type { TransportRequest } from '../../src/core/http.js';
import { echoClient, ep, type EchoItem } from './fixtures/echo-api.js';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((f) => f()));
});

async function serve(handler: Handler): Promise<{ origin: string; hits: string[]; open: () => number }> {
  const hits: string[] = [];
  let openSockets = 0;
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    handler(req, res);
  });
  server.on('connection', (socket) => {
    openSockets++;
    socket.on('close', () => openSockets--);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, open: () => openSockets };
}

function agent(connections = 8): Agent {
  const a = new Agent({ connections, pipelining: 1 });
  cleanups.push(() => a.destroy());
  return a;
}

function req(origin: string, path: string, over: Partial<TransportRequest> = {}): TransportRequest {
  return {
    api: 'Echo',
    endpoint: `GET ${path}`,
    origin,
    path,
    method: 'GET',
    headers: {},
    body: undefined,
    timeout: 2_000,
    dispatcher: agent(),
    ...over,
  };
}

describe('sendRequest over a socket', () => {
  it('assembles a body sent in small chunks, with a character split across them, and drops a UTF-8 BOM', async () => {
    const text = JSON.stringify({ name: 'Lippenstift – Größe ✓ 口红', id: '7010736057180325637' });
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    const { origin } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'] });
      // 3-byte writes with a flush each: multi-byte characters straddle chunk boundaries.
      let i = 0;
      const next = () => {
        if (i >= bytes.length) return res.end();
        res.write(bytes.subarray(i, (i += 3)), () => setImmediate(next));
      };
      next();
    });
    const res = await sendRequest(req(origin, '/x?q=1'));
    expect(res.status).toBe(200);
    expect(res.text).toBe(text);
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.headers['set-cookie']).toBe('a=1, b=2');
  });

  it('answers an empty body (204) with empty text', async () => {
    const { origin } = await serve((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    await expect(sendRequest(req(origin, '/none'))).resolves.toMatchObject({ status: 204, text: '' });
  });

  it('times out a request still waiting for a connection at its own timeout, and never sends it', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const { origin, hits } = await serve((request, res) => {
      if (request.url === '/slow') void released.then(() => res.end('{}'));
      else res.end('{"ok":true}');
    });
    const oneSocket = agent(1);
    const slow = sendRequest(req(origin, '/slow', { dispatcher: oneSocket }));
    const started = Date.now();
    const queued = await sendRequest(req(origin, '/queued', { dispatcher: oneSocket, timeout: 60 })).catch((e: unknown) => e);
    expect(queued).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(1_500); // settled by its timer, not by the slow request ending
    release();
    await expect(slow).resolves.toMatchObject({ status: 200 });
    // The pool is healthy afterwards, and the timed-out request never reached the server.
    await expect(sendRequest(req(origin, '/after', { dispatcher: oneSocket }))).resolves.toMatchObject({ text: '{"ok":true}' });
    expect(hits).toEqual(['/slow', '/after']);
  });

  it('times out a body that stalls, and closes that socket', async () => {
    const { origin, open } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data":'); // and never more
    });
    const err = await sendRequest(req(origin, '/stall', { timeout: 80 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect((err as TimeoutError).timeoutMs).toBe(80);
    await expect.poll(open).toBe(0);
  });

  it('stops at once when the caller aborts mid-body, with AbortError', async () => {
    const { origin } = await serve((_req, res) => {
      res.writeHead(200);
      res.write('{');
    });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 30);
    await expect(sendRequest(req(origin, '/a', { signal: ac.signal }))).rejects.toBeInstanceOf(AbortError);
  });

  it('refuses an already-aborted signal without sending', async () => {
    const { origin, hits } = await serve((_req, res) => res.end('{}'));
    await expect(sendRequest(req(origin, '/b', { signal: AbortSignal.abort() }))).rejects.toBeInstanceOf(AbortError);
    expect(hits).toEqual([]);
  });

  it('reports a reset mid-body as a ConnectionError that may have been processed', async () => {
    const { origin } = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.write('{"partial":', () => res.socket?.destroy());
    });
    const err = await sendRequest(req(origin, '/reset')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    expect((err as ConnectionError).notSent).toBe(false);
  });
});

/**
 * A dispatcher that speaks only the legacy handler API (onConnect, onHeaders, onData, onComplete, onError), as
 * dispatchers written for undici 6 do: the SDK's handler must work with it too.
 */
class LegacyOnlyDispatcher extends Dispatcher {
  aborted: Error | undefined;
  constructor(private readonly answer: 'ok' | 'hang') {
    super();
  }
  override dispatch(_opts: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
    setImmediate(() => {
      handler.onConnect?.((err?: Error) => {
        this.aborted = err ?? new Error('aborted');
        handler.onError?.(this.aborted);
      });
      if (this.answer === 'hang') return;
      const raw = ['Content-Type', 'application/json', 'Set-Cookie', 'a=1', 'set-cookie', 'b=2'].map((x) => Buffer.from(x));
      handler.onHeaders?.(200, raw, () => {}, 'OK');
      handler.onData?.(Buffer.from('{"a":'));
      handler.onData?.(Buffer.from('1}'));
      handler.onComplete?.([]);
    });
    return true;
  }
}

describe('dispatchers with the legacy handler API', () => {
  it('reads status, headers and a body in chunks', async () => {
    const res = await sendRequest(req('https://legacy.test', '/x', { dispatcher: new LegacyOnlyDispatcher('ok') }));
    expect(res).toEqual({
      status: 200,
      headers: { 'content-type': 'application/json', 'set-cookie': 'a=1, b=2' },
      text: '{"a":1}',
    });
  });

  it('times out and aborts through the abort function onConnect gave', async () => {
    const dispatcher = new LegacyOnlyDispatcher('hang');
    await expect(sendRequest(req('https://legacy.test', '/x', { dispatcher, timeout: 30 }))).rejects.toBeInstanceOf(TimeoutError);
    expect(dispatcher.aborted).toBeInstanceOf(Error);
  });
});

describe('base URL', () => {
  it('keeps a base path in front of every request path', async () => {
    const { origin, hits } = await serve((_req, res) => res.end('{"code":0,"request_id":"r","data":{"id":"5","name":"item 5"}}'));
    const item = await echoClient({ baseURL: `${origin}/api/v2/`, dispatcher: agent() }).request<EchoItem>({
      endpoint: ep.item,
      path: [5],
    });
    expect(item.name).toBe('item 5');
    expect(hits).toEqual(['/api/v2/items/5']);
  });

  it('rejects a base URL that is not an absolute http(s) URL when the client is built', () => {
    expect(() => echoClient({ baseURL: 'echo.test/api' })).toThrow(ConfigurationError);
    expect(() => echoClient({ baseURL: 'ftp://echo.test' })).toThrow(/absolute http\(s\) URL/);
  });
});
