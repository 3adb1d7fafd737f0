/**
 * The Data resources: each method is one line against its route in ./routes.ts (where the TSDoc of each endpoint
 * and the source of its path live). Searches and relations return a `PagePromise`; `get` returns the entity.
 * Ids are strings: TikTok ids exceed 2^53 and are never rounded.
 */
import { ApiResource } from '../../core/resource.js';
import type { EndpointParams } from '../../core/endpoint.js';
import type { CallOptions, PageOptions } from '../../core/options.js';
import type { TrenzMeta } from '../meta.js';
import { adRoutes, creativeRoutes, creatorRoutes, liveRoutes, productRoutes, sellerRoutes, videoRoutes } from './routes.js';

/** The params of one route of a table: its schemas' input types. */
type Params<T, K extends keyof T> = EndpointParams<T[K]>;

/** Data/Products. */
export class TrenzProducts extends ApiResource<TrenzMeta> {
  /** Product Search. `country` is required; `page_size` at most 10; `category` a `PRODUCT_CATEGORIES` id. */
  search(params: Params<typeof productRoutes, 'search'>, options?: PageOptions) {
    return this._list(productRoutes.search, [], params, options);
  }
  /** Product Detail. */
  get(id: string, options?: CallOptions) {
    return this._request(productRoutes.get, [id], undefined, options);
  }
  /** Product Related Creators. */
  relatedCreators(id: string, params?: Params<typeof productRoutes, 'relatedCreators'>, options?: PageOptions) {
    return this._list(productRoutes.relatedCreators, [id], params, options);
  }
  /** Product Related Lives. */
  relatedLives(id: string, params?: Params<typeof productRoutes, 'relatedLives'>, options?: PageOptions) {
    return this._list(productRoutes.relatedLives, [id], params, options);
  }
  /** Product Reviews. */
  reviews(id: string, params?: Params<typeof productRoutes, 'reviews'>, options?: PageOptions) {
    return this._list(productRoutes.reviews, [id], params, options);
  }
  /** Similar Products. */
  similar(id: string, params?: Params<typeof productRoutes, 'similar'>, options?: PageOptions) {
    return this._list(productRoutes.similar, [id], params, options);
  }
  /** Product Related Videos. */
  relatedVideos(id: string, params?: Params<typeof productRoutes, 'relatedVideos'>, options?: PageOptions) {
    return this._list(productRoutes.relatedVideos, [id], params, options);
  }
}

/** Data/Sellers. */
export class TrenzSellers extends ApiResource<TrenzMeta> {
  /** Seller Search. `seller_type` from `SELLER_TYPES`; `category` is the seller's primary product category. */
  search(params?: Params<typeof sellerRoutes, 'search'>, options?: PageOptions) {
    return this._list(sellerRoutes.search, [], params, options);
  }
  /** Seller Detail. */
  get(id: string, options?: CallOptions) {
    return this._request(sellerRoutes.get, [id], undefined, options);
  }
  /** Seller Related Creators. */
  relatedCreators(id: string, params?: Params<typeof sellerRoutes, 'relatedCreators'>, options?: PageOptions) {
    return this._list(sellerRoutes.relatedCreators, [id], params, options);
  }
  /** Seller Related Products. */
  relatedProducts(id: string, params?: Params<typeof sellerRoutes, 'relatedProducts'>, options?: PageOptions) {
    return this._list(sellerRoutes.relatedProducts, [id], params, options);
  }
  /** Seller Related Videos. */
  relatedVideos(id: string, params?: Params<typeof sellerRoutes, 'relatedVideos'>, options?: PageOptions) {
    return this._list(sellerRoutes.relatedVideos, [id], params, options);
  }
}

