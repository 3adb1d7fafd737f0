/** Business endpoints of the emulator, each behind the API's common checks (verify.ts). */
import { http, type RequestHandler } from 'msw';
import { TIKTOK_SHOP_BASE_URL } from '../../tiktok-shop/client.js';
import {
  SEED_DIAGNOSE,
  SEED_GET_ATTRIBUTES,
  SEED_GET_BRANDS,
  SEED_GET_CATEGORIES,
  SEED_GET_GLOBAL_CATEGORIES,
} from './fixtures-catalog.js';
import { SEED_ORDER_DETAIL } from './fixtures-orders.js';
import { SEED_PRICE_DETAIL } from './fixtures-price.js';
import { decodePageToken, pageOf } from './paging.js';
import type { Responder } from './respond.js';
import type { TikTokShopEmulatorState } from './state.js';
import { verifyRequest, type Scope, type Verified } from './verify.js';

type Method = 'get' | 'post';
type Handle = (v: Verified & { params: Record<string, string> }) => Response;

const BRAND_COUNT = 230;
const brands = Array.from({ length: BRAND_COUNT }, (_, i) =>
  i === 0
    ? SEED_GET_BRANDS.data.brands[0]!
    : { ...SEED_GET_BRANDS.data.brands[0]!, id: String(7082427311584347905n + BigInt(i)), name: `Brand ${i}` },
);

export function apiHandlers(state: TikTokShopEmulatorState, respond: Responder): RequestHandler[] {
  const route = (method: Method, path: string, scope: Scope, handle: Handle): RequestHandler =>
    http[method](`${TIKTOK_SHOP_BASE_URL}${path}`, async ({ request, params }) => {
      const verified = await verifyRequest(request, scope, state, respond);
      if (verified instanceof Response) return verified;
      return handle({ ...verified, params: params as Record<string, string> });
    });
  const pageSize = (q: URLSearchParams) => {
    const n = Number(q.get('page_size'));
    return Number.isInteger(n) && n >= 1 && n <= 100 ? n : undefined;
  };

  return [
    route('get', '/authorization/202309/shops', 'seller', ({ openId }) =>
      respond.ok({ shops: state.sellers.get(openId)!.shops.map(({ orders: _orders, ...shop }) => shop) }),
    ),
    route('get', '/product/202309/products/:product_id', 'shop', ({ params }) => {
      const product = state.products.get(params.product_id ?? '');
      return product ? respond.ok(product) : respond.error(12019150, 'The product ID does not exist. ');
    }),
    route('get', '/product/202309/categories', 'shop', () => respond.ok(SEED_GET_CATEGORIES.data)),
    route('get', '/product/202309/global_categories', 'seller', () => respond.ok(SEED_GET_GLOBAL_CATEGORIES.data)),
    route('get', '/product/202309/categories/:category_id/attributes', 'shop', () => respond.ok(SEED_GET_ATTRIBUTES.data)),
    route('get', '/product/202309/brands', 'shop', ({ query }) => {
      const size = pageSize(query);
      if (size === undefined) return respond.error(12019109, 'page size is invalid');
      const offset = decodePageToken(query.get('page_token'));
      if (offset === undefined) return respond.error(12019108, 'page number is invalid');
      const prefix = query.get('brand_name') ?? '';
      const matching = brands.filter((b) => b.name.startsWith(prefix));
      const { page, next_page_token } = pageOf(matching, offset, size);
      return respond.ok({ brands: page, total_count: matching.length, next_page_token });
    }),
    route('get', '/product/202405/products/diagnoses', 'shop', ({ query }) => {
      const ids = (query.get('product_ids') ?? '').split(',').filter(Boolean);
      // 36009004 is for credentials, timestamps and identifiers (Common errors); parameters get the documented codes.
      if (ids.length === 0) return respond.error(21001001, 'invalid params: product_ids is required');
      if (ids.length > 200) return respond.error(12019120, 'product ids exceed limit');
      const template = SEED_DIAGNOSE.data.products[0]!;
      return respond.ok({ products: ids.map((id) => ({ ...structuredClone(template), id })) });
    }),
    route('post', '/order/202309/orders/search', 'shop', ({ shop, query, body }) => {
      const size = pageSize(query);
      if (size === undefined) return respond.error(21001001, 'invalid params: page_size must be 1-100');
      const offset = decodePageToken(query.get('page_token'));
      if (offset === undefined) return respond.error(21001001, 'invalid params: page_token is invalid');
      let filters: Record<string, unknown>;
      try {
        filters = body ? (JSON.parse(body) as Record<string, unknown>) : {};
      } catch {
        return respond.error(
          36009022,
          'Invalid request format. The request body format must be application/json for structured data or multipart/form-data for binary files.',
        );
      }
      const field = query.get('sort_field') === 'update_time' ? 'update_time' : 'create_time';
      const dir = query.get('sort_order') === 'ASC' ? 1 : -1;
      const selected = shop!.orders.filter((o) => matches(o, filters)).sort((a, b) => dir * ((a[field] ?? 0) - (b[field] ?? 0)));
      const { page, next_page_token } = pageOf(selected, offset, size);
      return respond.ok({ next_page_token, total_count: selected.length, orders: page });
    }),
    route('get', '/order/202507/orders', 'shop', ({ shop, query }) => {
      const ids = (query.get('ids') ?? '').split(',').filter(Boolean);
      if (ids.length === 0 || ids.length > 50) return respond.error(21001001, 'invalid params: ids takes 1 to 50 order ids');
      const found = shop!.orders.filter((o) => ids.includes(o.id));
      if (found.length === 0) return respond.error(21008111, 'The order or package does not belong to the current seller.');
      return respond.ok({ orders: found.map(orderDetail) });
    }),
    route('get', '/order/202407/orders/:order_id/price_detail', 'shop', ({ shop, params }) => {
      const order = shop!.orders.find((o) => o.id === params.order_id);
      if (!order) return respond.error(21008111, 'The order/package does not belong to the current seller');
      const detail = structuredClone(SEED_PRICE_DETAIL.data);
      detail.line_items = (order.line_items ?? []).map((li) => ({
        ...structuredClone(SEED_PRICE_DETAIL.data.line_items[0]!),
        id: li.id,
      }));
      return respond.ok(detail);
    }),
  ];
}

