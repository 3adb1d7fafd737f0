import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/core/json.js';
import { tokenSetSchema } from '../../src/tiktok-shop/schemas/auth.js';
import { attributesSchema, brandPageSchema, categoriesSchema, diagnosesSchema } from '../../src/tiktok-shop/schemas/catalog.js';
import { orderPageSchema, ordersSchema } from '../../src/tiktok-shop/schemas/order.js';
import { priceDetailSchema } from '../../src/tiktok-shop/schemas/price-detail.js';
import { productSchema } from '../../src/tiktok-shop/schemas/product.js';
import { SEED_TOKEN_RESPONSE } from '../../src/testing/tiktok-shop/fixtures-auth.js';
import {
  SEED_DIAGNOSE,
  SEED_GET_ATTRIBUTES,
  SEED_GET_BRANDS,
  SEED_GET_CATEGORIES,
  SEED_GET_GLOBAL_CATEGORIES,
} from '../../src/testing/tiktok-shop/fixtures-catalog.js';
import { SEED_ORDER_DETAIL, SEED_ORDER_LIST } from '../../src/testing/tiktok-shop/fixtures-orders.js';
import { SEED_PRICE_DETAIL } from '../../src/testing/tiktok-shop/fixtures-price.js';
import { SEED_GET_PRODUCT } from '../../src/testing/tiktok-shop/fixtures-products.js';

/** Each example through the wire path: serialized, decoded int64-safe, then parsed strictly. */
const wire = (example: { data: unknown }) => (parseJson(JSON.stringify(example)) as { data: unknown }).data;

describe("the TikTok Shop docs' example JSON parses with the schemas", () => {
  it.each([
    ['Get Product', productSchema, SEED_GET_PRODUCT],
    ['Get Categories', categoriesSchema, SEED_GET_CATEGORIES],
    ['Get Global Categories', categoriesSchema, SEED_GET_GLOBAL_CATEGORIES],
    ['Product Information Issue Diagnosis', diagnosesSchema, SEED_DIAGNOSE],
    ['Get Attributes', attributesSchema, SEED_GET_ATTRIBUTES],
    ['Get Brands', brandPageSchema, SEED_GET_BRANDS],
    ['Get Order List', orderPageSchema, SEED_ORDER_LIST],
    ['Get Order Detail', ordersSchema, SEED_ORDER_DETAIL],
    ['Get Price Detail', priceDetailSchema, SEED_PRICE_DETAIL],
    ['Token get/refresh (Authorization guide (202309))', tokenSetSchema, SEED_TOKEN_RESPONSE],
  ] as const)('%s', (_name, schema, example) => {
    const result = schema.safeParse(wire(example));
    expect(result.error?.issues).toBeUndefined();
    // Loose objects: nothing the API sent is dropped.
    expect(Object.keys(result.data as object).sort()).toEqual(Object.keys(example.data).sort());
  });

  it('keeps ids as strings and whitespace as sent (open_id above 2^53, "Debit\\n", " ")', () => {
    expect(tokenSetSchema.parse(wire(SEED_TOKEN_RESPONSE)).open_id).toBe('7010736057180325637');
    const [detail] = ordersSchema.parse(wire(SEED_ORDER_DETAIL)).orders!;
    expect(detail!.payment_card_type).toBe(SEED_ORDER_DETAIL.data.orders[0]!.payment_card_type);
    const [listed] = orderPageSchema.parse(wire(SEED_ORDER_LIST)).orders!;
    expect(listed!.recipient_address?.address_line3).toBe(' ');
    expect(listed!.line_items?.[0]?.combined_listing_skus?.[0]?.seller_sku).toBe('yellow-24-XL ');
    expect(typeof detail!.line_items?.[0]?.id).toBe('string');
  });

  it('accepts an int64 id sent as a JSON number without rounding it', () => {
    const body = parseJson('{"id": 1729592969712207008, "status": "ACTIVATE"}');
    expect(productSchema.parse(body).id).toBe('1729592969712207008');
  });
});

describe('Order: the fields every order has are required', () => {
  const order = () => structuredClone(wire(SEED_ORDER_DETAIL) as { orders: Record<string, unknown>[] }).orders[0]!;

  it.each(['id', 'status', 'create_time', 'update_time', 'line_items'])('an order without %s fails validation', (field) => {
    const o = order();
    delete o[field];
    const result = ordersSchema.safeParse({ orders: [o] });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([`orders.0.${field}`]);
  });

  it('status is one of the nine documented statuses', () => {
    expect(ordersSchema.safeParse({ orders: [{ ...order(), status: 'AWAITING_SHIPMENT' }] }).success).toBe(true);
    const result = ordersSchema.safeParse({ orders: [{ ...order(), status: 'SHIPPED' }] });
    expect(result.error?.issues[0]?.path).toEqual(['orders', 0, 'status']);
  });
});
