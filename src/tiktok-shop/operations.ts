import type { HttpMethod } from '../core/endpoint.js';
import { OPERATIONS } from './generated/operations.js';

/**
 * One operation of the TikTok Shop Partner API, as `TikTokShop.routes` lists it: find the docs page's title or
 * path, read how to call it.
 *
 * ```ts
 * TikTokShop.routes.find((r) => r.title === 'Ship Package')?.usage; // 'shop.fulfillment.shipPackage(packageId, params)'
 * ```
 */
export interface TikTokShopOperation {
  /** The route id, unique: `<namespace>.<method>`, plus `.<version>` for an older version. For `shop.call(id, ...)`. */
  readonly id: string;
  /** The title of the operation's page in TikTok's docs, e.g. `Ship Package`. */
  readonly title: string;
  readonly method: HttpMethod;
  /** The path template, e.g. `/fulfillment/202309/packages/{package_id}/ship`. */
  readonly path: string;
  /** The API version in the path, e.g. `202309`. */
  readonly version: string;
  /** `shop`: called on `seller.shop(cipher)`, sends its `shop_cipher`; `seller`: on the seller, without one. */
  readonly scope: 'shop' | 'seller';
  /** The namespace on the shop or seller object, e.g. `fulfillment`. */
  readonly namespace: string;
  /** The method on that namespace, or `null` for an older version (reachable by `call(id, ...)` only). */
  readonly methodName: string | null;
  /** How to call it, e.g. `shop.fulfillment.shipPackage(packageId, params)`. */
  readonly usage: string;
  /** Takes `page_token` and returns `next_page_token`: the method returns a `PagePromise`. */
  readonly paged: boolean;
  /** Sends `multipart/form-data`: the file goes in `params.data`. */
  readonly upload: boolean;
}

/** Every operation of the TikTok Shop Partner API this SDK calls (`TikTokShop.routes`). */
export const tiktokShopOperations: readonly TikTokShopOperation[] = Object.freeze(OPERATIONS.map((op) => Object.freeze(op)));
