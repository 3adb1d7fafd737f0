/**
 * One budget per call: the deadline bounds every attempt (the first too) and any wait for credentials; the
 * caller's signal ends a wait for credentials at once; a call whose credentials could not be had was never sent,
 * so it may be retried even when it is a write. And a request undici refuses to build is the caller's
 * configuration, not the network: nothing sent, nothing retried.
 */
import { describe, expect, it } from 'vitest';
import type { AuthStrategy } from '../../src/core/auth.js';
import { AbortError, ConfigurationError, TimeoutError } from '../../src/core/errors/index.js';
import { echoClient, ep, keyAuth } from './fixtures/echo-api.js';
import { fast, inProcess } from './fixtures/harness.js';
import { useRawServers } from './fixtures/raw-server.js';

const serve = useRawServers();

/** Credentials that never come: a token refresh hanging on its host. */
const hungAuth: AuthStrategy = { apply: () => new Promise<void>(() => {}) };

describe('deadline', () => {
  it('bounds the first attempt: its timeout is cut to the time left', async () => {
    const { faults, dispatcher } = inProcess();
    faults.add({ path: '/items/1', kind: 'delay', ms: 3_000 });
    const started = Date.now();
    const err = await echoClient({ dispatcher, timeout: 60_000, deadline: 150 })
      .request({ endpoint: ep.item, path: [1] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect((err as TimeoutError).timeoutMs).toBe(150);
    expect((err as Error).message).toMatch(/no response within 150 ms \(overall deadline, all attempts\)/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a per-call deadline overrides the client one', async () => {
    const { faults, dispatcher } = inProcess();
    faults.add({ path: '/items/1', kind: 'delay', ms: 3_000 });
    const err = await echoClient({ dispatcher, deadline: 60_000 })
      .request({ endpoint: ep.item, path: [1], options: { deadline: 100 } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect((err as TimeoutError).timeoutMs).toBe(100);
  });

  it('bounds the wait for credentials: TimeoutError at the deadline, nothing sent', async () => {
    const { faults, dispatcher } = inProcess();
    const err = await echoClient({ dispatcher, auth: hungAuth, deadline: 100 })
      .request({ endpoint: ep.item, path: [1] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect((err as Error).message).toMatch(/overall deadline/);
    expect(faults.count()).toBe(0);
  });
});

describe('waiting for credentials', () => {
  it('ends at once when the caller aborts, with AbortError, nothing sent', async () => {
    const { faults, dispatcher } = inProcess();
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const started = Date.now();
    const err = await echoClient({ dispatcher, auth: hungAuth, timeout: 10_000 })
      .request({ endpoint: ep.item, path: [1], options: { signal: ac.signal } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(faults.count()).toBe(0);
  });

  it('retries a write whose credentials failed transiently: it was never sent', async () => {
    const { faults, dispatcher } = inProcess();
    let applies = 0;
    const flaky: AuthStrategy = {
      apply(req) {
        applies++;
        // The token host timed out on the first try (a refresh made for this call, which does not retry itself).
        if (applies === 1) return Promise.reject(new TimeoutError({ api: 'Echo', endpoint: 'POST /token', timeoutMs: 10 }));
        req.headers['x-api-key'] = 'echo_secret_key_0123456789';
        return Promise.resolve();
      },
    };
    const created = await echoClient({ dispatcher, auth: flaky, ...fast }).request<{ id: string }>({
      endpoint: ep.create,
      params: { name: 'a' },
    });
    expect(created.id).toBe('42');
    expect(applies).toBe(2);
    expect(faults.count('POST', '/items')).toBe(1); // the write itself went out once
  });

  it('does not retry a write sent and timed out (unchanged)', async () => {
    const { faults, dispatcher } = inProcess();
    faults.add({ method: 'POST', kind: 'delay', ms: 5_000 });
    await expect(
      echoClient({ dispatcher, timeout: 30, ...fast }).request({ endpoint: ep.create, params: { name: 'a' } }),
    ).rejects.toBeInstanceOf(TimeoutError);
    expect(faults.count()).toBe(1);
  });
});

describe('headers undici refuses', () => {
  it('a line break in a credential is a ConfigurationError: nothing sent, not retried, the value not quoted', async () => {
    const server = await serve((_req, res) => res.end('{}'));
    const key = 'echo_key_with_newline\r\nx-injected: 1';
    const err = await echoClient({ baseURL: server.origin, auth: keyAuth(key), ...fast })
      .request({ endpoint: ep.item, path: [1] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toMatch(/^Echo GET \/items\/\{id\}: the request could not be built .*nothing was sent/);
    expect((err as Error).message).not.toContain('echo_key_with_newline');
    expect(server.hits).toEqual([]);
  });

  it('the same for a stream', async () => {
    const server = await serve((_req, res) => res.end('{}'));
    const err = await echoClient({ baseURL: server.origin, auth: keyAuth('k\nx'), ...fast })
      .stream({ endpoint: ep.item, path: [1] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(server.hits).toEqual([]);
  });

  it('defaultHeaders with a line break fail when the client is built', () => {
    expect(() => echoClient({ defaultHeaders: { 'x-tenant': 'a\r\nb' } })).toThrow(ConfigurationError);
    expect(() => echoClient({ defaultHeaders: { 'bad name': 'a' } })).toThrow(/invalid header name/);
    expect(() => echoClient({ defaultHeaders: { 'x-tenant': 'acme' } })).not.toThrow();
  });
});
