/**
 * One `params` object per call, split into query and body by the route's schemas; unknown keys refused with the
 * closest known key suggested; path values checked. Every call goes through the real pipeline to the msw bridge,
 * and the emulator's journal says what was sent (or that nothing was).
 */
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEndpoint } from '../../src/core/endpoint.js';
import { InvalidParamsError } from '../../src/core/errors/index.js';
import { ORIGIN, echoClient, echoHandlers, ep, ok, type EchoItem } from './fixtures/echo-api.js';
import { inProcess, rejectionOf } from './fixtures/harness.js';

/** A read sent as POST, like TikTok Shop's order search: paging and sorting in the query, filters in the body. */
const search = defineEndpoint({
  name: 'orders.search',
  method: 'POST',
  path: '/orders/search',
  retrySafe: true,
  query: z.object({ page_size: z.number().int().max(100).default(20), sort_order: z.enum(['ASC', 'DESC']).optional() }),
  body: z.object({ update_time_ge: z.number().int().optional(), order_status: z.string().optional() }),
  response: z.looseObject({}),
});

/** A query the vendor documents as open: any extra key is sent. */
const looseQuery = defineEndpoint({
  name: 'loose.get',
  method: 'GET',
  path: '/loose',
  query: z.looseObject({ known: z.string().optional() }),
  response: z.looseObject({}),
});

/** A body the vendor gives no fields for: extras go to the body, the declared query keys to the query. */
const looseBody = defineEndpoint({
  name: 'loose.create',
  method: 'POST',
  path: '/loose',
  query: z.object({ dry_run: z.boolean().optional() }),
  body: z.looseObject({ name: z.string() }),
  response: z.looseObject({}),
});

/** A route that takes no params at all. */
const detail = defineEndpoint({
  name: 'orders.priceDetail',
  method: 'GET',
  path: '/orders/{order_id}/price_detail',
  response: z.looseObject({}),
});

function setup() {
  return inProcess([
    ...echoHandlers(),
    http.post(`${ORIGIN}/orders/search`, () => ok({})),
    http.get(`${ORIGIN}/loose`, () => ok({})),
    http.post(`${ORIGIN}/loose`, () => ok({})),
    http.get(`${ORIGIN}/orders/:id/price_detail`, () => ok({})),
  ]);
}

