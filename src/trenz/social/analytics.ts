import { z } from 'zod';
import { defineEndpoint, type EndpointParams } from '../../core/endpoint.js';
import type { CallOptions, PageOptions } from '../../core/options.js';
import { ApiResource } from '../../core/resource.js';
import type { TrenzMeta } from '../meta.js';
import { Loose, SOCIAL_PROPOSED, listOf, looseBody, pageFields, trenzPages } from '../route-kit.js';
import { PlatformAccountId } from './accounts.js';

/** inferred filters (not documented): the account and a date range (`YYYY-MM-DD`). */
const filters = {
  platform_account_id: PlatformAccountId.optional(),
  start_date: z.string().optional(),
  end_date: z.string().optional(),
};
const Filters = looseBody(filters);
const PagedFilters = looseBody({ ...pageFields, ...filters });
const VideoFilters = looseBody({ ...filters, video_id: z.string().optional() });
const read = { method: 'POST', response: Loose, retrySafe: true, inferred: SOCIAL_PROPOSED } as const;

/** Route table of Social/5.Analytics. All reads: safe to retry. */
export const analyticsRoutes = {
  overview: defineEndpoint({
    ...read,
    name: 'social.analytics.overview',
    path: '/open/v1/social/analytics/overview',
    body: Filters,
  }),
  shoppableVideos: defineEndpoint({
    ...read,
    name: 'social.analytics.shoppableVideos',
    path: '/open/v1/social/analytics/shoppable-videos/list',
    body: PagedFilters,
    response: listOf(Loose),
    paging: trenzPages,
  }),
  shoppableVideo: defineEndpoint({
    ...read,
    name: 'social.analytics.shoppableVideo',
    path: '/open/v1/social/analytics/shoppable-videos/detail',
    body: VideoFilters,
  }),
  topAccounts: defineEndpoint({
    ...read,
    name: 'social.analytics.topAccounts',
    path: '/open/v1/social/analytics/rankings/accounts',
    body: Filters,
  }),
  topProducts: defineEndpoint({
    ...read,
    name: 'social.analytics.topProducts',
    path: '/open/v1/social/analytics/rankings/products',
    body: Filters,
  }),
  topVideos: defineEndpoint({
    ...read,
    name: 'social.analytics.topVideos',
    path: '/open/v1/social/analytics/rankings/videos',
    body: Filters,
  }),
  trend: defineEndpoint({ ...read, name: 'social.analytics.trend', path: '/open/v1/social/analytics/trend', body: Filters }),
} as const;

type Params<K extends keyof typeof analyticsRoutes> = EndpointParams<(typeof analyticsRoutes)[K]>;

/** Social/5.Analytics: overview, shoppable videos, rankings and trend of the bound accounts. */
export class TrenzSocialAnalytics extends ApiResource<TrenzMeta> {
  overview(params?: Params<'overview'>, options?: CallOptions) {
    return this._request(analyticsRoutes.overview, [], params, options);
  }
  /** Shoppable Video List, paged. */
  shoppableVideos(params?: Params<'shoppableVideos'>, options?: PageOptions) {
    return this._list(analyticsRoutes.shoppableVideos, [], params, options);
  }
  shoppableVideo(params: Params<'shoppableVideo'>, options?: CallOptions) {
    return this._request(analyticsRoutes.shoppableVideo, [], params, options);
  }
  topAccounts(params?: Params<'topAccounts'>, options?: CallOptions) {
    return this._request(analyticsRoutes.topAccounts, [], params, options);
  }
  topProducts(params?: Params<'topProducts'>, options?: CallOptions) {
    return this._request(analyticsRoutes.topProducts, [], params, options);
  }
  topVideos(params?: Params<'topVideos'>, options?: CallOptions) {
    return this._request(analyticsRoutes.topVideos, [], params, options);
  }
  trend(params?: Params<'trend'>, options?: CallOptions) {
    return this._request(analyticsRoutes.trend, [], params, options);
  }
}