/**
 * An order in the Get Order Detail shape: the fields of the docs' Order Detail example, with this order's values
 * where it has them. Detail-only fields (`payment_card_type`, `payment_method_code`, `payment_auth_code`,
 * `channel_entity_national_registry_id`) come from that example; list-only ones (`fulfillment_priority_level`,
 * `recommended_shipping_time`) are left out.
 */
function orderDetail(order: Record<string, unknown>): Record<string, unknown> {
  const template = SEED_ORDER_DETAIL.data.orders[0]! as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(template)) {
    if (key in order) out[key] = structuredClone(order[key]);
    else if (key !== 'recipient_address') out[key] = structuredClone(template[key]); // ON_HOLD orders have no address
  }
  return out;
}

/** The Get Order List body filters (TikTok Shop docs: Get Order List). */
function matches(
  o: { [k: string]: unknown; create_time?: number | undefined; update_time?: number | undefined },
  f: Record<string, unknown>,
): boolean {
  const num = (k: string) => (typeof f[k] === 'number' ? (f[k] as number) : undefined);
  const ct = o.create_time ?? 0;
  const ut = o.update_time ?? 0;
  if (typeof f.order_status === 'string' && o.status !== f.order_status) return false;
  if (typeof f.shipping_type === 'string' && o.shipping_type !== f.shipping_type) return false;
  if (num('create_time_ge') !== undefined && ct < num('create_time_ge')!) return false;
  if (num('create_time_lt') !== undefined && ct >= num('create_time_lt')!) return false;
  if (num('update_time_ge') !== undefined && ut < num('update_time_ge')!) return false;
  if (num('update_time_lt') !== undefined && ut >= num('update_time_lt')!) return false;
  if (typeof f.buyer_user_id === 'string' && o.user_id !== f.buyer_user_id) return false;
  return true;
}