describe('one params object, split by the route', () => {
  it('sends the keys the query schema declares in the query and the others in the body', async () => {
    const { faults, dispatcher } = setup();
    await echoClient({ dispatcher }).request({
      endpoint: search,
      params: { update_time_ge: 1_700_000_000, page_size: 5, order_status: 'PAID', sort_order: 'ASC' },
    });
    const [sent] = faults.requests('POST', '/orders/search');
    expect(sent?.search).toBe('?page_size=5&sort_order=ASC');
    expect(JSON.parse(sent?.body ?? '')).toEqual({ update_time_ge: 1_700_000_000, order_status: 'PAID' });
    expect(sent?.headers['content-type']).toBe('application/json');
  });

  it("fills the schemas' defaults and sends an empty body object when only query keys are given", async () => {
    const { faults, dispatcher } = setup();
    await echoClient({ dispatcher }).request({ endpoint: search, params: { sort_order: 'DESC' } });
    await echoClient({ dispatcher }).request({ endpoint: search });
    const sent = faults.requests('POST', '/orders/search');
    expect(sent.map((r) => [Object.fromEntries(new URLSearchParams(r.search)), r.body])).toEqual([
      [{ page_size: '20', sort_order: 'DESC' }, '{}'],
      [{ page_size: '20' }, '{}'],
    ]);
  });

  it('skips keys whose value is undefined', async () => {
    const { faults, dispatcher } = setup();
    await echoClient({ dispatcher }).request({
      endpoint: search,
      params: { page_size: 3, order_status: undefined, nope: undefined },
    });
    expect(faults.requests('POST', '/orders/search').map((r) => [r.search, r.body])).toEqual([['?page_size=3', '{}']]);
  });

  it('refuses an unknown key with the closest known key, and sends nothing', async () => {
    const { faults, dispatcher } = setup();
    const client = echoClient({ dispatcher });
    const err = await rejectionOf(client.request({ endpoint: search, params: { update_time_gte: 1_700_000_000 } }));
    expect(err).toBeInstanceOf(InvalidParamsError);
    expect(err.issues).toEqual([
      { path: ['update_time_gte'], message: expect.stringContaining('did you mean "update_time_ge"?') },
    ]);
    expect(err.message).toContain('nothing was sent');
    expect(err.message).toContain('Known: page_size, sort_order, update_time_ge, order_status');
    expect(err.endpoint).toBe('POST /orders/search');
    // The same on a query-only route and on a body-only route.
    const typo = await rejectionOf(client.request({ endpoint: ep.list, params: { page_sise: 3 } }));
    expect(typo.message).toContain('did you mean "page_size"?');
    const bodyTypo = await rejectionOf(client.request({ endpoint: ep.create, params: { nmae: 'x' } }));
    expect(bodyTypo.message).toContain('did you mean "name"?');
    expect(faults.count()).toBe(0);
  });

  it('suggests nothing for a key that is no typo, and says when a route takes no params', async () => {
    const { faults, dispatcher } = setup();
    const client = echoClient({ dispatcher });
    const far = await rejectionOf(client.request({ endpoint: search, params: { warehouse_ids: ['1'] } }));
    expect(far).toBeInstanceOf(InvalidParamsError);
    expect(far.message).not.toContain('did you mean');
    expect(far.message).toContain('unknown parameter');
    const none = await rejectionOf(client.request({ endpoint: detail, path: ['1'], params: { locale: 'en' } }));
    expect(none).toBeInstanceOf(InvalidParamsError);
    expect(none.message).toContain('takes no parameters');
    expect(faults.count()).toBe(0);
  });

  it('refuses params that are not an object', async () => {
    const { faults, dispatcher } = setup();
    const err = await rejectionOf(echoClient({ dispatcher }).request({ endpoint: search, params: ['PAID'] }));
    expect(err).toBeInstanceOf(InvalidParamsError);
    expect(err.message).toContain('params must be an object');
    expect(faults.count()).toBe(0);
  });

  it("reports a schema's refusal under params.<key>, whichever location the key goes to", async () => {
    const { faults, dispatcher } = setup();
    const client = echoClient({ dispatcher });
    const q = await rejectionOf(client.request({ endpoint: search, params: { page_size: 500 } }));
    expect(q).toBeInstanceOf(InvalidParamsError);
    expect(q.issues[0].path).toEqual(['params', 'page_size']);
    const b = await rejectionOf(client.request({ endpoint: search, params: { update_time_ge: 1.5 } }));
    expect(b.issues[0].path).toEqual(['params', 'update_time_ge']);
    expect(faults.count()).toBe(0);
  });

  it('sends extra keys where the schema is loose: in the query of a loose query', async () => {
    const { faults, dispatcher } = setup();
    await echoClient({ dispatcher }).request({ endpoint: looseQuery, params: { known: 'a', brand_new: 'b+c' } });
    expect(faults.requests('GET', '/loose').map((r) => r.search)).toEqual(['?known=a&brand_new=b%2Bc']);
  });

  it('sends extra keys where the schema is loose: in the body of a loose body, declared query keys still in the query', async () => {
    const { faults, dispatcher } = setup();
    await echoClient({ dispatcher }).request({ endpoint: looseBody, params: { dry_run: true, name: 'n', colour: 'red' } });
    const [sent] = faults.requests('POST', '/loose');
    expect(sent?.search).toBe('?dry_run=true');
    expect(JSON.parse(sent?.body ?? '')).toEqual({ name: 'n', colour: 'red' });
  });

  it('sends options.extraQuery as given, past the check that refuses unknown params', async () => {
    const { faults, dispatcher } = setup();
    const client = echoClient({ dispatcher });
    await client.request({
      endpoint: ep.item,
      path: [1],
      params: { verbose: true },
      options: { extraQuery: { new_flag: 'a+b/c' } },
    });
    await client.request({ endpoint: search, params: { page_size: 2 }, options: { extraQuery: { region: 'US' } } });
    expect(faults.requests('GET', '/items/1').map((r) => r.search)).toEqual(['?verbose=true&new_flag=a%2Bb%2Fc']);
    const [sent] = faults.requests('POST', '/orders/search');
    expect(sent?.search).toBe('?page_size=2&region=US');
    expect(sent?.body).toBe('{}');
    expect(sent?.headers['x-api-key']).toBeDefined(); // still authorized
  });
});

