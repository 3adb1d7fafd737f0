/**
 * Every operation of `TikTokShop.routes`, driven against the emulator through its method (or `call(id)` for an
 * older version), one test per namespace. For each: the request on the wire (method, path with its values, the
 * query and body split from the one params object, `shop_cipher` only on shop routes), its sign recomputed from
 * what arrived, and the response decoded (validated in strict mode, meta attached, ids as strings; a paged
 * operation is read to its end).
 */
import { describe, expect, it } from 'vitest';
import type { AnyEndpoint } from '../../src/core/endpoint.js';
import { toQueryRecord } from '../../src/core/query.js';
import type { JournalEntry } from '../../src/testing/index.js';
import {
  TIKTOK_SHOP_GENERIC_LIST_TOTAL,
  TIKTOK_SHOP_TEST_SHOP_CIPHER,
  tiktokShopSampleId,
  tiktokShopSampleValue,
} from '../../src/testing/tiktok-shop/index.js';
import { sellerRoutesById, shopRoutesById } from '../../src/tiktok-shop/generated/route-ids.js';
import { signRequest, TikTokShop, type TikTokShopOperation } from '../../src/tiktok-shop/index.js';
import { setup } from './helpers.js';

type Env = ReturnType<typeof setup>;
type Call = { path?: string[]; params?: Record<string, unknown>; firstPageOnly?: boolean };

const PRODUCT_ID = '1729592969712207008'; // the emulator's product (the seed's Get Product example)
const SKU_ID = '10001';
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

/** Calls whose values must name the emulator's state (its orders, its product), or that the hand-written routes check. */
function fixedCalls(env: Env): Record<string, Call> {
  const orders = env.emu.state.sellers
    .get(env.tokens.open_id)!
    .shops.find((s) => s.cipher === TIKTOK_SHOP_TEST_SHOP_CIPHER)!.orders;
  const awaiting = orders.filter((o) => o.status === 'AWAITING_SHIPMENT');
  const [a, b] = awaiting;
  return {
    'products.get': { path: [PRODUCT_ID] },
    'products.attributes': { path: ['600001'] },
    'products.brands': { params: { page_size: 100 }, firstPageOnly: true },
    'products.diagnose': { params: { product_ids: [PRODUCT_ID] } },
    'orders.search': { params: { page_size: 50 }, firstPageOnly: true },
    'orders.get': { params: { ids: [orders[0]!.id] } },
    'orders.priceDetail': { path: [orders[0]!.id] },
    'fulfillment.shipPackage': {
      path: [a!.packages![0]!.id!],
      params: {
        handover_method: 'DROP_OFF',
        self_shipment: { tracking_number: 'TRK-A', shipping_provider_id: '6617675021119438849' },
      },
    },
    'fulfillment.markPackageAsShipped': {
      path: [b!.id],
      params: {
        tracking_number: 'TRK-B',
        shipping_provider_id: '6617675021119438849',
        order_line_item_ids: [b!.line_items![0]!.id],
      },
    },
    'fulfillment.getPackageDetail': { path: [a!.packages![0]!.id!] },
    'products.updateInventory': {
      path: [PRODUCT_ID],
      params: { skus: [{ id: SKU_ID, inventory: [{ warehouse_id: '6966568648651605766', quantity: 7 }] }] },
    },
    'products.updatePrice': {
      path: [PRODUCT_ID],
      params: { skus: [{ id: SKU_ID, price: { amount: '12.50', currency: 'USD' } }] },
    },
    'products.uploadProductImage': { params: { data: PNG, use_case: 'MAIN_IMAGE' } },
    'products.uploadProductFile': { params: { data: PNG, name: 'manual.png' } },
    'fulfillment.fulfillmentUploadDeliveryFile': { params: { data: PNG, name: 'proof.png' } },
    'fulfillment.fulfillmentUploadDeliveryImage': { params: { data: PNG } },
    'webhooks.deleteShopWebhook': { params: { event_type: 'ORDER_STATUS_CHANGE' } },
  };
}

/** The params a caller would send: every field of the route's query and body schemas, sampled. */
function sampleParams(op: TikTokShopOperation, endpoint: AnyEndpoint): Record<string, unknown> | undefined {
  if (!op.usage.includes('params')) return undefined;
  const options = { seed: op.id, mode: 'request' as const, arrayLength: 1 };
  const query = endpoint.query ? (tiktokShopSampleValue(endpoint.query, options) as Record<string, unknown>) : {};
  const body = endpoint.body ? (tiktokShopSampleValue(endpoint.body, options) as Record<string, unknown>) : {};
  const params = { ...query, ...body };
  if ('page_size' in params) params.page_size = 2; // several pages of the emulator's 5 items
  return params;
}

/** Every key whose name says "id", at any depth, holds a string or a model (ids are never numbers, whatever the wire had). */
function expectIdsAreStrings(value: unknown, where: string): void {
  if (Array.isArray(value)) value.forEach((v, i) => expectIdsAreStrings(v, `${where}.${i}`));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'id' || /_id$/.test(k)) && v !== null && typeof v !== 'object') expect(typeof v, `${where}.${k}`).toBe('string');
      expectIdsAreStrings(v, `${where}.${k}`);
    }
  }
}