/** Data/Creators. */
export class TrenzCreators extends ApiResource<TrenzMeta> {
  /** Creator Search. `category` is a `CREATOR_CATEGORIES` id (not a product category); `has_contact` filters. */
  search(params?: Params<typeof creatorRoutes, 'search'>, options?: PageOptions) {
    return this._list(creatorRoutes.search, [], params, options);
  }
  /** Creator Detail. */
  get(id: string, options?: CallOptions) {
    return this._request(creatorRoutes.get, [id], undefined, options);
  }
  /** Creator Related Lives. */
  relatedLives(id: string, params?: Params<typeof creatorRoutes, 'relatedLives'>, options?: PageOptions) {
    return this._list(creatorRoutes.relatedLives, [id], params, options);
  }
  /** Creator Products. */
  products(id: string, params?: Params<typeof creatorRoutes, 'products'>, options?: PageOptions) {
    return this._list(creatorRoutes.products, [id], params, options);
  }
  /** Similar Creators. */
  similar(id: string, params?: Params<typeof creatorRoutes, 'similar'>, options?: PageOptions) {
    return this._list(creatorRoutes.similar, [id], params, options);
  }
  /** Creator Videos. */
  videos(id: string, params?: Params<typeof creatorRoutes, 'videos'>, options?: PageOptions) {
    return this._list(creatorRoutes.videos, [id], params, options);
  }
}

/** Data/Videos. */
export class TrenzVideos extends ApiResource<TrenzMeta> {
  /** Video Search. `category` is the product category of the video; `is_commercial` filters commerce videos. */
  search(params?: Params<typeof videoRoutes, 'search'>, options?: PageOptions) {
    return this._list(videoRoutes.search, [], params, options);
  }
  /** Video Detail. */
  get(id: string, options?: CallOptions) {
    return this._request(videoRoutes.get, [id], undefined, options);
  }
  /** Video Products. */
  products(id: string, params?: Params<typeof videoRoutes, 'products'>, options?: PageOptions) {
    return this._list(videoRoutes.products, [id], params, options);
  }
  /** Video Reviews. */
  reviews(id: string, params?: Params<typeof videoRoutes, 'reviews'>, options?: PageOptions) {
    return this._list(videoRoutes.reviews, [id], params, options);
  }
  /** Similar Videos. */
  similar(id: string, params?: Params<typeof videoRoutes, 'similar'>, options?: PageOptions) {
    return this._list(videoRoutes.similar, [id], params, options);
  }
}

/** Data/Lives. */
export class TrenzLives extends ApiResource<TrenzMeta> {
  /** Live Search. `category` is a streamer (`CREATOR_CATEGORIES`) id, `product_category` a product one. */
  search(params?: Params<typeof liveRoutes, 'search'>, options?: PageOptions) {
    return this._list(liveRoutes.search, [], params, options);
  }
  /** Live Detail. */
  get(id: string, options?: CallOptions) {
    return this._request(liveRoutes.get, [id], undefined, options);
  }
  /** Live Related Products. */
  relatedProducts(id: string, params?: Params<typeof liveRoutes, 'relatedProducts'>, options?: PageOptions) {
    return this._list(liveRoutes.relatedProducts, [id], params, options);
  }
  /** Similar Lives. */
  similar(id: string, params?: Params<typeof liveRoutes, 'similar'>, options?: PageOptions) {
    return this._list(liveRoutes.similar, [id], params, options);
  }
}

/** Data/Ads: market-intelligence ad creatives (ad-account management is `trenz.ads`). */
export class TrenzAdCreatives extends ApiResource<TrenzMeta> {
  /** Ad Search. `ad_type` from `AD_TYPES`; `category` a product category id. */
  search(params?: Params<typeof adRoutes, 'search'>, options?: PageOptions) {
    return this._list(adRoutes.search, [], params, options);
  }
  /** TikTok Ad Creative Detail. */
  get(id: string, options?: CallOptions) {
    return this._request(adRoutes.get, [id], undefined, options);
  }
  /** Ad Creative Related Products. */
  relatedProducts(id: string, params?: Params<typeof adRoutes, 'relatedProducts'>, options?: PageOptions) {
    return this._list(adRoutes.relatedProducts, [id], params, options);
  }
  /** Similar Ad Creatives. */
  similar(id: string, params?: Params<typeof adRoutes, 'similar'>, options?: PageOptions) {
    return this._list(adRoutes.similar, [id], params, options);
  }
}

/** Data/Creatives. */
export class TrenzCreatives extends ApiResource<TrenzMeta> {
  /** Creative Search. `country` from `COUNTRIES`; `category` a product category id. */
  search(params?: Params<typeof creativeRoutes, 'search'>, options?: PageOptions) {
    return this._list(creativeRoutes.search, [], params, options);
  }
  /** Creative Detail. */
  get(id: string, options?: CallOptions) {
    return this._request(creativeRoutes.get, [id], undefined, options);
  }
}
