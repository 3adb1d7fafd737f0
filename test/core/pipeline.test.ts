import { inspect } from 'node:util';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pageTokenCursor } from '../../src/core/cursors.js';
import { defineEndpoint } from '../../src/core/endpoint.js';
import { parseSSE } from '../../src/core/sse.js';
import {
  AbortError,
  ApiError,
  AuthenticationError,
  ConnectionError,
  InvalidParamsError,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
  TimeoutError,
} from '../../src/core/errors/index.js';
import type { Logger } from '../../src/core/logger.js';
import { FaultPlan } from '../../src/testing/faults.js';
import { createMswDispatcher } from '../../src/testing/dispatcher.js';
import { serveHandlers, type EmulatorServer } from '../../src/testing/server.js';
import { ORIGIN, SECRET_KEY, echoClient, echoHandlers, ep, ok } from './fixtures/echo-api.js';

const fast = { maxRetryDelay: 5 } as const;

function inProcess(handlers = echoHandlers()) {
  const faults = new FaultPlan();
  const dispatcher = createMswDispatcher(handlers, { faults });
  return { faults, dispatcher };
}

function captureLogger() {
  const lines: string[] = [];
  const records: { msg: string; fields: Record<string, unknown> }[] = [];
  const put = (obj: unknown, msg?: string) => {
    lines.push(`${msg ?? ''} ${JSON.stringify(obj)}`);
    records.push({ msg: msg ?? '', fields: obj as Record<string, unknown> });
  };
  const logger: Logger = { debug: put, info: put, warn: put, error: put };
  return { logger, lines, records };
}

const servers: EmulatorServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('retries', () => {
  for (const status of [408, 429, 500, 502, 503, 504]) {
    it(`retries a GET answered ${status} twice, then succeeds`, async () => {
      const { faults, dispatcher } = inProcess();
      faults.add({ method: 'GET', path: '/items/1', kind: 'status', status, times: 2, body: { code: status, message: 'busy' } });
      const item = await echoClient({ dispatcher, ...fast }).request(ep.item, { path: { id: 1 } });
      expect(item.id).toBe('1');
      expect(faults.count('GET', '/items/1')).toBe(3);
    });
  }

  it('gives up after maxRetries and throws ServerError with the request id', async () => {
    const { faults, dispatcher } = inProcess();
    faults.add({ path: '/items/1', kind: 'status', status: 503, times: Infinity, body: { code: 1, message: 'down', request_id: 'r-503' } });
    const err = await echoClient({ dispatcher, ...fast }).request(ep.item, { path: { id: 1 } }).catch((e) => e);
    expect(err).toBeInstanceOf(ServerError);
    expect(err.requestId).toBe('r-503');
    expect(err.message).toContain('Echo GET /items/{id}');
    expect(faults.count('GET', '/items/1')).toBe(3);
  });

  it.each([
    { status: 400, Cls: InvalidRequestError, name: 'InvalidRequestError' },
    { status: 401, Cls: AuthenticationError, name: 'AuthenticationError' },
    { status: 403, Cls: PermissionError, name: 'PermissionError' },
    { status: 404, Cls: NotFoundError, name: 'NotFoundError' },
  ])('does not retry $status and throws $name', async ({ status, Cls }) => {
    const { faults, dispatcher } = inProcess();
    faults.add({ path: '/items/1', kind: 'status', status, body: { code: status, message: 'no' } });
    await expect(echoClient({ dispatcher, ...fast }).request(ep.item, { path: { id: 1 } })).rejects.toBeInstanceOf(Cls);
    expect(faults.count()).toBe(1);
  });

  it('honors Retry-After in seconds and as an HTTP date, capped by maxRetryDelay', async () => {
    const { faults, dispatcher } = inProcess();
    const { logger, records } = captureLogger();
    faults
      .add({ path: '/items/1', kind: 'status', status: 429, headers: { 'retry-after': '120' }, body: { code: 429, message: 'slow' } })
      .add({ path: '/items/1', kind: 'status', status: 503, headers: { 'retry-after': new Date(Date.now() + 90_000).toUTCString() }, body: { code: 1 } });
    const client = echoClient({ dispatcher, logger, logLevel: 'info', maxRetryDelay: 20 });
    await client.request(ep.item, { path: { id: 1 } });
    const waits = records.filter((r) => r.msg.startsWith('retrying')).map((r) => r.fields.waitMs);
    expect(waits).toEqual([20, 20]);
  });

  it('throws RateLimitError with retryAfter when 429s outlast the retries', async () => {
    const { faults, dispatcher } = inProcess();
    faults.add({ path: '/items/1', kind: 'status', status: 429, times: Infinity, headers: { 'retry-after': '0' }, body: { code: 429, message: 'slow down' } });
    const err = await echoClient({ dispatcher, maxRetries: 1 }).request(ep.item, { path: { id: 1 } }).catch((e) => e);
    expect(err).toBeInstanceOf(RateLimitError);
    expect(faults.count()).toBe(2);
  });

  it('never replays a POST whose response was cut mid-body (the server may have acted)', async () => {
    const server = await serveHandlers(echoHandlers(), { origin: ORIGIN });
    servers.push(server);
    server.faults.add({ method: 'POST', path: '/items', kind: 'reset', when: 'mid-body', bytes: 5 });
    const err = await echoClient({ baseURL: server.url, ...fast }).request(ep.create, { body: { name: 'x' } }).catch((e) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err.notSent).toBe(false);
    expect(server.faults.count('POST', '/items')).toBe(1);
  });

  it('replays a GET whose response was cut mid-body, over a real socket', async () => {
    const server = await serveHandlers(echoHandlers(), { origin: ORIGIN });
    servers.push(server);
    server.faults.add({ path: '/items/9', kind: 'reset', when: 'mid-body', bytes: 5 });
    const item = await echoClient({ baseURL: server.url, ...fast }).request(ep.item, { path: { id: 9 } });
    expect(item.name).toBe('item 9');
    expect(server.faults.count('GET', '/items/9')).toBe(2);
  });

  it('retries a POST when the connection was refused (it never reached a server)', async () => {
    const server = await serveHandlers(echoHandlers());
    const url = server.url;
    await server.close();
    const { logger, lines } = captureLogger();
    const err = await echoClient({ baseURL: url, logger, logLevel: 'info', ...fast })
      .request(ep.create, { body: { name: 'x' } })
      .catch((e) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err.notSent).toBe(true);
    expect(lines.filter((l) => l.includes('retrying'))).toHaveLength(2);
  });
});

