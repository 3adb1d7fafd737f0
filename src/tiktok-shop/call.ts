/**
 * Calling an operation by its route id (`TikTokShop.routes[i].id`): every version of every operation, including
 * the older versions no method calls. `shop.call(id, ...)` takes the shop's routes, `seller.call(id, ...)` the
 * seller's; the route decides the rest exactly as its method would (params split and checked, paging, upload).
 */
import type { CursorStyle } from '../core/cursors.js';
import type { AnyEndpoint, EndpointItem, EndpointParams, EndpointResponse, EndpointResult, PathArgs } from '../core/endpoint.js';
import type { ResponseMeta } from '../core/envelope.js';
import { InvalidParamsError } from '../core/errors/index.js';
import type { PageOptions } from '../core/options.js';
import type { PagePromise } from '../core/pagination.js';
import { closestMatch } from '../core/suggest.js';
import type { WithMeta } from '../core/with-meta.js';
import { API_NAME } from './errors.js';
import { sellerRoutesById, shopRoutesById, uploadRouteIds } from './generated/route-ids.js';
import { TikTokShopResource } from './resource.js';

export type ShopRoutes = typeof shopRoutesById;
export type SellerRoutes = typeof sellerRoutesById;
/** A route id of an operation called on a shop, e.g. `'fulfillment.shipPackage'`. */
export type ShopRouteId = keyof ShopRoutes & string;
/** A route id of an operation called on the seller, e.g. `'products.uploadProductImage'`. */
export type SellerRouteId = keyof SellerRoutes & string;

/** The path values of a route, in path order: `[]` for a route without `{params}`. */
export type RoutePath<E> = E extends { readonly path: infer P extends string } ? PathArgs<P> : readonly string[];
/** What `call` returns for a route: a `PagePromise` for a paged route, else the payload with its meta. */
export type RouteResult<E> = E extends { readonly paging: CursorStyle }
  ? PagePromise<EndpointItem<E>, ResponseMeta, EndpointResponse<E>>
  : Promise<WithMeta<EndpointResult<E>>>;
export type RouteParams<E> = EndpointParams<E>;

/** @internal The resource behind `shop.call` and `seller.call`. */
export class RouteCaller extends TikTokShopResource {
  call(
    scope: 'shop' | 'seller',
    id: string,
    path: readonly string[],
    params: object | undefined,
    options: PageOptions | undefined,
  ): unknown {
    const own: Record<string, AnyEndpoint> = scope === 'shop' ? shopRoutesById : sellerRoutesById;
    const route = Object.hasOwn(own, id) ? own[id] : undefined;
    if (!route) return Promise.reject(unknownRoute(scope, id));
    if (uploadRouteIds.has(id)) return this._multipart(route, path, params ?? {}, options);
    return route.paging ? this._list(route, path, params, options) : this._request(route, path, params, options);
  }
}

function unknownRoute(scope: 'shop' | 'seller', id: string): InvalidParamsError {
  const other = scope === 'shop' ? sellerRoutesById : shopRoutesById;
  let message: string;
  if (Object.hasOwn(other, id)) {
    message =
      scope === 'shop'
        ? `is an operation of the seller (it takes no shop_cipher): call seller.call('${id}', ...)`
        : `is an operation of a shop (it needs a shop_cipher): call seller.shop(cipher).call('${id}', ...)`;
  } else {
    const near = closestMatch(id, Object.keys(scope === 'shop' ? shopRoutesById : sellerRoutesById));
    message = `is not a route id${near ? `; did you mean "${near}"?` : ''} (TikTokShop.routes lists every id)`;
  }
  return new InvalidParamsError({ api: API_NAME, endpoint: `${scope}.call`, issues: [{ path: ['id', id], message }] });
}
