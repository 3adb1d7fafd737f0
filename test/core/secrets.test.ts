/**
 * A server that echoes credentials back: in its message, in its headers (a redirect carrying a token, a header
 * repeating the key), in a body the JSON parser quotes, in a success body that fails the schema. None of it may
 * reach an error's message, its fields, util.inspect or JSON.stringify, whether the secret is one the client
 * holds or one the request was sending (a refresh token in the query).
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEndpoint } from '../../src/core/endpoint.js';
import { ApiError, ResponseValidationError } from '../../src/core/errors/index.js';
import { SECRET_KEY, echoClient, ep } from './fixtures/echo-api.js';
import { useRawServers } from './fixtures/raw-server.js';

const serve = useRawServers();
const REFRESH_TOKEN = 'rt_live_0f3c9a7d5e1b2468';
const refresh = defineEndpoint({
  name: 'token.refresh',
  method: 'GET',
  path: '/token/refresh',
  query: z.looseObject({ refresh_token: z.string(), grant_type: z.literal('refresh_token') }),
  response: z.unknown(),
});

/** Everything a user could print of an error. */
function texts(err: unknown): string {
  return [String(err), (err as Error).message, inspect(err, { depth: 10, breakLength: Infinity }), JSON.stringify(err)].join(
    '\n',
  );
}

describe('echoed secrets', () => {
  it('scrubs a refresh token the request sent, echoed in the message and in a header', async () => {
    const server = await serve((req, res) => {
      const token = new URL(req.url ?? '', 'http://x').searchParams.get('refresh_token');
      res.writeHead(400, { 'content-type': 'application/json', 'x-debug-token': `${token}` });
      res.end(JSON.stringify({ code: 105001, message: `refresh_token ${token} is invalid (you sent ${token})` }));
    });
    const err = await echoClient({ baseURL: server.origin })
      .request({ endpoint: refresh, params: { refresh_token: REFRESH_TOKEN, grant_type: 'refresh_token' } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).serverMessage).toMatch(/is invalid/);
    expect(texts(err)).not.toContain(REFRESH_TOKEN);
  });

  it('scrubs response headers: a Location carrying a token and a signature, a header repeating the key, cookies', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(401, {
        'content-type': 'application/json',
        location: `https://echo.test/login?access_token=at_live_998877665544&sign=5f2b7c1e9a0d&state=x`,
        'x-echo-key': SECRET_KEY,
        'set-cookie': 'session=sess_live_1234567890',
      });
      res.end(JSON.stringify({ code: 401, message: 'unauthorized' }));
    });
    const err = (await echoClient({ baseURL: server.origin })
      .request({ endpoint: ep.item, path: [1] })
      .catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    const all = texts(err);
    for (const secret of ['at_live_998877665544', '5f2b7c1e9a0d', SECRET_KEY, 'sess_live_1234567890'])
      expect(all).not.toContain(secret);
    expect(err.headers.location).toContain('state=x');
  });

  it('scrubs a body the JSON parser quotes in its own error (the cause util.inspect prints)', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      // V8 quotes the text around the error: here the start of the key, which no value match can find.
      res.end(`{"message": "bad key", "k": ${SECRET_KEY}}`);
    });
    const err = await echoClient({ baseURL: server.origin, maxRetries: 0 })
      .request({ endpoint: ep.item, path: [1] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(texts(err)).not.toContain(SECRET_KEY.slice(0, 8));
  });

  it('redacts a success body that fails the schema by value as well as by key', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ code: 0, request_id: 'r', data: { id: '1', debug: { echo: `key=${SECRET_KEY}`, seen: SECRET_KEY } } }),
      );
    });
    const err = await echoClient({ baseURL: server.origin })
      .request({ endpoint: ep.item, path: [1] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect(texts(err)).not.toContain(SECRET_KEY);
    expect(JSON.stringify((err as ResponseValidationError).body)).not.toContain(SECRET_KEY);
  });
});
