import { inspect } from 'node:util';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEndpoint } from '../../src/core/endpoint.js';
import {
  ApiError,
  AuthenticationError,
  InvalidParamsError,
  NotFoundError,
  PermissionError,
  ResponseValidationError,
  ServerError,
  errorRules,
} from '../../src/core/errors/index.js';
import { ApiResource } from '../../src/core/resource.js';
import { parseSSE } from '../../src/core/sse.js';
import { createMswDispatcher } from '../../src/testing/dispatcher.js';
import {
  ORIGIN,
  SECRET_KEY,
  echoClient,
  echoEnvelope,
  echoHandlers,
  ep,
  keyAuth,
  ok,
  type EchoItem,
  type EchoListItem,
} from './fixtures/echo-api.js';
import { captureLogger, fast, inProcess, rejectionOf } from './fixtures/harness.js';

describe('decoding', () => {
  it('keeps int64 ids exact through the whole pipeline', async () => {
    const dispatcher = createMswDispatcher([
      http.get(
        `${ORIGIN}/items/:id`,
        () =>
          new HttpResponse('{"code":0,"request_id":"r","data":{"id":7010736057180325637,"name":"big"}}', {
            headers: { 'content-type': 'application/json' },
          }),
      ),
    ]);
    const item = await echoClient({ dispatcher }).request<EchoItem>({ endpoint: ep.item, path: ['7010736057180325637'] });
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
    const err = await rejectionOf(echoClient({ dispatcher, ...fast }).request({ endpoint: ep.item, path: [1] }));
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
    expect((await client.request<EchoItem>({ endpoint: ep.item, path: [3] })).id).toBe('3');
    const err = await rejectionOf(client.request({ endpoint: ep.create, params: { name: 'n' } }));
    expect(err).toBeInstanceOf(ApiError);
    expect(err.message).toMatch(/invalid or was cut short/);
    expect(faults.count('POST')).toBe(1);
  });

  it('fails on an empty error body with the status', async () => {
    const { faults, dispatcher } = inProcess();
    faults.add({ kind: 'status', status: 404 });
    const err = await rejectionOf(echoClient({ dispatcher }).request({ endpoint: ep.item, path: [1] }));
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.message).toContain('empty');
  });
});

