import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { defineEndpoint, type EndpointParams, type EndpointResponse, type PathArgs } from '../../src/core/endpoint.js';
import { encodeQuery, toQueryRecord } from '../../src/core/query.js';

describe('endpoints as data', () => {
  const priceDetail = defineEndpoint({
    name: 'orders.priceDetail',
    method: 'GET',
    path: '/order/202407/orders/{order_id}/price_detail',
    response: z.looseObject({}),
  });

  it('derives an id, retrySafe from the method, and typed path params', () => {
    expect(priceDetail.id).toBe('GET /order/202407/orders/{order_id}/price_detail');
    expect(priceDetail.retrySafe).toBe(true);
    expect(defineEndpoint({ name: 'x', method: 'POST', path: '/x', response: z.any() }).retrySafe).toBe(false);
    expect(priceDetail.pathParams).toEqual(['order_id']);
    expectTypeOf<PathArgs<'/a/{id}/b/{name}'>>().toEqualTypeOf<[string, string]>();
  });

  it('URL-encodes path values', () => {
    expect(priceDetail.buildPath(['a/b c?'])).toBe('/order/202407/orders/a%2Fb%20c%3F/price_detail');
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
