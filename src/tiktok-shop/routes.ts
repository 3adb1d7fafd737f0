/**
 * Every TikTok Shop endpoint of this SDK, as data (DESIGN.md "Endpoints are data"; ENDPOINTS.md 2.9).
 * Common parameters (app_key, timestamp, sign, shop_cipher, x-tts-access-token) are added by the auth strategy,
 * not declared here. Request objects are loose so that parameters the API adds later pass through (and are signed).
 */
import { z } from 'zod';
import { defineEndpoint } from '../core/endpoint.js';
import { attributesSchema, brandPageSchema, categoriesSchema, diagnosesSchema } from './schemas/catalog.js';
import { orderPageSchema, ordersSchema } from './schemas/order.js';
import { priceDetailSchema } from './schemas/price-detail.js';
import { productSchema } from './schemas/product.js';
import { shopsSchema, tokenSetSchema } from './schemas/auth.js';

const idInput = z.string().regex(/^\d+$/, 'an int64 id as a decimal string');
const pageSize = z.number().int().min(1).max(100);
const categoryVersion = z.enum(['v1', 'v2']).optional();

/** Most order ids per Get Order Detail call (S:2669). */
export const MAX_ORDER_IDS = 50;
/** Most product ids per diagnosis call (S:1490). */
export const MAX_DIAGNOSE_IDS = 200;

export const routes = {
  // --- authorization (signing guide S:298-331; response fields n/g in the seed) ---
  shops: defineEndpoint({ name: 'authorization.getShops', method: 'GET', path: '/authorization/202309/shops', response: shopsSchema }),

  // --- products (S:516-1929); the four pages that print no method use GET in their curl (ENDPOINTS.md 5.2.3) ---
  product: defineEndpoint({
    name: 'products.get',
    method: 'GET',
    path: '/product/202309/products/{product_id}',
    query: z
      .looseObject({ return_under_review_version: z.boolean().optional(), return_draft_version: z.boolean().optional() })
      .refine((q) => !(q.return_under_review_version && q.return_draft_version), {
        message: 'return_under_review_version and return_draft_version are mutually exclusive: specify only one (S:575)',
      }),
    response: productSchema,
  }),
  categories: defineEndpoint({
    name: 'products.categories',
    method: 'GET',
    path: '/product/202309/categories',
    query: z.looseObject({
      locale: z.string().optional(),
      keyword: z.string().optional(),
      category_version: categoryVersion,
      listing_platform: z.enum(['TIKTOK_SHOP', 'TOKOPEDIA']).optional(),
      include_prohibited_categories: z.boolean().optional(),
    }),
    response: categoriesSchema,
  }),
  // Seller-scoped: sending shop_cipher here is an error (36009004 "Unexpected identifier", ENDPOINTS.md 5.2.14).
  globalCategories: defineEndpoint({
    name: 'products.globalCategories',
    method: 'GET',
    path: '/product/202309/global_categories',
    query: z.looseObject({ locale: z.string().optional(), keyword: z.string().optional(), category_version: categoryVersion }),
    response: categoriesSchema,
  }),
  attributes: defineEndpoint({
    name: 'products.attributes',
    method: 'GET',
    path: '/product/202309/categories/{category_id}/attributes',
    query: z.looseObject({ locale: z.string().optional(), category_version: categoryVersion }),
    response: attributesSchema,
  }),
  brands: defineEndpoint({
    name: 'products.brands',
    method: 'GET',
    path: '/product/202309/brands',
    pagination: 'page-token',
    query: z.looseObject({
      category_id: idInput.optional(),
      // Typed "bool" but documented and sent as 1/0 (S:1822-1826, curl S:1857).
      is_authorized: z.union([z.literal(0), z.literal(1)]).optional(),
      brand_name: z.string().optional(),
      page_size: pageSize,
      page_token: z.string().optional(),
      category_version: categoryVersion,
    }),
    response: brandPageSchema,
  }),
  diagnose: defineEndpoint({
    name: 'products.diagnose',
    method: 'GET',
    path: '/product/202405/products/diagnoses',
    // Arrays go comma-joined, as in the curl (S:1497): the core joins them and signs the joined string.
    query: z.looseObject({ product_ids: z.array(idInput).min(1).max(MAX_DIAGNOSE_IDS) }),
    response: diagnosesSchema,
  }),

  // --- orders (S:2166-3148) ---
  searchOrders: defineEndpoint({
    name: 'orders.search',
    method: 'POST',
    path: '/order/202309/orders/search',
    retrySafe: true, // a POST that only reads: replaying it is harmless
    pagination: 'page-token',
    query: z.looseObject({
      page_size: pageSize,
      page_token: z.string().optional(),
      sort_field: z.enum(['create_time', 'update_time']).optional(),
      sort_order: z.enum(['ASC', 'DESC']).optional(),
    }),
    body: z.looseObject({
      order_status: z.string().optional(),
      create_time_ge: z.number().int().nonnegative().optional(),
      create_time_lt: z.number().int().nonnegative().optional(),
      update_time_ge: z.number().int().nonnegative().optional(),
      update_time_lt: z.number().int().nonnegative().optional(),
      shipping_type: z.enum(['TIKTOK', 'SELLER']).optional(),
      buyer_user_id: z.string().optional(),
      is_buyer_request_cancel: z.boolean().optional(),
      warehouse_ids: z.array(idInput).max(100).optional(),
    }),
    response: orderPageSchema,
  }),
  orders: defineEndpoint({
    name: 'orders.get',
    method: 'GET',
    path: '/order/202507/orders',
    query: z.looseObject({ ids: z.array(idInput).min(1).max(MAX_ORDER_IDS) }),
    response: ordersSchema,
  }),
  priceDetail: defineEndpoint({
    name: 'orders.priceDetail',
    method: 'GET',
    path: '/order/202407/orders/{order_id}/price_detail',
    response: priceDetailSchema,
  }),
} as const;

/** The token endpoints, on the auth host (S:3330, S:3460); app_key/app_secret are added by the token auth. */
export const tokenRoutes = {
  get: defineEndpoint({
    name: 'auth.getAccessToken',
    method: 'GET',
    path: '/api/v2/token/get',
    // A one-time code (30 min, single use: S:3317): never replayed, whatever the method says.
    retrySafe: false,
    query: z.looseObject({ auth_code: z.string().min(1), grant_type: z.literal('authorized_code') }),
    response: tokenSetSchema,
  }),
  refresh: defineEndpoint({
    name: 'auth.refreshAccessToken',
    method: 'GET',
    path: '/api/v2/token/refresh',
    query: z.looseObject({ refresh_token: z.string().min(1), grant_type: z.literal('refresh_token') }),
    response: tokenSetSchema,
  }),
} as const;
