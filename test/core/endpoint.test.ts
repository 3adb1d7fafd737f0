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
});
