/**
 * compiledSafeParse against zod itself on the SDK's own response schemas: zod is the spec, so every assertion
 * compares the two results on the same input (fixtures/compare-with-zod.ts). Inputs: the emulator's fixtures,
 * samples generated from every response schema of the three route tables, and seeded mutations of both. The kinds
 * one by one are in compiled-schema-kinds.test.ts.
 */
import { stringify as losslessStringify } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ORDER_DETAIL_BODY, PRODUCT_DETAIL_BODY, orderSearchPage } from '../../bench/bodies.js';
import { compiledSafeParse, isCompiledSchema } from '../../src/core/internal/compiled-schema/index.js';
import type { AnyEndpoint } from '../../src/core/endpoint.js';
import { parseJson } from '../../src/core/json.js';
import { localServiceRoutes } from '../../src/local-service/index.js';
import { merchantTokenEndpoint } from '../../src/local-service/merchant-token.js';
import { LOCAL_SERVICE_HOLIDAYS, LOCAL_SERVICE_SHOPS } from '../../src/testing/local-service/fixtures.js';
import { categoryTree, shopInfo } from '../../src/testing/local-service/views.js';
import { SEED_TOKEN_RESPONSE } from '../../src/testing/tiktok-shop/fixtures-auth.js';
import * as catalog from '../../src/testing/tiktok-shop/fixtures-catalog.js';
import { SEED_ORDER_DETAIL, SEED_ORDER_LIST } from '../../src/testing/tiktok-shop/fixtures-orders.js';
import { SEED_PRICE_DETAIL } from '../../src/testing/tiktok-shop/fixtures-price.js';
import { stringifyJson } from '../../src/testing/trenz/common.js';
import { marketData } from '../../src/testing/trenz/fixtures.js';
import { tiktokShopRoutes, tiktokShopTokenRoutes } from '../../src/tiktok-shop/index.js';
import * as trenz from '../../src/trenz/index.js';
import { expectSameAsZod, mutate, pick, rng, type Json, type Rng } from './fixtures/compare-with-zod.js';

type Schema = z.ZodType;

// --- every response schema --------------------------------------------------------------------------------

function collectEndpoints(prefix: string, value: unknown, into: Map<string, AnyEndpoint>, seen = new Set<unknown>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  const endpoint = value as Partial<AnyEndpoint>;
  if (endpoint.response && typeof endpoint.id === 'string' && endpoint.method) {
    into.set(prefix, value as AnyEndpoint);
    return;
  }
  for (const [key, child] of Object.entries(value)) collectEndpoints(`${prefix}.${key}`, child, into, seen);
}
const endpoints = new Map<string, AnyEndpoint>();
collectEndpoints('tiktokShop', tiktokShopRoutes, endpoints);
collectEndpoints('tiktokShopToken', tiktokShopTokenRoutes, endpoints);
for (const [name, table] of Object.entries(trenz)) {
  if (name.endsWith('Routes')) collectEndpoints(`trenz.${name}`, table, endpoints);
}
collectEndpoints('localService', localServiceRoutes, endpoints);
collectEndpoints('localService.merchantToken', { merchantTokenEndpoint }, endpoints);
const responseOf = (name: string): Schema => {
  const endpoint = endpoints.get(name);
  if (!endpoint) throw new Error(`no endpoint ${name}`);
  return endpoint.response;
};

/** What the SDK hands the schema: the body decoded by its int64-safe JSON parser. */
const decoded = (text: string): unknown => parseJson(text);
const market = marketData();
const tzRows = (rows: readonly unknown[]) => decoded(stringifyJson({ items: rows.slice(0, 5) }));

