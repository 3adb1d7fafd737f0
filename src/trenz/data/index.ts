import type { CoreClient } from '../../core/client.js';
import { ApiResource } from '../../core/resource.js';
import type { TrenzMeta } from '../meta.js';
import {
  TrenzAdCreatives,
  TrenzCreatives,
  TrenzCreators,
  TrenzLives,
  TrenzProducts,
  TrenzSellers,
  TrenzVideos,
} from './resources.js';

export { dataRoutes } from './routes.js';
export {
  TrenzAdCreatives,
  TrenzCreatives,
  TrenzCreators,
  TrenzLives,
  TrenzProducts,
  TrenzSellers,
  TrenzVideos,
} from './resources.js';
export type * from './schemas.js';

/**
 * Trenz Data: market data on TikTok Shop products, sellers, creators, videos, lives, ads and creatives.
 * Searches and related lists return a `PagePromise`: `await` it for the first page, `for await` over it for
 * every row (pages are fetched lazily). `get` resolves to the entity with `requestId`, `usage` and `warnings`.
 *
 * ```ts
 * for await (const p of trenz.data.products.search({ country: 'us', keyword: 'lipstick', page_size: 10 })) {
 *   console.log(p.id, p.product_name);
 * }
 * const product = await trenz.data.products.get('1729384756123456789');
 * ```
 */
export class TrenzData extends ApiResource<TrenzMeta> {
  readonly products: TrenzProducts;
  readonly sellers: TrenzSellers;
  readonly creators: TrenzCreators;
  readonly videos: TrenzVideos;
  readonly lives: TrenzLives;
  /** Market-intelligence ad creatives (Data/Ads); ad-account management is `trenz.ads`. */
  readonly ads: TrenzAdCreatives;
  readonly creatives: TrenzCreatives;

  /** @internal */
  constructor(client: CoreClient<TrenzMeta>) {
    super(client);
    this.products = new TrenzProducts(client);
    this.sellers = new TrenzSellers(client);
    this.creators = new TrenzCreators(client);
    this.videos = new TrenzVideos(client);
    this.lives = new TrenzLives(client);
    this.ads = new TrenzAdCreatives(client);
    this.creatives = new TrenzCreatives(client);
  }
}
