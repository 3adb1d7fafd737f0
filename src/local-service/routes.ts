/**
 * The Local Service route table: the nine endpoints of the Local Service docs (Product Management APIs), all POST
 * with a JSON body, paths relative to the base URL `https://open.tiktokapis.com/v2/localservice/saas`. Paths are
 * exactly as printed: `product/offline` and `product/withdraw_audit` have no trailing slash (Local Service docs:
 * Delist the Product, Product Review Revocation).
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
  /** Local Service docs: Update/Create Product. A full replace; the review outcome arrives by webhook. */
  saveProduct: defineEndpoint({
    name: 'products.save',
    method: 'POST',
    path: '/product/save/',
    body: saveProductParams,
    response: acknowledgement,
    // Idempotent by third_product_id (a save replaces the product, keeping its id), so a replay cannot duplicate it.
    retrySafe: true,
  }),
  /** Local Service docs: Product Update (Exempt From Review). Price and stock, applied at once. */
  updateWithoutReview: defineEndpoint({
    name: 'products.updateWithoutReview',
    method: 'POST',
    path: '/product/update_free_audit/',
    body: updateWithoutReviewParams,
    response: acknowledgement,
    // Sets absolute price and stock values, so a replay leaves the same state.
    retrySafe: true,
  }),
  /** Local Service docs: Delist the Product. */
  delistProduct: defineEndpoint({
    name: 'products.delist',
    method: 'POST',
    path: '/product/offline',
    body: productActionParams,
    response: acknowledgement,
  }),
  /** Local Service docs: Product Review Revocation. */
  withdrawReview: defineEndpoint({
    name: 'products.withdrawReview',
    method: 'POST',
    path: '/product/withdraw_audit',
    body: productActionParams,
    response: acknowledgement,
  }),
  /** Local Service docs: Product List Query. */
  listProducts: defineEndpoint({
    name: 'products.list',
    method: 'POST',
    path: '/product/batch_query/',
    body: listProductsParams,
    response: productPageSchema,
    paging: pagesOf('products'),
    retrySafe: true,
  }),
  /** Local Service docs: Product Details Inquiry. */
  getProduct: defineEndpoint({
    name: 'products.get',
    method: 'POST',
    path: '/product/query/',
    body: retrieveProductParams,
    response: productDetailResultSchema,
    retrySafe: true,
  }),
  /** Local Service docs: Product Category Inquiry. */
  categories: defineEndpoint({
    name: 'products.categories',
    method: 'POST',
    path: '/product_opt_category/query/',
    body: categoriesParams,
    response: categoryTreeSchema,
    retrySafe: true,
  }),
  /** Local Service docs: Products Can Be Queried in Shops. */
  shops: defineEndpoint({
    name: 'products.shops',
    method: 'POST',
    path: '/product_opt_shops/query/',
    body: shopsParams,
    response: shopPageSchema,
    paging: pagesOf('shops'),
    retrySafe: true,
  }),
  /** Local Service docs: National Holiday Inquiry. */
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