describe('timeouts and aborts', () => {
  it('times out an attempt whose headers are late, retries GETs, then throws TimeoutError', async () => {
    const { faults, dispatcher } = inProcess();
    faults.add({ path: '/items/1', kind: 'delay', ms: 5_000, times: Infinity });
    const err = await echoClient({ dispatcher, timeout: 30, maxRetries: 1, ...fast }).request(ep.item, { path: { id: 1 } }).catch((e) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect(faults.count()).toBe(2);
  });

  it('does not retry a timed-out POST', async () => {
    const { faults, dispatcher } = inProcess();
    faults.add({ method: 'POST', kind: 'delay', ms: 5_000 });
    await expect(echoClient({ dispatcher, timeout: 30 }).request(ep.create, { body: { name: 'a' } })).rejects.toBeInstanceOf(TimeoutError);
    expect(faults.count()).toBe(1);
  });

  it('stops at once on abort, with AbortError and no retry', async () => {
    const { faults, dispatcher } = inProcess();
    faults.add({ path: '/items/1', kind: 'delay', ms: 5_000 });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 20);
    await expect(echoClient({ dispatcher }).request(ep.item, { path: { id: 1 }, signal: ac.signal })).rejects.toBeInstanceOf(AbortError);
    expect(faults.count()).toBe(1);
  });

  it('bounds the whole call with the deadline option', async () => {
    const { faults, dispatcher } = inProcess();
    faults.add({ path: '/items/1', kind: 'status', status: 503, times: Infinity, headers: { 'retry-after': '10' }, body: { code: 1 } });
    const err = await echoClient({ dispatcher, deadline: 200, maxRetries: 5 }).request(ep.item, { path: { id: 1 } }).catch((e) => e);
    expect(err).toBeInstanceOf(ServerError);
    expect(faults.count()).toBe(1);
  });
});

