import { inspect } from 'node:util';
import type { CoreClient } from '../core/client.js';
import { ConfigurationError } from '../core/errors/index.js';
import { TikTokShopAuth, type AppCredentials } from './auth.js';
import { SellerAuthorization } from './resources/authorization.js';
import { SellerProducts } from './resources/products.js';
import type { Shop, TokenSet } from './schemas/auth.js';
import { TikTokShopShop } from './shop.js';

/**
 * One seller (an `open_id`) of the app. Its access token is taken from the token store, refreshed ahead of
 * expiry and after a 105002, and shared by every shop of the seller. From `app.seller(openIdOrTokens)`.
 */
export class TikTokShopSeller {
  readonly openId: string;
  /** Seller-scoped: the shops the seller authorized. */
  readonly authorization: SellerAuthorization;
  /** Seller-scoped catalog calls (global categories). */
  readonly products: SellerProducts;
  readonly #core: CoreClient;
  readonly #app: AppCredentials;

  /** @internal */
  constructor(core: CoreClient, app: AppCredentials, openId: string) {
    this.openId = openId;
    this.#core = core;
    this.#app = app;
    const auth = new TikTokShopAuth(app, openId);
    this.authorization = new SellerAuthorization(core, auth);
    this.products = new SellerProducts(core, auth);
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