/** Real payloads (emulator fixtures and bench bodies) mapped to the schema each one is validated with. */
const FIXTURES: [string, unknown][] = [
  ['tiktokShop.getOrders', (JSON.parse(ORDER_DETAIL_BODY) as Json).data],
  ['tiktokShop.getOrders', SEED_ORDER_DETAIL.data],
  ['tiktokShop.searchOrders', SEED_ORDER_LIST.data],
  ['tiktokShop.searchOrders', (decoded(orderSearchPage(0, 3, 2, true)) as Json).data],
  ['tiktokShop.getProduct', (JSON.parse(PRODUCT_DETAIL_BODY) as Json).data],
  ['tiktokShop.getCategories', catalog.SEED_GET_CATEGORIES.data],
  ['tiktokShop.getGlobalCategories', catalog.SEED_GET_GLOBAL_CATEGORIES.data],
  ['tiktokShop.getAttributes', catalog.SEED_GET_ATTRIBUTES.data],
  ['tiktokShop.getBrands', catalog.SEED_GET_BRANDS.data],
  ['tiktokShop.diagnoseProducts', catalog.SEED_DIAGNOSE.data],
  ['tiktokShop.getPriceDetail', SEED_PRICE_DETAIL.data],
  ['tiktokShopToken.getAccessToken', SEED_TOKEN_RESPONSE.data],
  ['trenz.dataRoutes.products.search', tzRows(market.products)],
  ['trenz.dataRoutes.sellers.search', tzRows(market.sellers)],
  ['trenz.dataRoutes.creators.search', tzRows(market.creators)],
  ['trenz.dataRoutes.videos.search', tzRows(market.videos)],
  ['trenz.dataRoutes.lives.search', tzRows(market.lives)],
  ['trenz.dataRoutes.ads.search', tzRows(market.ads)],
  ['trenz.dataRoutes.products.get', decoded(stringifyJson(market.products[0]))],
  ['trenz.accountRoutes.get', { status: 'active', tier: 'pro', credits_balance: '1250.5' }],
  ['localService.categories', decoded(losslessStringify({ category_tree_list: categoryTree() })!)],
  ['localService.shops', decoded(losslessStringify({ shops: LOCAL_SERVICE_SHOPS.slice(0, 4).map((s) => shopInfo(s, '7001')) })!)],
  ['localService.holidays', decoded(losslessStringify({ holiday_map: { US: LOCAL_SERVICE_HOLIDAYS.US ?? [] } })!)],
  ['localService.saveProduct', {}],
];

/** A payload shaped by a schema (mostly valid; the comparison does not care), for endpoints without a fixture. */
function sample(schema: Schema, rnd: Rng, depth = 0): unknown {
  const def = schema._zod.def as unknown as Json & { type: string };
  const inner = def.innerType as Schema;
  const deep = depth > 5;
  const tryLeaves = (candidates: unknown[]) => {
    const start = Math.floor(rnd() * candidates.length);
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[(start + i) % candidates.length];
      if (schema.safeParse(c).success) return c;
    }
    return candidates[start];
  };
  switch (def.type) {
    case 'object': {
      const out: Json = {};
      for (const [key, field] of Object.entries(def.shape as Record<string, Schema>)) {
        if (field._zod.optin !== undefined && (deep || rnd() < 0.25)) continue;
        out[key] = sample(field, rnd, depth + 1);
      }
      if (rnd() < 0.2) out.unlisted_field = 'extra';
      return out;
    }
    case 'array':
      return deep ? [] : Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => sample(def.element as Schema, rnd, depth + 1));
    case 'record':
      return deep
        ? {}
        : { k1: sample(def.valueType as Schema, rnd, depth + 1), k2: sample(def.valueType as Schema, rnd, depth + 1) };
    case 'string':
      return tryLeaves(['abc', '12345', '7010736057180325637', '-3.25', '2024-05-01', 'x', '']);
    case 'number':
      return tryLeaves([1, 0, 42, 3.5, -2, 1700000000]);
    case 'boolean':
      return rnd() < 0.5;
    case 'literal':
      return pick(rnd, def.values as unknown[]);
    case 'enum':
      return pick(rnd, [...schema._zod.values!]);
    case 'unknown':
    case 'any':
      return pick(rnd, ['u', 7, null, { nested: [1, 'a'] }, [true]]);
    case 'null':
      return null;
    case 'optional':
      return deep || rnd() < 0.2 ? undefined : sample(inner, rnd, depth + 1);
    case 'nullable':
      return rnd() < 0.2 ? null : sample(inner, rnd, depth + 1);
    case 'default':
      return rnd() < 0.3 ? undefined : sample(inner, rnd, depth + 1);
    case 'union':
      return sample(pick(rnd, def.options as Schema[]), rnd, depth + 1);
    case 'pipe':
      return sample(def.in as Schema, rnd, depth);
    case 'lazy':
      return sample((schema._zod as unknown as { innerType: Schema }).innerType, rnd, depth + 1);
  }
  return inner ? sample(inner, rnd, depth + 1) : undefined;
}

