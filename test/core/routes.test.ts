/** Route corrections (`CoreOptions.routes`) and route provenance, on a small API of its own. */
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { noAuth } from '../../src/core/auth.js';
import { CoreClient, type ApiDefinition } from '../../src/core/client.js';
import { defineEndpoint, type AnyEndpoint } from '../../src/core/endpoint.js';
import type { Envelope } from '../../src/core/envelope.js';
import { ConfigurationError } from '../../src/core/errors/index.js';
import type { CoreOptions } from '../../src/core/options.js';
import { describeRoutes, provenanceOf } from '../../src/core/routes.js';
import { createMswDispatcher } from '../../src/testing/dispatcher.js';
import { FaultPlan } from '../../src/testing/faults.js';

const ORIGIN = 'https://routes.test';
const echo = z.looseObject({});
const routes = {
  search: defineEndpoint({
    name: 'items.search',
    method: 'GET',
    path: '/v1/items/search',
    query: z.strictObject({ q: z.string().optional(), page: z.number().optional() }),
    response: echo,
  }),
  get: defineEndpoint({
    name: 'items.get',
    method: 'GET',
    path: '/v1/items/{id}',
    response: echo,
    inferred: 'proposed: like /v1/{resource}/{id}',
  }),
  note: defineEndpoint({
    name: 'items.notes.get',
    method: 'GET',
    path: '/v1/items/{id}/notes/{note_id}',
    response: echo,
    inferred: 'external evidence: a public spec',
  }),
  create: defineEndpoint({
    name: 'items.create',
    method: 'POST',
    path: '/v1/items',
    body: z.object({ title: z.string() }),
    response: echo,
  }),
  token: defineEndpoint({
    name: 'auth.token',
    method: 'POST',
    path: '/v1/token',
    body: z.object({}),
    response: echo,
    retrySafe: true,
    inferred: 'an old blog post',
  }),
};

const envelope: Envelope = {
  unwrap: (res) =>
    res.status < 300
      ? { ok: true, data: res.body, meta: { requestId: undefined, status: res.status, headers: res.headers } }
      : { ok: false, error: { status: res.status, code: undefined, message: 'no', requestId: undefined, headers: res.headers } },
};
const api: ApiDefinition = {
  name: 'Items',
  defaultBaseURL: ORIGIN,
  envelope,
  errors: { codes: new Map() },
  routes: Object.values(routes),
};

/** A server that answers any request with what it received. */
function setup(options: CoreOptions = {}) {
  const faults = new FaultPlan();
  const dispatcher = createMswDispatcher(
    [
      http.all(`${ORIGIN}/*`, async ({ request }) => {
        const url = new URL(request.url);
        const text = await request.text();
        return HttpResponse.json({
          method: request.method,
          path: url.pathname,
          query: url.search,
          body: text ? JSON.parse(text) : null,
        });
      }),
    ],
    { faults },
  );
  return { faults, client: new CoreClient(api, noAuth, { dispatcher, maxRetryDelay: 1, ...options }) };
}