describe('options.extraQuery is for undeclared parameters only', () => {
  it('refuses a declared key in extraQuery (it would skip the check of params), and sends nothing', async () => {
    const { faults, dispatcher } = setup();
    const client = echoClient({ dispatcher });
    const err = await rejectionOf(
      client.request({ endpoint: search, params: {}, options: { extraQuery: { page_size: '500' } } }),
    );
    expect(err).toBeInstanceOf(InvalidParamsError);
    expect(String(err)).toMatch(/options\.extraQuery\.page_size: is a parameter of this endpoint: pass it in params/);
    expect(faults.count()).toBe(0);
  });
});

describe('path values', () => {
  const refused: [string, unknown][] = [
    ['..', '..'],
    ['.', '.'],
    ['an empty string', ''],
    ['null', null],
    ['undefined (missing)', undefined],
    ['true', true],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a fraction', 1.5],
    ['an object', { id: '1' }],
    ['an array', ['1']],
  ];

  it.each(refused)('refuses %s before sending', async (_what, value) => {
    const { faults, dispatcher } = setup();
    const err = await rejectionOf(echoClient({ dispatcher }).request({ endpoint: ep.item, path: [value] }));
    expect(err).toBeInstanceOf(InvalidParamsError);
    expect(err.issues[0].path).toEqual(['id']);
    expect(err.endpoint).toBe('GET /items/{id}');
    expect(faults.count()).toBe(0);
  });

  it('refuses a number beyond 2^53, already rounded, telling to pass the id as a string', async () => {
    const { faults, dispatcher } = setup();
    // The literal itself is already rounded by JavaScript (to 576461413038785800): the very mistake refused.
    // eslint-disable-next-line no-loss-of-precision
    const err = await rejectionOf(echoClient({ dispatcher }).request({ endpoint: ep.item, path: [576461413038785752] }));
    expect(err).toBeInstanceOf(InvalidParamsError);
    expect(err.message).toMatch(/pass the id as a string/);
    expect(faults.count()).toBe(0);
  });

  it('accepts a safe integer and a string id, and sends a string with a slash as one segment', async () => {
    const { faults, dispatcher } = setup();
    const client = echoClient({ dispatcher });
    expect((await client.request<EchoItem>({ endpoint: ep.item, path: [Number.MAX_SAFE_INTEGER] })).id).toBe('9007199254740991');
    expect((await client.request<EchoItem>({ endpoint: ep.item, path: ['576461413038785752'] })).id).toBe('576461413038785752');
    await client.request({ endpoint: ep.item, path: ['../admin'] }).catch(() => undefined);
    expect(faults.journal.map((r) => r.pathname)).toEqual([
      '/items/9007199254740991',
      '/items/576461413038785752',
      '/items/..%2Fadmin',
    ]);
  });

  it('refuses more path values than the route has', async () => {
    const { faults, dispatcher } = setup();
    const err = await rejectionOf(echoClient({ dispatcher }).request({ endpoint: ep.item, path: ['1', '2'] }));
    expect(err).toBeInstanceOf(InvalidParamsError);
    expect(err.message).toContain('takes 1 path value(s), got 2');
    expect(faults.count()).toBe(0);
  });
});
