/**
 * Every TikTok Shop endpoint of this SDK, as data. Common parameters (app_key, timestamp, sign, shop_cipher,
 * x-tts-access-token) are added by the auth strategy, not declared here. Request schemas are closed: a key they
 * do not declare is refused before anything is sent (with the closest known key suggested); parameters TikTok
 * adds later go through `options.extraQuery`, and are signed like the rest.
 */
import { z } from 'zod';
import { pageTokenCursor } from '../core/cursors.js';
import { defineEndpoint } from '../core/endpoint.js';
import { attributesSchema, brandPageSchema, categoriesSchema, diagnosesSchema } from './schemas/catalog.js';
import { orderPageSchema, ordersSchema } from './schemas/order.js';
import { priceDetailSchema } from './schemas/price-detail.js';
import { productSchema } from './schemas/product.js';
import { shopsSchema, tokenSetSchema } from './schemas/auth.js';
import { ORDER_STATUSES } from './order-status.js';

const idInput = z.string().regex(/^\d+$/, 'an int64 id as a decimal string');
const pageSize = z.number().int().min(1).max(100);
const categoryVersion = z.enum(['v1', 'v2']).optional();
const unixSeconds = z.number().int().nonnegative().optional();

/** Most order ids per Get Order Detail call (TikTok Shop docs: Get Order Detail). */
export const MAX_ORDER_IDS = 50;
/** Most product ids per diagnosis call (TikTok Shop docs: Get Products SEO Words / Diagnoses). */
export const MAX_DIAGNOSE_IDS = 200;

/** TikTok Shop token paging: `page_token` in the query, `next_page_token` in data; an empty token ends it. */
function tokenPages<K extends string>(items: K) {
  return pageTokenCursor({ items, tokenParam: 'page_token', nextToken: 'data.next_page_token' });
}

