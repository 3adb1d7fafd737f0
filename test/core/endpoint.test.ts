import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { pageTokenCursor } from '../../src/core/cursors.js';
import {
  defineEndpoint,
  type EndpointItem,
  type EndpointParams,
  type EndpointResponse,
  type EndpointResult,
  type PathArgs,
} from '../../src/core/endpoint.js';
import { InvalidParamsError } from '../../src/core/errors/index.js';
import { checkPathValues } from '../../src/core/params.js';
import { encodeQuery, toQueryRecord } from '../../src/core/query.js';

describe('endpoints as data', () => {
  const priceDetail = defineEndpoint({
    name: 'orders.priceDetail',
    method: 'GET',
    path: '/order/202407/orders/{order_id}/price_detail',
    response: z.looseObject({}),
  });

  it('derives an id, retrySafe from the method, and typed path values', () => {
    expect(priceDetail.id).toBe('GET /order/202407/orders/{order_id}/price_detail');
    expect(priceDetail.retrySafe).toBe(true);
    expect(defineEndpoint({ name: 'x.create', method: 'POST', path: '/x', response: z.any() }).retrySafe).toBe(false);
    expect(priceDetail.name).toBe('orders.priceDetail');
    expect(priceDetail.pathParams).toEqual(['order_id']);
    expectTypeOf<PathArgs<'/a/{id}/b/{name}'>>().toEqualTypeOf<[string, string]>();
    expectTypeOf<PathArgs<'/a'>>().toEqualTypeOf<[]>();
  });

  it('URL-encodes path values', () => {
    expect(priceDetail.buildPath(['a/b c?'])).toBe('/order/202407/orders/a%2Fb%20c%3F/price_detail');
  });

  it('rejects a missing path value with its name', () => {
    expect(() => checkPathValues('Echo', priceDetail, [])).toThrow(InvalidParamsError);
    expect(() => checkPathValues('Echo', priceDetail, [])).toThrow(/order_id/);
  });

  it('types one params object from the query and body schemas, the result from `returns`, the item from `paging`', () => {
    // Built outside the spec: written inline there, the cursor infers its items field as `string` from the spec's
    // type, and EndpointItem can no longer find the item type.
    const paging = pageTokenCursor({ items: 'orders', tokenParam: 'page_token', nextToken: 'data.next_page_token' });
    const search = defineEndpoint({
      name: 'orders.search',
      method: 'POST',
      path: '/orders/search',
      query: z.object({ page_size: z.number().default(20), page_token: z.string().optional() }),
      body: z.object({ status: z.enum(['PAID', 'SHIPPED']).optional() }),
      response: z.looseObject({ orders: z.array(z.object({ id: z.string() })).optional(), next_page_token: z.string() }),
      paging,
    });
    const shops = defineEndpoint({
      name: 'shops.list',
      method: 'GET',
      path: '/shops',
      response: z.object({ shops: z.array(z.object({ cipher: z.string() })).optional() }),
      returns: 'shops',
    });
    expectTypeOf<EndpointParams<typeof search>>().toEqualTypeOf<
      { page_size?: number | undefined; page_token?: string | undefined } & { status?: 'PAID' | 'SHIPPED' | undefined }
    >();
    expectTypeOf<EndpointItem<typeof search>>().toEqualTypeOf<{ id: string }>();
    expectTypeOf<EndpointResult<typeof shops>>().toEqualTypeOf<{ cipher: string }[]>();
    expect(search.retrySafe).toBe(false);
    expect(shops.returns).toBe('shops');
    expect(search.layout.queryKeys).toEqual(new Set(['page_size', 'page_token']));
    expect(search.layout.bodyKeys).toEqual(new Set(['status']));
  });
});

