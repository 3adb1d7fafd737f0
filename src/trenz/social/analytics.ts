import { z } from 'zod';
import type { CoreClient } from '../../core/client.js';
import { defineEndpoint } from '../../core/endpoint.js';
import type { CallOptions } from '../../core/options.js';
import type { TrenzMeta } from '../meta.js';
import { PlatformAccountId } from './accounts.js';
import { Loose, PROPOSED, list, listOf, looseBody, pageFields, post } from '../post-routes.js';

/** inferred filters (n/g in the seed): the account and a date range (`YYYY-MM-DD`). */
const filters = {
  platform_account_id: PlatformAccountId.optional(),
  start_date: z.string().optional(),
  end_date: z.string().optional(),
};
const Filters = looseBody(filters);
const PagedFilters = looseBody({ ...pageFields, ...filters });
const VideoFilters = looseBody({ ...filters, video_id: z.string().optional() });
const read = { response: Loose, retrySafe: true, inferred: PROPOSED } as const;

/** Route table of Social/5 Analytics (T:56). All reads: safe to retry. */
export const analyticsRoutes = {
  overview: defineEndpoint({ name: 'social.analytics.overview', method: 'POST', path: '/open/v1/social/analytics/overview', body: Filters, ...read }),
  shoppableVideos: defineEndpoint({ name: 'social.analytics.shoppableVideos', method: 'POST', path: '/open/v1/social/analytics/shoppable-videos/list', body: PagedFilters, response: listOf(Loose), retrySafe: true, pagination: 'page-number', inferred: PROPOSED }),
  shoppableVideo: defineEndpoint({ name: 'social.analytics.shoppableVideo', method: 'POST', path: '/open/v1/social/analytics/shoppable-videos/detail', body: VideoFilters, ...read }),
  topAccounts: defineEndpoint({ name: 'social.analytics.topAccounts', method: 'POST', path: '/open/v1/social/analytics/rankings/accounts', body: Filters, ...read }),
  topProducts: defineEndpoint({ name: 'social.analytics.topProducts', method: 'POST', path: '/open/v1/social/analytics/rankings/products', body: Filters, ...read }),
  topVideos: defineEndpoint({ name: 'social.analytics.topVideos', method: 'POST', path: '/open/v1/social/analytics/rankings/videos', body: Filters, ...read }),
  trend: defineEndpoint({ name: 'social.analytics.trend', method: 'POST', path: '/open/v1/social/analytics/trend', body: Filters, ...read }),
} as const;

type FilterInput = z.input<typeof Filters>;

/** Social/5 Analytics: overview, shoppable videos, rankings and trend of the bound accounts. */
export class TrenzSocialAnalytics {
  constructor(private readonly core: CoreClient<TrenzMeta>) {}

  overview(body: FilterInput = {}, options?: CallOptions) {
    return post(this.core, analyticsRoutes.overview, body, options);
  }
  /** Shoppable Video List, paged. */
  shoppableVideos(body: z.input<typeof PagedFilters> = {}, options?: CallOptions) {
    return list(this.core, analyticsRoutes.shoppableVideos, body, options);
  }
  shoppableVideo(body: z.input<typeof VideoFilters>, options?: CallOptions) {
    return post(this.core, analyticsRoutes.shoppableVideo, body, options);
  }
  topAccounts(body: FilterInput = {}, options?: CallOptions) {
    return post(this.core, analyticsRoutes.topAccounts, body, options);
  }
  topProducts(body: FilterInput = {}, options?: CallOptions) {
    return post(this.core, analyticsRoutes.topProducts, body, options);
  }
  topVideos(body: FilterInput = {}, options?: CallOptions) {
    return post(this.core, analyticsRoutes.topVideos, body, options);
  }
  trend(body: FilterInput = {}, options?: CallOptions) {
    return post(this.core, analyticsRoutes.trend, body, options);
  }
}
