import type { EndpointParams } from '../../core/endpoint.js';
import type { CallOptions, PageOptions } from '../../core/options.js';
import { GeneratedShopOrders } from '../generated/resources/shop-orders.js';
import { routes } from '../routes.js';

export type { OrderStatus } from '../order-status.js';
/** Get Order List params: filters (sent in the JSON body) and paging/sorting (sent in the query) in one object. */
export type OrderSearchParams = EndpointParams<typeof routes.searchOrders>;
/** Get Order Detail params. */
export type OrderGetParams = EndpointParams<typeof routes.getOrders>;

/** `shop.orders`: one shop's orders. */
export class ShopOrders extends GeneratedShopOrders {
  /**
   * `POST /order/202309/orders/search`: orders matching `params`, paged by `page_token` until the token is empty.
   * A read sent as POST, so it is retried like a GET. Resume a stored `page.nextCursor` with `{ cursor }`.
   */
  search(params?: OrderSearchParams, options?: PageOptions) {
    return this._list(routes.searchOrders, [], params, options);
  }

  /** `GET /order/202507/orders?ids=a,b`: up to 50 orders by id (more is refused locally, nothing is sent). */
  get(params: OrderGetParams, options?: CallOptions) {
    return this._request(routes.getOrders, [], params, options);
  }

  /** `GET /order/202407/orders/{order_id}/price_detail`: how the order's price was computed. */
  priceDetail(orderId: string, options?: CallOptions) {
    return this._request(routes.getPriceDetail, [orderId], undefined, options);
  }
}
