import type { CoreClient } from '../../core/client.js';
import type { EndpointParams } from '../../core/endpoint.js';
import type { CallOptions, PageOptions } from '../../core/options.js';
import type { TikTokShopAuth } from '../auth.js';
import type { ServerClock } from '../clock.js';
import type { OrderSyncOptions, OrderSyncResult } from '../order-sync.js';
import { GeneratedShopOrders } from '../generated/resources/shop-orders.js';
import { routes } from '../routes.js';

export type { OrderStatus } from '../order-status.js';
/** Get Order List params: filters (sent in the JSON body) and paging/sorting (sent in the query) in one object. */
export type OrderSearchParams = EndpointParams<typeof routes.searchOrders>;
/** Get Order Detail params. */
export type OrderGetParams = EndpointParams<typeof routes.getOrders>;

/** `shop.orders`: one shop's orders. */
export class ShopOrders extends GeneratedShopOrders {
  readonly #cipher: string;
  readonly #clock: ServerClock;

  /** @internal */
  constructor(core: CoreClient, auth: TikTokShopAuth, cipher: string, clock: ServerClock) {
    super(core, auth);
    this.#cipher = cipher;
    this.#clock = clock;
  }

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

  /**
   * Keeps a copy of this shop's orders in step: every order updated since the last sync (or since `since`), oldest
   * update first, in batches to `onBatch`, with a checkpoint saved in `store` after each batch. Call it again (on a
   * schedule, or after a crash) with the same store: it resumes. An order updated while the sync runs is delivered
   * again with its new state, so a sink that upserts by order id ends up with every order's latest state.
   * docs/order-sync.md says exactly what is guaranteed.
   *
   * ```ts
   * const result = await shop.orders.sync({
   *   store: new JsonFileCheckpointStore({ directory: './checkpoints' }),
   *   since: Math.floor(Date.now() / 1000) - 30 * 86_400,
   *   onBatch: (orders) => db.upsertOrders(orders), // saved once this resolves
   * });
   * ```
   */
  async sync(options: OrderSyncOptions): Promise<OrderSyncResult> {
    // Loaded on first use: most programs that import the TikTok Shop entry never sync.
    const { syncOrders } = await import('../order-sync.js');
    // Windows close by TikTok's clock (as corrected from timestamp errors), not by a host's that may run fast.
    return syncOrders(this, this.#cipher, { now: () => this.#clock.nowSeconds(), ...options });
  }
}