/** The request that arrived, as sent: method, path, query split, body, and a sign that matches it. */
function expectOnTheWire(env: Env, op: TikTokShopOperation, endpoint: AnyEndpoint, entry: JournalEntry, call: Call): void {
  const url = new URL(entry.url);
  expect(entry.method).toBe(op.method);
  expect(url.pathname).toBe(endpoint.buildPath(call.path ?? []));
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) query[k] = v;
  expect(Object.keys(query)).toEqual(expect.arrayContaining(['app_key', 'timestamp', 'sign']));
  expect(query.shop_cipher).toBe(op.scope === 'shop' ? TIKTOK_SHOP_TEST_SHOP_CIPHER : undefined);

  const params = call.params ?? {};
  const queryKeys = endpoint.layout.queryKeys ?? new Set();
  const sentQuery = toQueryRecord(Object.fromEntries(Object.entries(params).filter(([k]) => queryKeys.has(k))));
  for (const [k, v] of Object.entries(sentQuery)) expect(query[k], `query ${k}`).toBe(v);
  const bodyParams = Object.fromEntries(Object.entries(params).filter(([k]) => !queryKeys.has(k)));
  const contentType = entry.headers['content-type'];
  if (op.upload) {
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(entry.body).toContain('name="data"; filename="upload.png"');
    for (const [k, v] of Object.entries(bodyParams))
      if (k !== 'data') expect(entry.body).toContain(`name="${k}"\r\n\r\n${String(v)}\r\n`);
  } else if (endpoint.body) {
    expect(JSON.parse(entry.body)).toEqual(bodyParams);
  } else {
    expect(entry.body).toBe('');
  }
  const expected = signRequest({
    appSecret: env.emu.state.appSecret,
    path: url.pathname,
    query,
    body: entry.body || undefined,
    contentType,
  });
  expect(query.sign, 'sign').toBe(expected);
}

async function drive(env: Env, op: TikTokShopOperation, fixed: Record<string, Call>): Promise<void> {
  const endpoint = ((op.scope === 'shop' ? shopRoutesById : sellerRoutesById) as Record<string, AnyEndpoint>)[op.id]!;
  await endpoint.load(); // its schemas, to sample params from
  const call: Call = fixed[op.id] ?? {
    path: endpoint.pathParams.map((p) => tiktokShopSampleId(`${op.id}:${p}`)),
    params: sampleParams(op, endpoint),
  };
  const path = call.path ?? [];
  const owner = (op.scope === 'shop' ? env.shop : env.seller) as unknown as Record<
    string,
    Record<string, (...a: unknown[]) => unknown>
  > & {
    call: (...a: unknown[]) => unknown;
  };
  const args = [...path, ...(op.usage.includes('params') ? [call.params] : [])];
  const invoke = () => (op.methodName ? owner[op.namespace]![op.methodName]!(...args) : owner.call(op.id, path, call.params));
  const before = env.emu.faults.count();

  const result = invoke() as PromiseLike<unknown> & AsyncIterable<unknown>;
  if (op.paged) {
    const page = (await result) as { items: unknown[]; requestId?: string; nextCursor: unknown };
    expect(page.requestId, op.id).toEqual(expect.any(String));
    expectIdsAreStrings(page.items, op.id);
    if (!call.firstPageOnly) {
      const items: unknown[] = [];
      for await (const item of invoke() as AsyncIterable<unknown>) items.push(item);
      expect(items, `${op.id}: every item of every page`).toHaveLength(TIKTOK_SHOP_GENERIC_LIST_TOTAL);
      expect(new Set(items.map((i) => JSON.stringify(i))).size, `${op.id}: pages do not repeat`).toBe(items.length);
    }
  } else {
    const data = (await result) as { requestId?: string };
    expect(data, op.id).toBeTypeOf('object');
    expect(data.requestId, op.id).toEqual(expect.any(String));
    expectIdsAreStrings(data, op.id);
  }
  const sent = env.emu.faults.requests().slice(before);
  expect(sent.length, `${op.id}: requests sent`).toBeGreaterThan(0);
  expectOnTheWire(env, op, endpoint, sent[0]!, call);
}

const namespaces = [...new Set(TikTokShop.routes.map((r) => r.namespace))].sort();

describe('every operation against the emulator: request on the wire, sign, response decoded', () => {
  it('covers the 16 namespaces', () => {
    expect(namespaces).toEqual([
      'account',
      'affiliate',
      'affiliateCreator',
      'affiliatePartner',
      'affiliateSeller',
      'authorization',
      'finance',
      'fulfillment',
      'logistics',
      'orders',
      'products',
      'promotions',
      'reconciliation',
      'returns',
      'supplyChain',
      'webhooks',
    ]);
  });

  for (const namespace of namespaces) {
    const ops = TikTokShop.routes.filter((r) => r.namespace === namespace);
    it(`${namespace}: all ${ops.length} operations`, async () => {
      const env = setup();
      env.emu.state.webhooksOf(TIKTOK_SHOP_TEST_SHOP_CIPHER).set('ORDER_STATUS_CHANGE', {
        event_type: 'ORDER_STATUS_CHANGE',
        address: 'https://example.com/hooks',
        create_time: 1,
        update_time: 1,
      });
      const fixed = fixedCalls(env);
      for (const op of ops) await drive(env, op, fixed);
    });
  }
});
