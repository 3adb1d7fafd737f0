import type { AnyEndpoint, HttpMethod } from '../core/endpoint.js';
import { OPERATION_NOTES } from './generated/operations.js';
import { sellerRoutesById, shopRoutesById, uploadRouteIds } from './generated/route-ids.js';

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

function describe(id: string, title: string, args: string): TikTokShopOperation {
  const scope = Object.hasOwn(shopRoutesById, id) ? 'shop' : 'seller';
  const route = ((scope === 'shop' ? shopRoutesById : sellerRoutesById) as Record<string, AnyEndpoint>)[id]!;
  const [namespace, name, olderVersion] = id.split('.') as [string, string, string | undefined];
  const methodName = olderVersion === undefined ? name : null;
  const params = args.endsWith('params');
  const pathArgs = params ? args.slice(0, -'params'.length).replace(/, $/, '') : args;
  return Object.freeze({
    id,
    title,
    method: route.method,
    path: route.path,
    version: route.path.split('/')[2]!,
    scope,
    namespace,
    methodName,
    usage: methodName
      ? `${scope}.${namespace}.${methodName}(${args})`
      : `${scope}.call('${id}', [${pathArgs}]${params ? ', params' : ''})`,
    paged: route.paging !== undefined,
    upload: uploadRouteIds.has(id),
  });
}

let operations: readonly TikTokShopOperation[] | undefined;

/**
 * Every operation of the TikTok Shop Partner API this SDK calls (`TikTokShop.routes`), by scope and namespace.
 * Built on first use, then the same frozen array.
 */
export function tiktokShopOperations(): readonly TikTokShopOperation[] {
  return (operations ??= Object.freeze(Object.entries(OPERATION_NOTES).map(([id, [title, args]]) => describe(id, title, args))));
}
