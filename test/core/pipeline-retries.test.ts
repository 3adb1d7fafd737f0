import { describe, expect, it } from 'vitest';
import {
  AbortError,
  AuthenticationError,
  ConnectionError,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  TimeoutError,
} from '../../src/core/errors/index.js';
import { serveHandlers } from '../../src/testing/server.js';
import { ORIGIN, echoClient, echoHandlers, ep, type EchoItem } from './fixtures/echo-api.js';
import { captureLogger, fast, inProcess, rejectionOf, useServers } from './fixtures/harness.js';

const servers = useServers();

describe('retries', () => {
  for (const status of [408, 429, 500, 502, 503, 504]) {
    it(`retries a GET answered ${status} twice, then succeeds`, async () => {
      const { faults, dispatcher } = inProcess();
      faults.add({ method: 'GET', path: '/items/1', kind: 'status', status, times: 2, body: { code: status, message: 'busy' } });
      const item = await echoClient({ dispatcher, ...fast }).request<EchoItem>({ endpoint: ep.item, path: [1] });
      expect(item.id).toBe('1');
      expect(faults.count('GET', '/items/1')).toBe(3);
    });
  }

  it('gives up after maxRetries and throws ServerError with the request id', async () => {
    const { faults, dispatcher } = inProcess();
    faults.add({
      path: '/items/1',
      kind: 'status',
      status: 503,
      times: Infinity,
      body: { code: 1, message: 'down', request_id: 'r-503' },
    });
    const err = await rejectionOf(echoClient({ dispatcher, ...fast }).request({ endpoint: ep.item, path: [1] }));
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
    await expect(echoClient({ dispatcher, ...fast }).request({ endpoint: ep.item, path: [1] })).rejects.toBeInstanceOf(Cls);
    expect(faults.count()).toBe(1);
  });

  it('honors Retry-After in seconds and as an HTTP date, capped by maxRetryDelay', async () => {
    const { faults, dispatcher } = inProcess();
    const { logger, records } = captureLogger();
    faults
      .add({
        path: '/items/1',
        kind: 'status',
        status: 429,
        headers: { 'retry-after': '120' },
        body: { code: 429, message: 'slow' },
      })
      .add({
        path: '/items/1',
        kind: 'status',
        status: 503,
        headers: { 'retry-after': new Date(Date.now() + 90_000).toUTCString() },
        body: { code: 1 },
      });
    const client = echoClient({ dispatcher, logger, logLevel: 'info', maxRetryDelay: 20 });
    await client.request({ endpoint: ep.item, path: [1] });
    const waits = records.filter((r) => r.msg.startsWith('retrying')).map((r) => r.fields.waitMs);
    expect(waits).toEqual([20, 20]);
  });

  it('throws RateLimitError with retryAfter when 429s outlast the retries', async () => {
    const { faults, dispatcher } = inProcess();
    faults.add({
      path: '/items/1',
      kind: 'status',
      status: 429,
      times: Infinity,
      headers: { 'retry-after': '0' },
      body: { code: 429, message: 'slow down' },
    });
    const err = await rejectionOf(echoClient({ dispatcher, maxRetries: 1 }).request({ endpoint: ep.item, path: [1] }));
    expect(err).toBeInstanceOf(RateLimitError);
    expect(faults.count()).toBe(2);
  });

  it('never replays a POST whose response was cut mid-body (the server may have acted)', async () => {
    const server = await serveHandlers(echoHandlers(), { origin: ORIGIN });
    servers.push(server);
    server.faults.add({ method: 'POST', path: '/items', kind: 'reset', when: 'mid-body', bytes: 5 });
    const err = await rejectionOf(
      echoClient({ baseURL: server.url, ...fast }).request({ endpoint: ep.create, params: { name: 'x' } }),
    );
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err.notSent).toBe(false);
    expect(server.faults.count('POST', '/items')).toBe(1);
  });

  it('replays a GET whose response was cut mid-body, over a real socket', async () => {
    const server = await serveHandlers(echoHandlers(), { origin: ORIGIN });
    servers.push(server);
    server.faults.add({ path: '/items/9', kind: 'reset', when: 'mid-body', bytes: 5 });
    const item = await echoClient({ baseURL: server.url, ...fast }).request<EchoItem>({ endpoint: ep.item, path: [9] });
    expect(item.name).toBe('item 9');
    expect(server.faults.count('GET', '/items/9')).toBe(2);
  });

  it('retries a POST when the connection was refused (it never reached a server)', async () => {
    const server = await serveHandlers(echoHandlers());
    const url = server.url;
    await server.close();
    const { logger, lines } = captureLogger();
    const err = await rejectionOf(
      echoClient({ baseURL: url, logger, logLevel: 'info', ...fast }).request({ endpoint: ep.create, params: { name: 'x' } }),
    );
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err.notSent).toBe(true);
    expect(lines.filter((l) => l.includes('retrying'))).toHaveLength(2);
  });
});

describe('timeouts and aborts', () => {
  it('times out an attempt whose headers are late, retries GETs, then throws TimeoutError', async () => {
    const { faults, dispatcher } = inProcess();
    faults.add({ path: '/items/1', kind: 'delay', ms: 5_000, times: Infinity });
    const err = await rejectionOf(
      echoClient({ dispatcher, timeout: 30, maxRetries: 1, ...fast }).request({ endpoint: ep.item, path: [1] }),
    );
    expect(err).toBeInstanceOf(TimeoutError);
    expect(faults.count()).toBe(2);
  });

  it('does not retry a timed-out POST', async () => {
    const { faults, dispatcher } = inProcess();
    faults.add({ method: 'POST', kind: 'delay', ms: 5_000 });
    await expect(
      echoClient({ dispatcher, timeout: 30 }).request({ endpoint: ep.create, params: { name: 'a' } }),
    ).rejects.toBeInstanceOf(TimeoutError);
    expect(faults.count()).toBe(1);
  });

  it('stops at once on abort, with AbortError and no retry', async () => {
    const { faults, dispatcher } = inProcess();
    faults.add({ path: '/items/1', kind: 'delay', ms: 5_000 });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 20);
    await expect(
      echoClient({ dispatcher }).request({ endpoint: ep.item, path: [1], options: { signal: ac.signal } }),
    ).rejects.toBeInstanceOf(AbortError);
    expect(faults.count()).toBe(1);
  });

  it('bounds the whole call with the deadline option', async () => {
    const { faults, dispatcher } = inProcess();
    faults.add({
      path: '/items/1',
      kind: 'status',
      status: 503,
      times: Infinity,
      headers: { 'retry-after': '10' },
      body: { code: 1 },
    });
    const err = await rejectionOf(
      echoClient({ dispatcher, deadline: 200, maxRetries: 5 }).request({ endpoint: ep.item, path: [1] }),
    );
    expect(err).toBeInstanceOf(ServerError);
    expect(faults.count()).toBe(1);
  });
});
