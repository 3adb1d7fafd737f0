import type { WithMeta } from '../../core/client.js';
import type { CallOptions } from '../../core/options.js';
import type { PagePromise } from '../../core/pagination.js';
import { routes } from '../routes.js';
import type { Order } from '../schemas/order.js';
import type { PriceDetail } from '../schemas/price-detail.js';
import { ScopedResource } from './base.js';

/** Order statuses (ENDPOINTS.md 2.8.2). */
export type OrderStatus =
  | 'UNPAID'
  | 'ON_HOLD'
  | 'AWAITING_SHIPMENT'
  | 'PARTIALLY_SHIPPING'
  | 'AWAITING_COLLECTION'
  | 'IN_TRANSIT'
  | 'DELIVERED'
  | 'COMPLETED'
  | 'CANCELLED';

/** Get Order List filters (JSON body, signed). Times are Unix seconds; `_lt` defaults to now, `_ge` to the shop's start. */
export type OrderFilters = {
  order_status?: OrderStatus | (string & {});
  create_time_ge?: number;
  create_time_lt?: number;
  update_time_ge?: number;
  update_time_lt?: number;
  shipping_type?: 'TIKTOK' | 'SELLER';
  buyer_user_id?: string;
  is_buyer_request_cancel?: boolean;
  /** Multi-warehouse shops only; at most 100. */
  warehouse_ids?: string[];
};

/** Get Order List paging and sorting (query). */
export type OrderPaging = {
  /** Orders per page, 1-100. Default 20 (the API's documented default; the API requires the field). */
  page_size?: number;
  /** Default `create_time`. */
  sort_field?: 'create_time' | 'update_time';
  /** Default `DESC`. */
  sort_order?: 'ASC' | 'DESC';
  /** Resume from a saved `next_page_token`. */
  page_token?: string;
};

/** `shop.orders`: one shop's orders. */
export class ShopOrders extends ScopedResource {
  /**
   * `POST /order/202309/orders/search`: orders matching `filters`, paged by `page_token` until the token is empty.
   * A read sent as POST, so it is retried like a GET.
   */
  search(filters: OrderFilters = {}, paging: OrderPaging = {}, options?: CallOptions): PagePromise<Order> {
    return this.paginate(routes.searchOrders, { ...options, query: { page_size: 20, ...paging }, body: filters }, 'orders');
  }

  /** `GET /order/202507/orders?ids=a,b`: up to 50 orders by id (more is refused locally, nothing is sent). */
  async get(orderIds: string[], options?: CallOptions): Promise<WithMeta<Order[]>> {
    return this.requestList(routes.orders, { ...options, query: { ids: orderIds } }, 'orders');
  }

  /** `GET /order/202407/orders/{order_id}/price_detail`: how the order's price was computed. */
  priceDetail(orderId: string, options?: CallOptions): Promise<WithMeta<PriceDetail>> {
    return this.request(routes.priceDetail, { ...options, path: { order_id: orderId } });
  }
}