describe('lazy endpoints: schemas built on first use', () => {
  const spec = () => {
    let builds = 0;
    const endpoint = defineEndpoint({
      name: 'events.update',
      method: 'PUT',
      path: '/event/202309/webhooks',
      schemas: () => {
        builds++;
        return {
          query: z.strictObject({ locale: z.string().optional() }),
          body: z.strictObject({ address: z.string().optional(), event_type: z.string().optional() }),
          response: z.looseObject({ ok: z.boolean().optional() }),
        };
      },
    });
    return { endpoint, builds: () => builds };
  };

  it('builds nothing at declaration, then once, whatever is read first', () => {
    const { endpoint, builds } = spec();
    expect(builds()).toBe(0);
    expect(endpoint.id).toBe('PUT /event/202309/webhooks');
    expect(endpoint.retrySafe).toBe(false);
    expect(builds()).toBe(0);
    const body = endpoint.body;
    expect(builds()).toBe(1);
    expect(endpoint.body).toBe(body);
    expect(endpoint.response.safeParse({ ok: true }).success).toBe(true);
    expect([...endpoint.layout.queryKeys!]).toEqual(['locale']);
    expect([...endpoint.layout.bodyKeys!]).toEqual(['address', 'event_type']);
    expect(builds()).toBe(1);
  });

  it('loads schemas given as a promise (a dynamic import) once, on load(), and retries a failed load', async () => {
    let loads = 0;
    let fail = true;
    const endpoint = defineEndpoint({
      name: 'x.y',
      method: 'GET',
      path: '/x',
      schemas: async () => {
        loads++;
        if (fail) throw new Error('chunk not found');
        return { query: z.strictObject({ a: z.string().optional() }), response: z.looseObject({}) };
      },
    });
    expect(endpoint.ready).toBe(false);
    await expect(endpoint.load()).rejects.toThrow('chunk not found');
    fail = false;
    await Promise.all([endpoint.load(), endpoint.load()]);
    expect(loads).toBe(2);
    expect(endpoint.ready).toBe(true);
    expect([...endpoint.layout.queryKeys!]).toEqual(['a']);
    expectTypeOf<EndpointParams<typeof endpoint>>().toEqualTypeOf<{ a?: string | undefined }>();
  });

  it('types params and results from what schemas() returns', () => {
    const { endpoint: _endpoint } = spec();
    expectTypeOf<EndpointParams<typeof _endpoint>>().toEqualTypeOf<
      { locale?: string | undefined } & { address?: string | undefined; event_type?: string | undefined }
    >();
    expectTypeOf<EndpointResponse<typeof _endpoint>>().toEqualTypeOf<{ [k: string]: unknown; ok?: boolean | undefined }>();
  });
});

describe('query strings', () => {
  it('joins arrays with commas, drops undefined, encodes + and /', () => {
    const q = toQueryRecord({ ids: ['1', '2'], page_token: 'ab+c/d=', skip: undefined, flag: true });
    expect(q).toEqual({ ids: '1,2', page_token: 'ab+c/d=', flag: 'true' });
    expect(encodeQuery(q)).toBe('ids=1%2C2&page_token=ab%2Bc%2Fd%3D&flag=true');
  });

  it('encodes every character exactly as encodeURIComponent does (its skip of plain values changes nothing)', () => {
    const samples = ['', 'GCP_XF90igAAAABh00qsWgtvOiGFNqyubMt3', "a-b_c.d!e~f*g'h(i)j", 'Größe 口红 ✓', '😀', 'a b&c=d?e#f%g'];
    for (let c = 0; c < 0x3000; c++) if (c < 0xd800 || c > 0xdfff) samples.push(`x${String.fromCharCode(c)}y`);
    for (const v of samples) expect(encodeQuery({ [v]: v })).toBe(`${encodeURIComponent(v)}=${encodeURIComponent(v)}`);
    // A lone surrogate cannot be encoded: the same URIError as encodeURIComponent, not a garbled URL.
    expect(() => encodeQuery({ k: '\ud800' })).toThrow(URIError);
  });
});

describe('item types of list routes', () => {
  it('derives the item type from a cursor written inline in the route (checked by npm run typecheck)', () => {
    const route = defineEndpoint({
      name: 'orders.search',
      method: 'GET',
      path: '/orders',
      response: z.object({ orders: z.array(z.object({ id: z.string() })), next: z.string() }),
      paging: pageTokenCursor({ items: 'orders', tokenParam: 't', nextToken: 'data.next' }),
    });
    expectTypeOf<EndpointItem<typeof route>>().toEqualTypeOf<{ id: string }>();
    expect(route.paging.itemsField).toBe('orders');
  });
});