describe('decoding', () => {
  it('keeps int64 ids exact through the whole pipeline', async () => {
    const dispatcher = createMswDispatcher([
      http.get(`${ORIGIN}/items/:id`, () =>
        new HttpResponse('{"code":0,"request_id":"r","data":{"id":7010736057180325637,"name":"big"}}', {
          headers: { 'content-type': 'application/json' },
        }),
      ),
    ]);
    const item = await echoClient({ dispatcher }).request(ep.item, { path: { id: '7010736057180325637' } });
    expect(item.id).toBe('7010736057180325637');
  });

  it('turns an HTML 502 page into ServerError with status and a short redacted excerpt', async () => {
    const { faults, dispatcher } = inProcess();
    faults.add({
      kind: 'status',
      status: 502,
      times: Infinity,
      headers: { 'content-type': 'text/html' },
      body: `<html><body><h1>502 Bad Gateway</h1><p>access_token=${SECRET_KEY}</p>${'x'.repeat(400)}</body></html>`,
    });
    const err = await echoClient({ dispatcher, ...fast }).request(ep.item, { path: { id: 1 } }).catch((e) => e);
    expect(err).toBeInstanceOf(ServerError);
    expect(err.status).toBe(502);
    expect(err.message).toContain('not JSON (text/html)');
    expect(err.message).toContain('502 Bad Gateway');
    expect(err.message).not.toContain(SECRET_KEY);
    expect(err.bodyExcerpt.length).toBeLessThan(220);
  });

  it('retries truncated JSON on a GET and surfaces it on a POST', async () => {
    const { faults, dispatcher } = inProcess();
    faults.add({ method: 'GET', kind: 'truncate', bytes: 10 }).add({ method: 'POST', kind: 'truncate', bytes: 10 });
    const client = echoClient({ dispatcher, ...fast });
    expect((await client.request(ep.item, { path: { id: 3 } })).id).toBe('3');
    const err = await client.request(ep.create, { body: { name: 'n' } }).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.message).toMatch(/invalid or was cut short/);
    expect(faults.count('POST')).toBe(1);
  });

  it('fails on an empty error body with the status', async () => {
    const { faults, dispatcher } = inProcess();
    faults.add({ kind: 'status', status: 404 });
    const err = await echoClient({ dispatcher }).request(ep.item, { path: { id: 1 } }).catch((e) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.message).toContain('empty');
  });
});

describe('validation', () => {
  const wrongShape = () =>
    createMswDispatcher([http.get(`${ORIGIN}/items/:id`, () => ok({ id: 1, name: 5, extra: true }, 'r-bad'))]);

  it("strict: throws ResponseValidationError with the issues and the body", async () => {
    const err = await echoClient({ dispatcher: wrongShape() }).request(ep.item, { path: { id: 1 } }).catch((e) => e);
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect(err.issues[0].path).toEqual(['name']);
    expect(err.requestId).toBe('r-bad');
    expect(err.body.data.extra).toBe(true);
  });

  it("warn: returns the data as sent and logs a warning", async () => {
    const { logger, lines } = captureLogger();
    const item = await echoClient({ dispatcher: wrongShape(), validation: 'warn', logger, logLevel: 'warn' }).request(ep.item, { path: { id: 1 } });
    expect(item.name).toBe(5);
    expect(lines.some((l) => l.includes('does not match'))).toBe(true);
  });

  it('keeps unknown fields (loose objects) and attaches meta out of sight', async () => {
    const dispatcher = createMswDispatcher([http.get(`${ORIGIN}/items/:id`, () => ok({ id: '1', name: 'a', extra: { x: 1 } }, 'r-9'))]);
    const item = await echoClient({ dispatcher }).request(ep.item, { path: { id: 1 } });
    expect(item).toEqual({ id: '1', name: 'a', extra: { x: 1 } });
    expect(item.requestId).toBe('r-9');
    expect(JSON.stringify(item)).not.toContain('r-9');
  });

  it('rejects bad params locally, before anything is sent', async () => {
    const { faults, dispatcher } = inProcess();
    const err = await echoClient({ dispatcher }).request(ep.create, { body: { name: '' } }).catch((e) => e);
    expect(err).toBeInstanceOf(InvalidParamsError);
    expect(err.message).toContain('body.name');
    expect(faults.count()).toBe(0);
  });
});

describe('auth recovery', () => {
  it('replays once after the strategy recovers, and surfaces the error if it happens again', async () => {
    let token = 'stale';
    let recoveries = 0;
    const dispatcher = createMswDispatcher([
      http.get(`${ORIGIN}/items/:id`, ({ request }) =>
        request.headers.get('x-api-key') === 'fresh'
          ? ok({ id: '1', name: 'a' })
          : HttpResponse.json({ code: 401, message: 'expired' }, { status: 401 }),
      ),
    ]);
    const auth = {
      apply(req: { headers: Record<string, string> }) {
        req.headers['x-api-key'] = token;
      },
      async recover(err: ApiError) {
        recoveries++;
        if (err instanceof AuthenticationError) token = 'fresh';
        return true;
      },
    };
    expect((await echoClient({ dispatcher, auth }).request(ep.item, { path: { id: 1 } })).id).toBe('1');
    token = 'revoked';
    auth.recover = async () => {
      recoveries++;
      return true;
    };
    await expect(echoClient({ dispatcher, auth }).request(ep.item, { path: { id: 1 } })).rejects.toBeInstanceOf(AuthenticationError);
    expect(recoveries).toBe(2);
  });
});

