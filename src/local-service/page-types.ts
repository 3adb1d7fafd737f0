/**
 * Names for Local Service pages, for code that passes a page around (`function save(page: ProductSummaryPage)`):
 * `page.data` is the route's payload (`next_pagination.total`, `has_more` beside the rows), typed, with no cast.
 */
import type { ResponseMeta } from '../core/envelope.js';
import type { Page } from '../core/pagination.js';
import type { LocalServiceShop, ProductListData, ProductSummary, ShopListData } from './schemas/models.js';

/** A page of a Local Service list: items `T`, payload `D` (the route's response), meta with the logid. */
export type LocalServicePage<T, D = unknown> = Page<T, ResponseMeta, D>;
/** A page of `products.list()`: `page.data.next_pagination?.total` is the total when the server sends it. */
export type ProductSummaryPage = Page<ProductSummary, ResponseMeta, ProductListData>;
/** A page of `products.shops()`. */
export type LocalServiceShopPage = Page<LocalServiceShop, ResponseMeta, ShopListData>;
