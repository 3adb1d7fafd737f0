import { inspect } from 'node:util';
import type { CoreClient } from '../core/client.js';
import { TikTokShopAuth, type AppCredentials } from './auth.js';
import { ShopOrders } from './resources/orders.js';
import { ShopProducts } from './resources/products.js';

/** One shop of a seller: every call carries its `shop_cipher` and the seller's token. From `seller.shop(cipher)`. */
export class TikTokShopShop {
  readonly cipher: string;
  readonly products: ShopProducts;
  readonly orders: ShopOrders;

  /** @internal */
  constructor(core: CoreClient, app: AppCredentials, openId: string, cipher: string) {
    this.cipher = cipher;
    const auth = new TikTokShopAuth(app, openId, cipher);
    this.products = new ShopProducts(core, auth);
    this.orders = new ShopOrders(core, auth);
  }

  toJSON() {
    return { cipher: this.cipher };
  }

  [inspect.custom]() {
    return `TikTokShopShop { cipher: '${this.cipher}' }`;
  }
}
