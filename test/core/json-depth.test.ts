/**
 * Bodies nested far deeper than any API sends (a hostile or broken server): they must decode without
 * overflowing the call stack, through the real client over a loopback socket, on the first attempt. And when the
 * runtime does run out of stack while decoding, the call fails once with a clear error instead of being retried
 * as a body "damaged in transit".
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/core/decode.js';
import { ApiError, ServerError } from '../../src/core/errors/index.js';
import { isRetryable } from '../../src/core/retry.js';
import { echoClient, ep, keyAuth } from './fixtures/echo-api.js';

const DEPTH = 100_000;
const ID = '7010736057180325637';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((f) => f()));
});

/** A loopback server that answers every request with `body` (HTTP 200, JSON), and a client of it. */
async function serve(body: string) {
  let hits = 0;
  const server = http.createServer((_req, res) => {
    hits++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const agent = new Agent();
  cleanups.push(async () => {
    await agent.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Retries on (the default 2): a body misread as damaged in transit would show as 3 requests.
  return { client: echoClient({ baseURL: origin, dispatcher: agent, maxRetries: 2 }), hits: () => hits };
}

/** The echo API's envelope around an item whose `tree` field holds `tree`. */
const envelope = (tree: string) =>
  `{"code":0,"message":"Success","request_id":"req-deep","data":{"id":"5","name":"deep","tree":${tree}}}`;

/** Follows `step` DEPTH times without recursion and returns what is at the bottom. */
function bottom(value: unknown, step: (v: unknown) => unknown): unknown {
  let v = value;
  for (let i = 0; i < DEPTH; i++) v = step(v);
  return v;
}

describe('bodies nested 100,000 levels deep', () => {
  // Failed before: the int64 check walked the decoded body by recursion, overflowed the stack, and the
  // RangeError was reported as "the JSON body is invalid or was cut short" (ServerError) and retried twice.
  it('decode on the first attempt (100,000 arrays, then 100,000 objects)', async () => {
    for (const [tree, step] of [
      [`${'['.repeat(DEPTH)}12.5${']'.repeat(DEPTH)}`, (v: unknown) => (v as unknown[])[0]],
      [`${'{"a":'.repeat(DEPTH)}12.5${'}'.repeat(DEPTH)}`, (v: unknown) => (v as { a: unknown }).a],
    ] as const) {
      const { client, hits } = await serve(envelope(tree));
      const item = await client.request<{ name: string; tree: unknown }>({ endpoint: ep.item, path: [5] });
      expect(item.name).toBe('deep');
      expect(bottom(item.tree, step)).toBe(12.5);
      expect(hits()).toBe(1);
    }
  });

  it('with an int64 at the bottom (arrays, then objects): decoded exactly, on the first attempt', async () => {
    for (const [tree, step] of [
      [`${'['.repeat(DEPTH)}${ID}${']'.repeat(DEPTH)}`, (v: unknown) => (v as unknown[])[0]],
      [`${'{"a":'.repeat(DEPTH)}-${ID}${'}'.repeat(DEPTH)}`, (v: unknown) => (v as { a: unknown }).a],
    ] as const) {
      const { client, hits } = await serve(envelope(tree));
      const item = await client.request<{ name: string; tree: unknown }>({ endpoint: ep.item, path: [5] });
      expect(bottom(item.tree, step)).toBe(tree.includes('-') ? `-${ID}` : ID);
      expect(hits()).toBe(1);
    }
  });
});

/**
 * Calls `f` with little call stack left, more each try, until `f` overflows the stack somewhere inside it and
 * still has room to report it (or no longer overflows at all: then `result` is set). The RangeError `f` meets is a real one: nothing is
 * replaced or mocked, the stack is just nearly full when `f` starts.
 */
function withShrinkingStack<T>(f: () => T): { result?: T; error?: unknown } {
  let limit = 0;
  const probe = (): void => {
    limit++;
    probe();
  };
  try {
    probe();
  } catch {
    // `limit` frames of `probe` fill the stack.
  }
  // Compiled and warm first: with the stack nearly full, compiling `f`'s code lazily would fail instead.
  f();
  const at = (depth: number): T => (depth === 0 ? f() : at(depth - 1));
  const step = Math.max(1, Math.floor(limit / 200));
  for (let headroom = step; headroom < limit; headroom += step) {
    try {
      return { result: at(limit - headroom) };
    } catch (error) {
      // The overflow escaped `f` itself (as a RangeError, or as V8's SyntaxError when it had no room to compile
      // a regular expression): too little room even to report it. Try with more.
      if (error instanceof ApiError || !/call stack/.test(String(error))) return { error };
    }
  }
  return {};
}

describe('a body that overflows the call stack while it is decoded', () => {
  it('is a clear error that the retry policy does not retry, whatever the status', () => {
    // Deep enough that the int64 walk recurses to its 1,000-level limit: with the stack nearly full, it overflows.
    const text = `{"code":0,"data":${'['.repeat(5_000)}${ID}${']'.repeat(5_000)}}`;
    for (const status of [200, 503]) {
      const res = { status, headers: { 'content-type': 'application/json', 'x-tt-logid': 'log-deep' }, text };
      const { error } = withShrinkingStack(() => decodeBody(res, 'Echo', ep.item, keyAuth()));
      expect(error).toBeInstanceOf(ApiError);
      const e = error as ApiError;
      expect(e.retryable).toBe(false);
      expect(isRetryable(e, true)).toBe(false);
      expect(e.message).toMatch(/nested too deeply/);
      expect(e.message).not.toMatch(/cut short/);
      expect(e.requestId).toBe('log-deep');
      expect(e.status).toBe(status);
      expect(e.cause).toBeInstanceOf(RangeError);
      if (status === 503) expect(e).toBeInstanceOf(ServerError);
    }
  });
});
