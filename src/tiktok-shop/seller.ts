import { inspect } from 'node:util';
import type { CoreClient } from '../core/client.js';
import { ConfigurationError } from '../core/errors/index.js';
import type { PageOptions } from '../core/options.js';
import { TikTokShopAuth, type AppCredentials } from './auth.js';
import {
  RouteCaller,
  type RouteParams,
  type RoutePath,
  type RouteResult,
  type SellerRouteId,
  type SellerRoutes,
} from './call.js';
import { SellerAccount } from './generated/resources/seller-account.js';
import { SellerAffiliate } from './generated/resources/seller-affiliate.js';
import { SellerAffiliateCreator } from './generated/resources/seller-affiliate-creator.js';
import { SellerAffiliatePartner } from './generated/resources/seller-affiliate-partner.js';
import { SellerFulfillment } from './generated/resources/seller-fulfillment.js';
import { SellerLogistics } from './generated/resources/seller-logistics.js';
import { SellerReconciliation } from './generated/resources/seller-reconciliation.js';
import { SellerSupplyChain } from './generated/resources/seller-supply-chain.js';
import { SellerAuthorization } from './resources/authorization.js';
import { SellerProducts } from './resources/products.js';
import type { Shop, TokenSet } from './schemas/auth.js';
import { TikTokShopShop } from './shop.js';

/**
 * One seller (an `open_id`) of the app: the authorized account, which may be a seller, a creator or a partner.
 * Its access token is taken from the token store, refreshed ahead of expiry and after a 105002, and shared by
 * every shop of the seller. From `app.seller(openIdOrTokens)`. Its namespaces hold the operations that take no
 * `shop_cipher`; a shop's are on `seller.shop(cipher)`.
 */
export class TikTokShopSeller {
  readonly openId: string;
  /** The shops the seller authorized, widget tokens, category assets. */
  readonly authorization: SellerAuthorization;
  /** Catalog calls without a shop: global categories and products, brands, uploads, compliance records. */
  readonly products: SellerProducts;
  /** The account itself (`/seller`): its active shops and permissions. */
  readonly account: SellerAccount;
  /** Affiliate showcase and anchor operations (`/affiliate`). */
  readonly affiliate: SellerAffiliate;
  /** The creator side of affiliate (`/affiliate_creator`). */
  readonly affiliateCreator: SellerAffiliateCreator;
  /** The partner side of affiliate (`/affiliate_partner`): campaigns and their products. */
  readonly affiliatePartner: SellerAffiliatePartner;
  /** First-mile bundles. */
  readonly fulfillment: SellerFulfillment;
  /** Global seller warehouses. */
  readonly logistics: SellerLogistics;
  /** Order status data exchange. */
  readonly reconciliation: SellerReconciliation;
  /** Package shipment sync (`/supply_chain`). */
  readonly supplyChain: SellerSupplyChain;
  readonly #core: CoreClient;
  readonly #app: AppCredentials;
  readonly #caller: RouteCaller;

  /** @internal */
  constructor(core: CoreClient, app: AppCredentials, openId: string) {
    this.openId = openId;
    this.#core = core;
    this.#app = app;
    const auth = new TikTokShopAuth(app, openId);
    this.authorization = new SellerAuthorization(core, auth);
    this.products = new SellerProducts(core, auth);
    this.account = new SellerAccount(core, auth);
    this.affiliate = new SellerAffiliate(core, auth);
    this.affiliateCreator = new SellerAffiliateCreator(core, auth);
    this.affiliatePartner = new SellerAffiliatePartner(core, auth);
    this.fulfillment = new SellerFulfillment(core, auth);
    this.logistics = new SellerLogistics(core, auth);
    this.reconciliation = new SellerReconciliation(core, auth);
    this.supplyChain = new SellerSupplyChain(core, auth);
    this.#caller = new RouteCaller(core, auth);
  }

  /**
   * Calls an operation of the seller by its route id (`TikTokShop.routes`), e.g. an older version no method
   * calls: `seller.call('products.searchGlobalProducts.202309', [], { page_size: 20 })`. A paged route returns a
   * `PagePromise`, like its method.
   */
  call<K extends SellerRouteId>(
    id: K,
    path: RoutePath<SellerRoutes[K]>,
    params?: RouteParams<SellerRoutes[K]>,
    options?: PageOptions,
  ): RouteResult<SellerRoutes[K]> {
    return this.#caller.call('seller', id, path, params, options) as RouteResult<SellerRoutes[K]>;
  }

  /** Binds a shop by its `cipher` (or a {@link Shop} from `authorization.getShops()`). */
  shop(cipherOrShop: string | Shop): TikTokShopShop {
    const cipher = typeof cipherOrShop === 'string' ? cipherOrShop : cipherOrShop.cipher;
    if (!cipher) {
      throw new ConfigurationError(
        'TikTok Shop: seller.shop() needs a shop_cipher; take it from (await seller.authorization.getShops())[i].cipher.',
      );
    }
    return new TikTokShopShop(this.#core, this.#app, this.openId, cipher);
  }

  /** The seller's current tokens, refreshed first when they expire within the margin. */
  tokens(): Promise<TokenSet> {
    return this.#app.tokens.current(this.openId);
  }

  toJSON() {
    return { openId: this.openId };
  }

  [inspect.custom]() {
    return `TikTokShopSeller { openId: '${this.openId}' }`;
  }
}
