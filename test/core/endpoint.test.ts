import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { defineEndpoint, type PathParams } from '../../src/core/endpoint.js';
import { encodeQuery, toQueryRecord } from '../../src/core/query.js';

describe('endpoints as data', () => {
  const priceDetail = defineEndpoint({
    method: 'GET',
    path: '/order/202407/orders/{order_id}/price_detail',
    response: z.looseObject({}),
  });

  it('derives an id, retrySafe from the method, and typed path params', () => {
    expect(priceDetail.id).toBe('GET /order/202407/orders/{order_id}/price_detail');
    expect(priceDetail.retrySafe).toBe(true);
    expect(defineEndpoint({ method: 'POST', path: '/x', response: z.any() }).retrySafe).toBe(false);
    expectTypeOf<PathParams<'/a/{id}/b/{name}'>>().toEqualTypeOf<{ id: string | number; name: string | number }>();
  });

  it('URL-encodes path params', () => {
    expect(priceDetail.buildPath({ order_id: 'a/b c?' })).toBe('/order/202407/orders/a%2Fb%20c%3F/price_detail');
  });

  it('rejects a missing path param with its name', () => {
    expect(() => priceDetail.buildPath({})).toThrow(/order_id/);
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
