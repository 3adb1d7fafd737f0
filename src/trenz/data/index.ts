import type { CoreClient } from '../../core/client.js';
import type { TrenzMeta } from '../meta.js';
import { dataResource, type DataResource } from './resource.js';
import { adRoutes, creativeRoutes, creatorRoutes, liveRoutes, productRoutes, sellerRoutes, videoRoutes } from './routes.js';

export { dataRoutes } from './routes.js';
export { trenzPageCursor, type DataCallOptions, type DataResource, type DataVerb, type TrenzId } from './resource.js';
export type * from './schemas.js';

/**
 * Trenz Data (T:20-34): market data on TikTok Shop products, sellers, creators, videos, lives, ads and creatives.
 * Searches and related lists return a `PagePromise`: `await` it for the first page, `for await` over it for
 * every row (pages are fetched lazily). Details resolve to the entity with `requestId`, `usage` and `warnings`.
 *
 * ```ts
 * for await (const p of trenz.data.products.search({ country: 'us', keyword: 'lipstick', page_size: 10 })) {
 *   console.log(p.id, p.product_name);
 * }
 * const product = await trenz.data.products.retrieve('1729384756123456789');
 * ```
 */
export class TrenzData {
  readonly products: DataResource<typeof productRoutes>;
  readonly sellers: DataResource<typeof sellerRoutes>;
  readonly creators: DataResource<typeof creatorRoutes>;
  readonly videos: DataResource<typeof videoRoutes>;
  readonly lives: DataResource<typeof liveRoutes>;
  /** Market-intelligence ad creatives (Data/Ads); ad-account management is `trenz.ads`. */
  readonly ads: DataResource<typeof adRoutes>;
  readonly creatives: DataResource<typeof creativeRoutes>;

  constructor(core: CoreClient<TrenzMeta>) {
    this.products = dataResource(core, productRoutes);
    this.sellers = dataResource(core, sellerRoutes);
    this.creators = dataResource(core, creatorRoutes);
    this.videos = dataResource(core, videoRoutes);
    this.lives = dataResource(core, liveRoutes);
    this.ads = dataResource(core, adRoutes);
    this.creatives = dataResource(core, creativeRoutes);
  }
}
