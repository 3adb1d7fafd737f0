import { z } from 'zod';
import { defineEndpoint, type EndpointParams } from '../../core/endpoint.js';
import type { CallOptions, PageOptions } from '../../core/options.js';
import { ApiResource } from '../../core/resource.js';
import type { TrenzMeta } from '../meta.js';
import { Loose, RequestId, SOCIAL_PROPOSED, listOf, looseBody, pageFields, trenzPages } from '../route-kit.js';
import { PlatformAccountId } from './accounts.js';

const AccountFilter = looseBody({ platform_account_id: PlatformAccountId.optional() });
const KeywordFilter = looseBody({ keyword: z.string().optional() });
const ShopProducts = looseBody({ ...pageFields, platform_account_id: PlatformAccountId.optional() });
const ShowcaseAdd = looseBody({ platform_account_id: PlatformAccountId.optional(), product_id: RequestId.optional() });
const read = { method: 'POST', response: Loose, retrySafe: true, inferred: SOCIAL_PROPOSED } as const;

/** Route table of Social/6.Creation Tools. All reads. Bodies inferred (`keyword`, the account). */
export const toolRoutes = {
  hashtagSuggestions: defineEndpoint({
    ...read,
    name: 'social.tools.hashtagSuggestions',
    path: '/open/v1/social/hashtags/suggestions',
    body: KeywordFilter,
  }),
  recentMusic: defineEndpoint({
    ...read,
    name: 'social.tools.recentMusic',
    path: '/open/v1/social/music/recent',
    body: AccountFilter,
  }),
  popularMusic: defineEndpoint({
    ...read,
    name: 'social.tools.popularMusic',
    path: '/open/v1/social/music/popular',
    body: KeywordFilter,
  }),
} as const;

/** Route table of Social/7.TikTok Shop. */
export const shopRoutes = {
  products: defineEndpoint({
    ...read,
    name: 'social.shop.products',
    path: '/open/v1/social/tiktok-shop/products/list',
    body: ShopProducts,
    response: listOf(Loose),
    paging: trenzPages,
  }),
  /** A write: not retried on an unclear failure. */
  addToShowcase: defineEndpoint({
    ...read,
    retrySafe: false,
    name: 'social.shop.addToShowcase',
    path: '/open/v1/social/tiktok-shop/showcase/add',
    body: ShowcaseAdd,
  }),
} as const;

/** Social/6.Creation Tools: hashtags and music for a post. */
export class TrenzSocialTools extends ApiResource<TrenzMeta> {
  hashtagSuggestions(params?: EndpointParams<typeof toolRoutes.hashtagSuggestions>, options?: CallOptions) {
    return this._request(toolRoutes.hashtagSuggestions, [], params, options);
  }
  recentMusic(params?: EndpointParams<typeof toolRoutes.recentMusic>, options?: CallOptions) {
    return this._request(toolRoutes.recentMusic, [], params, options);
  }
  popularMusic(params?: EndpointParams<typeof toolRoutes.popularMusic>, options?: CallOptions) {
    return this._request(toolRoutes.popularMusic, [], params, options);
  }
}

/** Social/7.TikTok Shop: the shop's products and the account's showcase. */
export class TrenzSocialShop extends ApiResource<TrenzMeta> {
  /** TikTok Shop Product List, paged. */
  products(params?: EndpointParams<typeof shopRoutes.products>, options?: PageOptions) {
    return this._list(shopRoutes.products, [], params, options);
  }
  addToShowcase(params: EndpointParams<typeof shopRoutes.addToShowcase>, options?: CallOptions) {
    return this._request(shopRoutes.addToShowcase, [], params, options);
  }
}
