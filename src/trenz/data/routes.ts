/**
 * Route table of Trenz Data: 33 GET endpoints, query-string params. The Trenz docs name each endpoint and its
 * method (navigation: Data/Products ... Data/Creatives) but print no path; three come from Trenz's public OpenAPI
 * document and the rest follow the naming convention of those. Each entry says which, so a corrected path is a
 * one-line change here.
 *
 * The key of each entry is the SDK method: `search`, `get`, and relations named after the relation. The methods
 * are written out in ./resources.ts, one line each against this table.
 */
import type { z } from 'zod';
import { defineEndpoint } from '../../core/endpoint.js';
import { EXTERNAL, proposed, trenzPages } from '../route-kit.js';
import {
  adCreativeSchema,
  adSearchQuery,
  creativeSchema,
  creativeSearchQuery,
  creatorSchema,
  creatorSearchQuery,
  listOf,
  liveSchema,
  liveSearchQuery,
  productRowSchema,
  productSchema,
  productSearchQuery,
  relationQuery,
  reviewSchema,
  sellerSchema,
  sellerSearchQuery,
  videoSchema,
  videoSearchQuery,
} from './schemas.js';

const PROPOSED_SEARCH = proposed('/open/v1/{resource}/search');
const PROPOSED_DETAIL = proposed('/open/v1/{resource}/{id}');
const PROPOSED_RELATION = proposed('/open/v1/{resource}/{id}/{relation}');

/** A paginated search: page/page_size in, `data.items` + envelope page/page_size/total out. */
function search<Path extends string, Q, QIn, I extends z.ZodType>(
  name: string,
  path: Path,
  query: z.ZodType<Q, QIn>,
  item: I,
  inferred: string,
) {
  return defineEndpoint({ method: 'GET', path, query, response: listOf(item), paging: trenzPages, name, inferred });
}
/** A paginated list related to one entity: `/{id}/{relation}`. */
function related<Path extends `${string}{id}${string}`, I extends z.ZodType>(
  name: string,
  path: Path,
  item: I,
  inferred: string,
) {
  return defineEndpoint({
    method: 'GET',
    path,
    query: relationQuery,
    response: listOf(item),
    paging: trenzPages,
    name,
    inferred,
  });
}
/** One entity by id. */
function detail<Path extends `${string}{id}${string}`, R>(name: string, path: Path, response: z.ZodType<R>, inferred: string) {
  return defineEndpoint({ method: 'GET', path, response, name, inferred });
}

/** Data/Products. */
export const productRoutes = {
  /** Product Search. `country` is required; `page_size` at most 10; `category` a `PRODUCT_CATEGORIES` id. */
  search: search('products.search', '/open/v1/products/search', productSearchQuery, productSchema, EXTERNAL),
  /** Product Detail. */
  get: detail('products.get', '/open/v1/products/{id}', productRowSchema, PROPOSED_DETAIL),
  /** Product Related Creators. */
  relatedCreators: related('products.relatedCreators', '/open/v1/products/{id}/creators', creatorSchema, EXTERNAL),
  /** Product Related Lives. */
  relatedLives: related('products.relatedLives', '/open/v1/products/{id}/lives', liveSchema, PROPOSED_RELATION),
  /** Product Reviews. */
  reviews: related('products.reviews', '/open/v1/products/{id}/reviews', reviewSchema, EXTERNAL),
  /** Similar Products. */
  similar: related('products.similar', '/open/v1/products/{id}/similar', productRowSchema, PROPOSED_RELATION),
  /** Product Related Videos. */
  relatedVideos: related('products.relatedVideos', '/open/v1/products/{id}/videos', videoSchema, PROPOSED_RELATION),
};

/** Data/Sellers. */
export const sellerRoutes = {
  /** Seller Search. `seller_type` from `SELLER_TYPES`; `category` is the seller's primary product category. */
  search: search('sellers.search', '/open/v1/sellers/search', sellerSearchQuery, sellerSchema, PROPOSED_SEARCH),
  /** Seller Detail. */
  get: detail('sellers.get', '/open/v1/sellers/{id}', sellerSchema, PROPOSED_DETAIL),
  /** Seller Related Creators. */
  relatedCreators: related('sellers.relatedCreators', '/open/v1/sellers/{id}/creators', creatorSchema, PROPOSED_RELATION),
  /** Seller Related Products. */
  relatedProducts: related('sellers.relatedProducts', '/open/v1/sellers/{id}/products', productRowSchema, PROPOSED_RELATION),
  /** Seller Related Videos. */
  relatedVideos: related('sellers.relatedVideos', '/open/v1/sellers/{id}/videos', videoSchema, PROPOSED_RELATION),
};