describe('validation', () => {
  const wrongShape = () =>
    createMswDispatcher([http.get(`${ORIGIN}/items/:id`, () => ok({ id: 1, name: 5, extra: true }, 'r-bad'))]);

  it('strict: throws ResponseValidationError with the issues and the body', async () => {
    const err = await rejectionOf(echoClient({ dispatcher: wrongShape() }).request({ endpoint: ep.item, path: [1] }));
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect(err.issues[0].path).toEqual(['name']);
    expect(err.requestId).toBe('r-bad');
    expect(err.body.data.extra).toBe(true);
  });

  it('warn: returns the data as sent and logs a warning', async () => {
    const { logger, lines } = captureLogger();
    const item = await echoClient({ dispatcher: wrongShape(), validation: 'warn', logger, logLevel: 'warn' }).request<{
      name: unknown;
    }>({ endpoint: ep.item, path: [1] });
    expect(item.name).toBe(5);
    expect(lines.some((l) => l.includes('does not match'))).toBe(true);
  });

  it('keeps unknown fields (loose objects) and attaches meta out of sight', async () => {
    const dispatcher = createMswDispatcher([
      http.get(`${ORIGIN}/items/:id`, () => ok({ id: '1', name: 'a', extra: { x: 1 } }, 'r-9')),
    ]);
    const item = await echoClient({ dispatcher }).request<EchoItem>({ endpoint: ep.item, path: [1] });
    expect(item).toEqual({ id: '1', name: 'a', extra: { x: 1 } });
    expect(item.requestId).toBe('r-9');
    expect(JSON.stringify(item)).not.toContain('r-9');
  });

  it('rejects bad params locally, before anything is sent', async () => {
    const { faults, dispatcher } = inProcess();
    const err = await rejectionOf(echoClient({ dispatcher }).request({ endpoint: ep.create, params: { name: '' } }));
    expect(err).toBeInstanceOf(InvalidParamsError);
    expect(err.message).toContain('params.name');
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
    expect((await echoClient({ dispatcher, auth }).request<EchoItem>({ endpoint: ep.item, path: [1] })).id).toBe('1');
    token = 'revoked';
    auth.recover = async () => {
      recoveries++;
      return true;
    };
    await expect(echoClient({ dispatcher, auth }).request({ endpoint: ep.item, path: [1] })).rejects.toBeInstanceOf(
      AuthenticationError,
    );
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
    const err = await rejectionOf(client.request({ endpoint: ep.item, path: [1], params: { verbose: true } }));
    const everything = [...lines, err.message, inspect(err), inspect(client), String(err.stack)].join('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(everything).not.toContain(SECRET_KEY);
  });
});

describe('secrets at rest', () => {
  /** An auth strategy holding its secret in a plain, enumerable field: the client must not show it either way. */
  const holding = (secret: string) => ({
    secret,
    apply(req: { headers: Record<string, string> }) {
      req.headers['x-api-key'] = this.secret;
    },
    secrets: () => [secret],
  });
  class Items extends ApiResource {
    get(id: string) {
      return this._request(ep.item, [id], undefined, undefined);
    }
  }

  it('JSON.stringify and util.inspect of a client, a token-host client and a resource never contain the secret', async () => {
    const { dispatcher } = inProcess();
    const client = echoClient({ dispatcher, auth: holding(SECRET_KEY), defaultHeaders: { 'x-trace': 'on' } });
    const tokenHost = client.tokenHost({
      baseURL: 'https://auth.echo.test',
      envelope: echoEnvelope,
      errors: errorRules([]),
      auth: holding(SECRET_KEY),
    });
    const items = new Items(client, holding(SECRET_KEY));
    expect((await items.get('5')).id).toBe('5'); // the secret is really used
    const shown = [
      JSON.stringify(client),
      JSON.stringify({ client, tokenHost, items }),
      inspect(client),
      inspect(client, { showHidden: true, depth: Infinity, getters: true }),
      inspect({ nested: [client, tokenHost, items] }, { showHidden: true, depth: Infinity }),
      inspect(items, { showHidden: true, depth: Infinity }),
      String(client),
    ];
    for (const text of shown) expect(text).not.toContain(SECRET_KEY);
    expect(JSON.parse(JSON.stringify(client))).toEqual({ api: 'Echo', baseURL: ORIGIN, timeout: 60_000 });
    expect(inspect(client)).toContain("api: 'Echo'");
    expect(JSON.stringify(items)).toBe('{}');
  });

  it('refuses a baseURL with a user or password at construction, without echoing the password', () => {
    const err = (() => {
      try {
        echoClient({ baseURL: 'https://user:pa55word@echo.test' });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err?.name).toBe('ConfigurationError');
    expect(err?.message).toMatch(/must not contain a user or password \(got https:\/\/\*\*\*@echo\.test\)/);
    expect(err?.message).not.toContain('pa55word');
  });
});

describe('pagination through the pipeline', () => {
  it('iterates every item lazily across pages, sending tokens with + and / encoded', async () => {
    const { faults, dispatcher } = inProcess(echoHandlers(7));
    const client = echoClient({ dispatcher });
    const ids: string[] = [];
    for await (const item of client.list<EchoListItem>({ endpoint: ep.list, params: { page_size: 3 } })) ids.push(item.id);
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
    for await (const item of client.list<EchoListItem>({ endpoint: ep.list, params: { page_size: 10 } })) {
      if (item.id === '12') break;
    }
    expect(faults.count('GET', '/items')).toBe(2);
  });
});

describe('rate limits', () => {
  it('spaces requests so that no sliding window holds more than intervalCap', async () => {
    const { faults, dispatcher } = inProcess();
    const client = echoClient({ dispatcher, rateLimit: { intervalCap: 4, interval: 100 } });
    await Promise.all(Array.from({ length: 12 }, (_, i) => client.request({ endpoint: ep.item, path: [i] })));
    const times = faults.journal.map((r) => r.at).sort((a, b) => a - b);
    // Starts are spaced by the full window; arrival stamps carry event-loop jitter on a loaded machine, so allow
    // 20 ms of it. A fixed window would let the 5th request through right after the 4th (a gap near 0).
    for (let i = 4; i < times.length; i++) expect(times[i]! - times[i - 4]!).toBeGreaterThanOrEqual(80);
  });
});

describe('rate limits by credential', () => {
  it("gives each credential its own budget with scope 'credential' (a shop's calls never wait for another shop's)", async () => {
    const { faults, dispatcher } = inProcess();
    const client = echoClient({ dispatcher, rateLimit: { intervalCap: 1, interval: 300, scope: 'credential' } });
    const as = (rateLimitKey: string) => ({ ...keyAuth(), rateLimitKey });
    await Promise.all([
      client.request({ endpoint: ep.item, path: [1], auth: as('shop:A') }),
      client.request({ endpoint: ep.item, path: [2], auth: as('shop:B') }),
      client.request({ endpoint: ep.item, path: [3], auth: as('shop:A') }),
    ]);
    const at = (id: number) => faults.requests('GET', `/items/${id}`)[0]!.at;
    expect(Math.abs(at(2) - at(1))).toBeLessThan(250); // different shops: not spaced
    expect(at(3) - at(1)).toBeGreaterThanOrEqual(250); // same shop: spaced by the window
  });
});

describe('streams', () => {
  const chat = defineEndpoint({
    name: 'chat.stream',
    method: 'POST',
    path: '/chat',
    body: z.looseObject({}),
    response: z.unknown(),
    retrySafe: false,
  });

  it('streams an SSE body event by event through the pipeline', async () => {
    const encoder = new TextEncoder();
    const dispatcher = createMswDispatcher([
      http.post(
        `${ORIGIN}/chat`,
        () =>
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
    const res = await echoClient({ dispatcher }).stream({ endpoint: chat, params: { q: 1 } });
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
    const err = await rejectionOf(echoClient({ dispatcher }).stream({ endpoint: chat, params: {} }));
    expect(err).toBeInstanceOf(PermissionError);
    expect(err.requestId).toBe('r-s');
  });
});