describe('the routes option', () => {
  it('without corrections, a route is sent as declared', async () => {
    const { client } = setup();
    expect(client.route(routes.get)).toBe(routes.get);
    await expect(client.request({ endpoint: routes.get, path: ['7'] })).resolves.toMatchObject({
      method: 'GET',
      path: '/v1/items/7',
    });
  });

  it('sends every call of a corrected route to the corrected path, and leaves the others alone', async () => {
    const { client, faults } = setup({ routes: { 'items.get': { path: '/v2/item/{id}/detail' } } });
    await expect(client.request({ endpoint: routes.get, path: ['7'] })).resolves.toMatchObject({ path: '/v2/item/7/detail' });
    await expect(client.request({ endpoint: routes.search, params: { q: 'x' } })).resolves.toMatchObject({
      path: '/v1/items/search',
      query: '?q=x',
    });
    expect(faults.count('GET', '/v1/items/7')).toBe(0);
    expect(client.route(routes.get).id).toBe('GET /v2/item/{id}/detail');
    expect(client.route(routes.get).inferred).toBe(routes.get.inferred);
  });

  it('a method correction moves the params with it: a GET query becomes a POST body, and the route stays a read', async () => {
    const { client } = setup({ routes: { 'items.search': { method: 'POST' } } });
    const fixed: AnyEndpoint = client.route(routes.search);
    expect([fixed.method, fixed.retrySafe, fixed.query, fixed.body]).toEqual(['POST', true, undefined, routes.search.query]);
    await expect(client.request({ endpoint: routes.search, params: { q: 'lipstick', page: 2 } })).resolves.toMatchObject({
      method: 'POST',
      query: '',
      body: { q: 'lipstick', page: 2 },
    });
    // The schema still checks what is sent.
    await expect(client.request({ endpoint: routes.search, params: { qq: 'x' } })).rejects.toThrow(/did you mean "q"/);
  });

  it('keeps the path values in the order the method passes them, whatever order the corrected path names them in', async () => {
    const { client } = setup({ routes: { 'items.notes.get': { path: '/v1/notes/{note_id}/of/{id}' } } });
    await expect(client.request({ endpoint: routes.note, path: ['item-1', 'note-2'] })).resolves.toMatchObject({
      path: '/v1/notes/note-2/of/item-1',
    });
  });

  it('applies to the token host too', async () => {
    const { client } = setup({ routes: { 'auth.token': { path: '/oauth/token' } } });
    const host = client.tokenHost({ baseURL: `${ORIGIN}/auth`, envelope, errors: { codes: new Map() }, auth: noAuth });
    await expect(host.request({ endpoint: routes.token, params: {} })).resolves.toMatchObject({ path: '/auth/oauth/token' });
  });

  it('refuses an unknown route id at construction, naming the close matches', () => {
    const err = (() => {
      try {
        setup({ routes: { 'item.get': { path: '/x' } } });
      } catch (e) {
        return e;
      }
    })() as Error;
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toMatch(/unknown route id "item\.get".*Did you mean "items\.get"/);
    expect(err.message).toMatch(/static routes list/);
  });

  it.each([
    [{ 'items.get': { url: '/x' } }, /unknown key "url"/],
    [{ 'items.get': { path: 'v1/items/{id}' } }, /starting with "\/"/],
    [{ 'items.get': { path: 'https://other.host/v1/items/{id}' } }, /starting with "\/"/],
    [{ 'items.get': { path: '/v1/items/{id}?x=1' } }, /without query/],
    [{ 'items.get': { path: '/v1/items' } }, /must keep the route's path values \(\{id\}\)/],
    [{ 'items.search': { path: '/v1/items/{id}/search' } }, /must keep the route's path values \(none\)/],
    [{ 'items.get': { method: 'FETCH' } }, /method must be one of/],
    [{ 'items.get': '/v1/item/{id}' }, /must be an object/],
  ])('refuses a malformed correction: %j', (corrections, message) => {
    expect(() => setup({ routes: corrections as CoreOptions['routes'] })).toThrow(message);
  });

  it('is refused by an API that lists no routes', () => {
    const bare: ApiDefinition = { ...api, routes: undefined };
    expect(() => new CoreClient(bare, noAuth, { routes: { 'items.get': { path: '/x/{id}' } } })).toThrow(ConfigurationError);
    expect(() => new CoreClient(bare, noAuth, { routes: {} })).not.toThrow();
  });
});

describe('describeRoutes', () => {
  it('lists each route with its provenance, read from the inferred note, sorted by id', () => {
    expect(describeRoutes(Object.values(routes)).map((r) => [r.id, r.method, r.path, r.provenance])).toEqual([
      ['auth.token', 'POST', '/v1/token', 'inferred'],
      ['items.create', 'POST', '/v1/items', 'documented'],
      ['items.get', 'GET', '/v1/items/{id}', 'proposed'],
      ['items.notes.get', 'GET', '/v1/items/{id}/notes/{note_id}', 'external evidence'],
      ['items.search', 'GET', '/v1/items/search', 'documented'],
    ]);
    expect(provenanceOf({ inferred: undefined })).toBe('documented');
    expect(Object.isFrozen(describeRoutes([routes.get])[0])).toBe(true);
  });
});
