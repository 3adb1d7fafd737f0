import { z } from 'zod';
import type { CoreClient } from '../../core/client.js';
import { defineEndpoint } from '../../core/endpoint.js';
import type { CallOptions } from '../../core/options.js';
import { idString } from '../../core/validation.js';
import type { TrenzMeta } from '../meta.js';
import { PlatformAccountId } from './accounts.js';
import { Loose, PROPOSED, list, listOf, looseBody, pageFields, post } from '../post-routes.js';

const AccountFilter = looseBody({ platform_account_id: PlatformAccountId.optional() });
const ShopProducts = looseBody({ ...pageFields, platform_account_id: PlatformAccountId.optional() });
const ShowcaseAdd = looseBody({ platform_account_id: PlatformAccountId.optional(), product_id: idString.optional() });

/** Route table of Social/6 Creation Tools (T:58). All reads. Bodies inferred (`keyword`, the account). */
export const toolRoutes = {
  hashtagSuggestions: defineEndpoint({ name: 'social.tools.hashtagSuggestions', method: 'POST', path: '/open/v1/social/hashtags/suggestions', body: looseBody({ keyword: z.string().optional() }), response: Loose, retrySafe: true, inferred: PROPOSED }),
  recentMusic: defineEndpoint({ name: 'social.tools.recentMusic', method: 'POST', path: '/open/v1/social/music/recent', body: AccountFilter, response: Loose, retrySafe: true, inferred: PROPOSED }),
  popularMusic: defineEndpoint({ name: 'social.tools.popularMusic', method: 'POST', path: '/open/v1/social/music/popular', body: looseBody({ keyword: z.string().optional() }), response: Loose, retrySafe: true, inferred: PROPOSED }),
} as const;

/** Route table of Social/7 TikTok Shop (T:60). */
export const shopRoutes = {
  products: defineEndpoint({ name: 'social.shop.products', method: 'POST', path: '/open/v1/social/tiktok-shop/products/list', body: ShopProducts, response: listOf(Loose), retrySafe: true, pagination: 'page-number', inferred: PROPOSED }),
  /** A write: not retried on an unclear failure. */
  addToShowcase: defineEndpoint({ name: 'social.shop.addToShowcase', method: 'POST', path: '/open/v1/social/tiktok-shop/showcase/add', body: ShowcaseAdd, response: Loose, inferred: PROPOSED }),
} as const;

/** Social/6 Creation Tools: hashtags and music for a post. */
export class TrenzSocialTools {
  constructor(private readonly core: CoreClient<TrenzMeta>) {}

  hashtagSuggestions(body: { keyword?: string } & Record<string, unknown> = {}, options?: CallOptions) {
    return post(this.core, toolRoutes.hashtagSuggestions, body, options);
  }
  recentMusic(body: z.input<typeof AccountFilter> = {}, options?: CallOptions) {
    return post(this.core, toolRoutes.recentMusic, body, options);
  }
  popularMusic(body: { keyword?: string } & Record<string, unknown> = {}, options?: CallOptions) {
    return post(this.core, toolRoutes.popularMusic, body, options);
  }
}

/** Social/7 TikTok Shop: the shop's products and the account's showcase. */
export class TrenzSocialShop {
  constructor(private readonly core: CoreClient<TrenzMeta>) {}

  /** TikTok Shop Product List, paged. */
  products(body: z.input<typeof ShopProducts> = {}, options?: CallOptions) {
    return list(this.core, shopRoutes.products, body, options);
  }
  addToShowcase(body: z.input<typeof ShowcaseAdd>, options?: CallOptions) {
    return post(this.core, shopRoutes.addToShowcase, body, options);
  }
}