// --- the tests ----------------------------------------------------------------------------------------------

describe('compiledSafeParse matches zod', () => {
  it('compiles the hot response schemas (no fallback to zod)', () => {
    for (const name of [
      'tiktokShop.getOrders',
      'tiktokShop.searchOrders',
      'tiktokShop.getProduct',
      'tiktokShop.getShops',
      'trenz.dataRoutes.products.search',
      'trenz.accountRoutes.get',
      'localService.categories',
      'localService.holidays',
    ]) {
      expect(isCompiledSchema(responseOf(name)), name).toBe(true);
    }
    expect(endpoints.size).toBeGreaterThan(100);
  });

  it('on the emulator fixtures and thousands of seeded mutations of them', () => {
    const rnd = rng(0x5eed);
    let successes = 0;
    for (const [name, payload] of FIXTURES) {
      const schema = responseOf(name);
      expect(expectSameAsZod(schema, payload, `${name} fixture`), `${name} fixture is valid`).toBe(true);
      for (let i = 0; i < 120; i++) if (expectSameAsZod(schema, mutate(payload, rnd), `${name} mutation ${i}`)) successes++;
    }
    // Both paths are exercised: mutations zod accepts (compiled output) and ones it rejects (zod's issues).
    expect(successes).toBeGreaterThan(200);
    expect(successes).toBeLessThan(FIXTURES.length * 120);
  });

  it('on samples of every response schema of the three route tables, and mutations of them', () => {
    const rnd = rng(42);
    let successes = 0;
    for (const [name, endpoint] of endpoints) {
      for (let s = 0; s < 3; s++) {
        const payload = sample(endpoint.response, rnd);
        if (expectSameAsZod(endpoint.response, payload, `${name} sample ${s}`)) successes++;
        for (let i = 0; i < 8; i++) expectSameAsZod(endpoint.response, mutate(payload, rnd), `${name} sample ${s} mutation ${i}`);
      }
    }
    expect(successes).toBeGreaterThan(endpoints.size);
  });

  it('without new Function (zod jitless): the closure checks match zod too', () => {
    const before = z.core.globalConfig.jitless;
    z.config({ jitless: true });
    try {
      const rnd = rng(7);
      for (const [name, payload] of FIXTURES) {
        // A new root compiles every node beneath it again, now without generated code.
        const root = z.looseObject({ value: responseOf(name) });
        expectSameAsZod(root, { value: payload }, `jitless ${name}`);
        for (let i = 0; i < 15; i++) expectSameAsZod(root, { value: mutate(payload, rnd) }, `jitless ${name} mutation ${i}`);
      }
    } finally {
      z.config({ jitless: before });
    }
  });

  it('never writes to its input, even where zod transforms, defaults or strips', () => {
    const schema = z.object({
      id: z.union([z.string(), z.number()]).transform(String),
      tags: z.array(z.string()).default([]),
      nested: z.looseObject({
        n: z
          .number()
          .optional()
          .transform((v) => v ?? 0),
      }),
    });
    const input = { id: 7, nested: { n: undefined, keep: 1 }, unknown: true };
    const before = structuredClone(input);
    const result = compiledSafeParse(schema)(input);
    expect(result).toEqual(schema.safeParse(before));
    expect(input).toStrictEqual(before);
    // An identity schema returns the input itself: nothing is copied.
    const loose = z.looseObject({ a: z.array(z.looseObject({ b: z.string() })) });
    const data = { a: [{ b: 'x', c: 1 }] };
    expect(compiledSafeParse(loose)(data).data).toBe(data);
  });
});
