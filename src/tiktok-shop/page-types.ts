/**
 * Names for TikTok Shop pages, for code that passes a page around (`function save(page: OrderPage)`): `page.data` is
 * the route's payload (`total_count`, `next_page_token` beside the items), typed, with no cast.
 */
import type { ResponseMeta } from '../core/envelope.js';
import type { Page, PagePromise } from '../core/pagination.js';
import type { Order, OrderListData } from './schemas/order.js';

/** A page of a TikTok Shop list: items `T`, payload `D` (the route's response), meta with the request id. */
export type TikTokShopPage<T, D = unknown> = Page<T, ResponseMeta, D>;
/** A page of `shop.orders.search()`: `page.items` are orders, `page.data.total_count` the total of the search. */
export type OrderPage = Page<Order, ResponseMeta, OrderListData>;
/** What `shop.orders.search()` returns: `await` for the first {@link OrderPage}, `for await` for every order. */
export type OrderPagePromise = PagePromise<Order, ResponseMeta, OrderListData>;