export const routes = {
  // --- authorization (TikTok Shop docs: Get Authorized Shops) ---
  getShops: defineEndpoint({
    name: 'authorization.getShops',
    method: 'GET',
    path: '/authorization/202309/shops',
    response: shopsSchema,
    returns: 'shops',
  }),

  // --- products; the pages that print no method use GET in their curl ---
  getProduct: defineEndpoint({
    name: 'products.get',
    method: 'GET',
    path: '/product/202309/products/{product_id}',
    query: z
      .object({ return_under_review_version: z.boolean().optional(), return_draft_version: z.boolean().optional() })
      .refine((q) => !(q.return_under_review_version && q.return_draft_version), {
        message: 'return_under_review_version and return_draft_version are mutually exclusive: specify only one',
      }),
    response: productSchema,
  }),
  getCategories: defineEndpoint({
    name: 'products.categories',
    method: 'GET',
    path: '/product/202309/categories',
    query: z.object({
      /** BCP-47, e.g. `en-US`. Default: the shop's locale. */
      locale: z.string().optional(),
      /** Filters on `local_name`. */
      keyword: z.string().optional(),
      /** `v2` (7 levels) is required for US shops, `v1` (3 levels) elsewhere and the default. */
      category_version: categoryVersion,
      /** Default `TIKTOK_SHOP`; `TOKOPEDIA` for sellers migrated from Tokopedia. */
      listing_platform: z.enum(['TIKTOK_SHOP', 'TOKOPEDIA']).optional(),
      /** BR, MX, EU and SEA markets only. */
      include_prohibited_categories: z.boolean().optional(),
    }),
    response: categoriesSchema,
    returns: 'categories',
  }),
  // Seller-scoped: sending shop_cipher here is an error (36009004 "Unexpected identifier").
  getGlobalCategories: defineEndpoint({
    name: 'products.globalCategories',
    method: 'GET',
    path: '/product/202309/global_categories',
    query: z.object({ locale: z.string().optional(), keyword: z.string().optional(), category_version: categoryVersion }),
    response: categoriesSchema,
    returns: 'categories',
  }),
  getAttributes: defineEndpoint({
    name: 'products.attributes',
    method: 'GET',
    path: '/product/202309/categories/{category_id}/attributes',
    query: z.object({ locale: z.string().optional(), category_version: categoryVersion }),
    response: attributesSchema,
    returns: 'attributes',
  }),
  getBrands: defineEndpoint({
    name: 'products.brands',
    method: 'GET',
    path: '/product/202309/brands',
    query: z.object({
      /** Shows authorization per brand for this category. */
      category_id: idInput.optional(),
      // Typed "bool" but documented and sent as 1/0 (TikTok Shop docs: Get Brands, curl example).
      /** 1 = authorized brands only, 0 = all. */
      is_authorized: z.union([z.literal(0), z.literal(1)]).optional(),
      /** Prefix match on the brand name. */
      brand_name: z.string().optional(),
      /** Brands per page, 1-100. Default 100. */
      page_size: pageSize.default(100),
      page_token: z.string().optional(),
      category_version: categoryVersion,
    }),
    response: brandPageSchema,
    paging: tokenPages('brands'),
  }),
  diagnoseProducts: defineEndpoint({
    name: 'products.diagnose',
    method: 'GET',
    path: '/product/202405/products/diagnoses',
    // Arrays go comma-joined, as in the curl example: the core joins them and signs the joined string.
    query: z.object({ product_ids: z.array(idInput).min(1).max(MAX_DIAGNOSE_IDS) }),
    response: diagnosesSchema,
    returns: 'products',
  }),

  // --- orders (TikTok Shop docs: Get Order List, Get Order Detail, Get Price Detail) ---
  searchOrders: defineEndpoint({
    name: 'orders.search',
    method: 'POST',
    path: '/order/202309/orders/search',
    retrySafe: true, // a POST that only reads: replaying it is harmless
    query: z.object({
      /** Orders per page, 1-100. Default 20 (the API requires the field; 20 is its documented default). */
      page_size: pageSize.default(20),
      page_token: z.string().optional(),
      /** Default `create_time`. */
      sort_field: z.enum(['create_time', 'update_time']).optional(),
      /** Default `DESC`. */
      sort_order: z.enum(['ASC', 'DESC']).optional(),
    }),
    body: z.object({
      order_status: z.enum(ORDER_STATUSES).optional(),
      /** Unix seconds; `_lt` defaults to now, `_ge` to the shop's start. */
      create_time_ge: unixSeconds,
      create_time_lt: unixSeconds,
      update_time_ge: unixSeconds,
      update_time_lt: unixSeconds,
      shipping_type: z.enum(['TIKTOK', 'SELLER']).optional(),
      buyer_user_id: z.string().optional(),
      is_buyer_request_cancel: z.boolean().optional(),
      /** Multi-warehouse shops only; at most 100. */
      warehouse_ids: z.array(idInput).max(100).optional(),
    }),
    response: orderPageSchema,
    paging: tokenPages('orders'),
  }),
  getOrders: defineEndpoint({
    name: 'orders.get',
    method: 'GET',
    path: '/order/202507/orders',
    query: z.object({ ids: z.array(idInput).min(1).max(MAX_ORDER_IDS) }),
    response: ordersSchema,
    returns: 'orders',
  }),
  getPriceDetail: defineEndpoint({
    name: 'orders.priceDetail',
    method: 'GET',
    path: '/order/202407/orders/{order_id}/price_detail',
    response: priceDetailSchema,
  }),
} as const;

/** The token endpoints, on the auth host; app_key/app_secret are added by the token auth. */
export const tokenRoutes = {
  getAccessToken: defineEndpoint({
    name: 'auth.getAccessToken',
    method: 'GET',
    path: '/api/v2/token/get',
    // A one-time code (30 min, single use): never replayed, whatever the method says.
    retrySafe: false,
    query: z.object({ auth_code: z.string().min(1), grant_type: z.literal('authorized_code').default('authorized_code') }),
    response: tokenSetSchema,
  }),
  refreshAccessToken: defineEndpoint({
    name: 'auth.refreshAccessToken',
    method: 'GET',
    path: '/api/v2/token/refresh',
    query: z.object({ refresh_token: z.string().min(1), grant_type: z.literal('refresh_token').default('refresh_token') }),
    response: tokenSetSchema,
  }),
} as const;
