import { inspect } from 'node:util';
import type { CoreClient } from '../core/client.js';
import type { PageOptions } from '../core/options.js';
import { TikTokShopAuth, type AppCredentials } from './auth.js';
import { RouteCaller, type RouteParams, type RoutePath, type RouteResult, type ShopRouteId, type ShopRoutes } from './call.js';
import { ShopAffiliateSeller } from './generated/resources/shop-affiliate-seller.js';
import { ShopAuthorization } from './generated/resources/shop-authorization.js';
import { ShopFinance } from './generated/resources/shop-finance.js';
import { ShopFulfillment } from './generated/resources/shop-fulfillment.js';
import { ShopLogistics } from './generated/resources/shop-logistics.js';
import { ShopPromotions } from './generated/resources/shop-promotions.js';
import { ShopReconciliation } from './generated/resources/shop-reconciliation.js';
import { ShopReturns } from './generated/resources/shop-returns.js';
import { ShopWebhooks } from './generated/resources/shop-webhooks.js';
import { ShopOrders } from './resources/orders.js';
import { ShopProducts } from './resources/products.js';

/**
 * One shop of a seller: every call carries its `shop_cipher` and the seller's token. From `seller.shop(cipher)`.
 * Its namespaces follow the path's first segment (`/fulfillment/...` -> `shop.fulfillment`); `TikTokShop.routes`
 * lists every operation with its method.
 */
export class TikTokShopShop {
  readonly cipher: string;
  /** Products: read, search, create, edit, stock (`updateInventory`) and prices (`updatePrice`). */
  readonly products: ShopProducts;
  /** Orders: search, details, price details. */
  readonly orders: ShopOrders;
  /** Packages and shipping: `shipPackage`, `markPackageAsShipped`, tracking, documents, splits and combines. */
  readonly fulfillment: ShopFulfillment;
  /** Warehouses, delivery options and shipping providers. */
  readonly logistics: ShopLogistics;
  /** Statements, payments, withdrawals and transactions. */
  readonly finance: ShopFinance;
  /** Cancellations, returns and refunds (`/return_refund`). */
  readonly returns: ShopReturns;
  /** Promotion activities and coupons. */
  readonly promotions: ShopPromotions;
  /** The shop's webhook subscriptions (`/event`): list, update, delete. */
  readonly webhooks: ShopWebhooks;
  /** Order data reconciliation (`/data_reconciliation`). */
  readonly reconciliation: ShopReconciliation;
  /** Deauthorize this shop. */
  readonly authorization: ShopAuthorization;
  /** The seller side of affiliate: open and target collaborations, creators, samples, messages. */
  readonly affiliateSeller: ShopAffiliateSeller;
  readonly #caller: RouteCaller;

  /** @internal */
  constructor(core: CoreClient, app: AppCredentials, openId: string, cipher: string) {
    this.cipher = cipher;
    const auth = new TikTokShopAuth(app, openId, cipher);
    this.products = new ShopProducts(core, auth);
    this.orders = new ShopOrders(core, auth, cipher, app.clock);
    this.fulfillment = new ShopFulfillment(core, auth);
    this.logistics = new ShopLogistics(core, auth);
    this.finance = new ShopFinance(core, auth);
    this.returns = new ShopReturns(core, auth);
    this.promotions = new ShopPromotions(core, auth);
    this.webhooks = new ShopWebhooks(core, auth);
    this.reconciliation = new ShopReconciliation(core, auth);
    this.authorization = new ShopAuthorization(core, auth);
    this.affiliateSeller = new ShopAffiliateSeller(core, auth);
    this.#caller = new RouteCaller(core, auth);
  }

  /**
   * Calls an operation of this shop by its route id (`TikTokShop.routes`), e.g. an older version no method calls:
   * `shop.call('orders.getOrderDetail.202309', [], { ids })`. Path values in path order, then the one params object.
   * A paged route returns a `PagePromise`, like its method.
   */
  call<K extends ShopRouteId>(
    id: K,
    path: RoutePath<ShopRoutes[K]>,
    params?: RouteParams<ShopRoutes[K]>,
    options?: PageOptions,
  ): RouteResult<ShopRoutes[K]> {
    return this.#caller.call('shop', id, path, params, options) as RouteResult<ShopRoutes[K]>;
  }

  toJSON() {
    return { cipher: this.cipher };
  }

  [inspect.custom]() {
    return `TikTokShopShop { cipher: '${this.cipher}' }`;
  }
}