describe('secrets', () => {
  it('never logs or throws the API key, even at debug level', async () => {
    const { faults, dispatcher } = inProcess();
    const { logger, lines } = captureLogger();
    faults.add({ kind: 'status', status: 500, body: { code: 1, message: `bad key ${SECRET_KEY}` } });
    faults.add({ kind: 'status', status: 400, after: 1, body: { code: 1, message: `x-api-key: ${SECRET_KEY}` } });
    const client = echoClient({ dispatcher, logger, logLevel: 'debug', ...fast });
    const err = await client.request(ep.item, { path: { id: 1 }, query: { verbose: true } }).catch((e) => e);
    const everything = [...lines, err.message, inspect(err), inspect(client), String(err.stack)].join('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(everything).not.toContain(SECRET_KEY);
  });
});

describe('pagination through the pipeline', () => {
  const cursor = pageTokenCursor({ tokenParam: 'query.page_token', items: 'data.items', nextToken: 'data.next_page_token' });

  it('iterates every item lazily across pages, sending tokens with + and / encoded', async () => {
    const { faults, dispatcher } = inProcess(echoHandlers(7));
    const client = echoClient({ dispatcher });
    const ids: string[] = [];
    for await (const item of client.paginate<typeof ep.list, { id: string }>(ep.list, { query: { page_size: 3 } }, cursor)) ids.push(item.id);
    expect(ids).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    expect(faults.requests('GET', '/items').map((r) => r.search)).toEqual([
      '?page_size=3',
      '?page_size=3&page_token=p%2B%2F3%3D',
      '?page_size=3&page_token=p%2B%2F6%3D',
    ]);
  });

  it('stops fetching when the loop breaks', async () => {
    const { faults, dispatcher } = inProcess(echoHandlers(100));
    const client = echoClient({ dispatcher });
    for await (const item of client.paginate<typeof ep.list, { id: string }>(ep.list, { query: { page_size: 10 } }, cursor)) {
      if (item.id === '12') break;
    }
    expect(faults.count('GET', '/items')).toBe(2);
  });
});

describe('rate limits', () => {
  it('spaces requests so that no sliding window holds more than intervalCap', async () => {
    const { faults, dispatcher } = inProcess();
    const client = echoClient({ dispatcher, rateLimit: { intervalCap: 4, interval: 100 } });
    await Promise.all(Array.from({ length: 12 }, (_, i) => client.request(ep.item, { path: { id: i } })));
    const times = faults.journal.map((r) => r.at).sort((a, b) => a - b);
    for (let i = 4; i < times.length; i++) expect(times[i]! - times[i - 4]!).toBeGreaterThanOrEqual(99);
  });
});

describe('streams', () => {
  const chat = defineEndpoint({ method: 'POST', path: '/chat', body: z.looseObject({}), response: z.unknown(), retrySafe: false });

  it('streams an SSE body event by event through the pipeline', async () => {
    const encoder = new TextEncoder();
    const dispatcher = createMswDispatcher([
      http.post(`${ORIGIN}/chat`, () =>
        new HttpResponse(
          new ReadableStream({
            start(c) {
              c.enqueue(encoder.encode('data: hel'));
              c.enqueue(encoder.encode('lo\n\nevent: done\ndata: {}\n\n'));
              c.close();
            },
          }),
          { headers: { 'content-type': 'text/event-stream' } },
        ),
      ),
    ]);
    const res = await echoClient({ dispatcher }).stream(chat, { body: { q: 1 } });
    const events = [];
    for await (const e of parseSSE(res.body)) events.push(e);
    expect(events.map((e) => [e.event, e.data])).toEqual([
      ['message', 'hello'],
      ['done', '{}'],
    ]);
  });

  it('turns an error status into the API error, not a stream', async () => {
    const dispatcher = createMswDispatcher([
      http.post(`${ORIGIN}/chat`, () => HttpResponse.json({ code: 403, message: 'scope', request_id: 'r-s' }, { status: 403 })),
    ]);
    const err = await echoClient({ dispatcher }).stream(chat, { body: {} }).catch((e) => e);
    expect(err).toBeInstanceOf(PermissionError);
    expect(err.requestId).toBe('r-s');
  });
});