/** Data/Creators. */
export const creatorRoutes = {
  /** Creator Search. `category` is a `CREATOR_CATEGORIES` id (not a product category); `has_contact` filters. */
  search: search('creators.search', '/open/v1/creators/search', creatorSearchQuery, creatorSchema, PROPOSED_SEARCH),
  /** Creator Detail. */
  get: detail('creators.get', '/open/v1/creators/{id}', creatorSchema, PROPOSED_DETAIL),
  /** Creator Related Lives. */
  relatedLives: related('creators.relatedLives', '/open/v1/creators/{id}/lives', liveSchema, PROPOSED_RELATION),
  /** Creator Products. */
  products: related('creators.products', '/open/v1/creators/{id}/products', productRowSchema, PROPOSED_RELATION),
  /** Similar Creators. */
  similar: related('creators.similar', '/open/v1/creators/{id}/similar', creatorSchema, PROPOSED_RELATION),
  /** Creator Videos. */
  videos: related('creators.videos', '/open/v1/creators/{id}/videos', videoSchema, PROPOSED_RELATION),
};

/** Data/Videos. */
export const videoRoutes = {
  /** Video Search. `category` is the product category of the video; `is_commercial` filters commerce videos. */
  search: search('videos.search', '/open/v1/videos/search', videoSearchQuery, videoSchema, PROPOSED_SEARCH),
  /** Video Detail. */
  get: detail('videos.get', '/open/v1/videos/{id}', videoSchema, PROPOSED_DETAIL),
  /** Video Products. */
  products: related('videos.products', '/open/v1/videos/{id}/products', productRowSchema, PROPOSED_RELATION),
  /** Video Reviews. */
  reviews: related('videos.reviews', '/open/v1/videos/{id}/reviews', reviewSchema, PROPOSED_RELATION),
  /** Similar Videos. */
  similar: related('videos.similar', '/open/v1/videos/{id}/similar', videoSchema, PROPOSED_RELATION),
};

/** Data/Lives. */
export const liveRoutes = {
  /** Live Search. `category` is a streamer (`CREATOR_CATEGORIES`) id, `product_category` a product one (Trenz docs: Data/Lives). */
  search: search('lives.search', '/open/v1/lives/search', liveSearchQuery, liveSchema, PROPOSED_SEARCH),
  /** Live Detail. */
  get: detail('lives.get', '/open/v1/lives/{id}', liveSchema, PROPOSED_DETAIL),
  /** Live Related Products. */
  relatedProducts: related('lives.relatedProducts', '/open/v1/lives/{id}/products', productRowSchema, PROPOSED_RELATION),
  /** Similar Lives. */
  similar: related('lives.similar', '/open/v1/lives/{id}/similar', liveSchema, PROPOSED_RELATION),
};

/**
 * Data/Ads: market-intelligence ad creatives. `/open/v1/ads/...` is shared with the Ads management API, whose
 * routes are POST, so method + path stay unique.
 */
export const adRoutes = {
  /** Ad Search. `ad_type` from `AD_TYPES`; `category` a product category id. */
  search: search('ads.search', '/open/v1/ads/search', adSearchQuery, adCreativeSchema, PROPOSED_SEARCH),
  /** TikTok Ad Creative Detail. */
  get: detail('ads.get', '/open/v1/ads/{id}', adCreativeSchema, PROPOSED_DETAIL),
  /** Ad Creative Related Products. */
  relatedProducts: related('ads.relatedProducts', '/open/v1/ads/{id}/products', productRowSchema, PROPOSED_RELATION),
  /** Similar Ad Creatives. */
  similar: related('ads.similar', '/open/v1/ads/{id}/similar', adCreativeSchema, PROPOSED_RELATION),
};

/** Data/Creatives. */
export const creativeRoutes = {
  /** Creative Search. `country` from `COUNTRIES` (Trenz docs: Data/Creatives); `category` a product category id. */
  search: search('creatives.search', '/open/v1/creatives/search', creativeSearchQuery, creativeSchema, PROPOSED_SEARCH),
  /** Creative Detail. */
  get: detail('creatives.get', '/open/v1/creatives/{id}', creativeSchema, PROPOSED_DETAIL),
};

/** Every Data route group, keyed as on `trenz.data`. */
export const dataRoutes = {
  products: productRoutes,
  sellers: sellerRoutes,
  creators: creatorRoutes,
  videos: videoRoutes,
  lives: liveRoutes,
  ads: adRoutes,
  creatives: creativeRoutes,
};
