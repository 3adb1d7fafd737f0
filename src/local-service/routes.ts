/**
 * The Local Service route table (ENDPOINTS.md 3.8): the nine endpoints of seed 001, all POST with a JSON body,
 * paths relative to the base URL `https://open.tiktokapis.com/v2/localservice/saas`. Paths are exactly as
 * printed: `product/offline` and `product/withdraw_audit` have no trailing slash (L:216, L:230).
 */
import { pageNoHasMoreCursor } from '../core/cursors.js';
import { defineEndpoint } from '../core/endpoint.js';
import { acknowledgement } from './schemas/common.js';
import {
  categoryTreeSchema,
  holidayCalendarSchema,
  productDetailResultSchema,
  productPageSchema,
  shopPageSchema,
} from './schemas/models.js';
import {
  categoriesParams,
  holidaysParams,
  listProductsParams,
  productActionParams,
  retrieveProductParams,
  saveProductParams,
  shopsParams,
  updateWithoutReviewParams,
} from './schemas/params.js';

/**
 * Page numbers in the body's `pagination`, `has_more` in `data.next_pagination`; `total` decides when the server
 * leaves `has_more` out (the field is optional).
 */
function pagesOf<K extends string>(items: K) {
  return pageNoHasMoreCursor({
    items,
    pageObject: 'pagination',
    pageParam: 'page_no',
    sizeParam: 'page_size',
    hasMore: 'data.next_pagination.has_more',
    total: 'data.next_pagination.total',
  });
}

/** Every Local Service endpoint, declared once; resources name these and nothing else. */
export const routes = {
  /** Update/Create Product (L:20-188). A full replace; the review outcome arrives by webhook (L:180). */
  saveProduct: defineEndpoint({
    name: 'products.save',
    method: 'POST',
    path: '/product/save/',
    body: saveProductParams,
    response: acknowledgement,
    // Idempotent by third_product_id (a save replaces the product, L:185-186), so a replay cannot duplicate it.
    retrySafe: true,
  }),
  /** Product Update (Exempt From Review) (L:189-211): price and stock, applied at once. */
  updateWithoutReview: defineEndpoint({
    name: 'products.updateWithoutReview',
    method: 'POST',
    path: '/product/update_free_audit/',
    body: updateWithoutReviewParams,
    response: acknowledgement,
    // Sets absolute price and stock values, so a replay leaves the same state.
    retrySafe: true,
  }),
  /** Delist the Product (L:212-225). */
  delistProduct: defineEndpoint({
    name: 'products.delist',
    method: 'POST',
    path: '/product/offline',
    body: productActionParams,
    response: acknowledgement,
  }),
  /** Product Review Revocation (L:226-239). */
  withdrawReview: defineEndpoint({
    name: 'products.withdrawReview',
    method: 'POST',
    path: '/product/withdraw_audit',
    body: productActionParams,
    response: acknowledgement,
  }),
  /** Product List Query (L:240-300). */
  listProducts: defineEndpoint({
    name: 'products.list',
    method: 'POST',
    path: '/product/batch_query/',
    body: listProductsParams,
    response: productPageSchema,
    paging: pagesOf('products'),
    retrySafe: true,
  }),
  /** Product Details Inquiry (L:301-375). */
  getProduct: defineEndpoint({
    name: 'products.get',
    method: 'POST',
    path: '/product/query/',
    body: retrieveProductParams,
    response: productDetailResultSchema,
    retrySafe: true,
  }),
  /** Product Category Inquiry (L:376-397). */
  categories: defineEndpoint({
    name: 'products.categories',
    method: 'POST',
    path: '/product_opt_category/query/',
    body: categoriesParams,
    response: categoryTreeSchema,
    retrySafe: true,
  }),
  /** Products Can Be Queried in Shops (L:398-428). */
  shops: defineEndpoint({
    name: 'products.shops',
    method: 'POST',
    path: '/product_opt_shops/query/',
    body: shopsParams,
    response: shopPageSchema,
    paging: pagesOf('shops'),
    retrySafe: true,
  }),
  /** National Holiday Inquiry (L:429-453). */
  holidays: defineEndpoint({
    name: 'holidays.list',
    method: 'POST',
    path: '/holiday/batch_query/',
    body: holidaysParams,
    response: holidayCalendarSchema,
    retrySafe: true,
  }),
} as const;

/** A Local Service endpoint path as printed in the docs without its leading slash, e.g. `'product/save/'`. */
export type LocalServiceEndpointPath = StripSlash<(typeof routes)[keyof typeof routes]['path']>;
type StripSlash<T> = T extends `/${infer P}` ? P : never;

/** Every endpoint path, for option checks and the emulator. */
export const ENDPOINT_PATHS: readonly LocalServiceEndpointPath[] = Object.values(routes).map(
  (r) => r.path.slice(1) as LocalServiceEndpointPath,
);
