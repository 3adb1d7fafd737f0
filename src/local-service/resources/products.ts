import type { WithMeta } from '../../core/client.js';
import type { CallOptions, PageOptions } from '../../core/options.js';
import { ApiResource } from '../../core/resource.js';
import { routes } from '../routes.js';
import type {
  CategoriesParams,
  ListProductsParams,
  ProductActionParams,
  RetrieveProductParams,
  SaveProductParams,
  ShopsParams,
  UpdateWithoutReviewParams,
} from '../schemas/params.js';

/** A write's result: no data, only `requestId` (the logid) attached. */
export type Acknowledgement = WithMeta<Record<string, unknown>>;

/** `ls.products`: group-buying coupon products of a merchant. */
export class LocalServiceProducts extends ApiResource {
  /**
   * Creates or updates a product (`product/save/`). A **full replace**: `attr_key_value_map` must hold every
   * attribute, not only the changed ones; build it with `groupBuyingCoupon()`. The answer only means
   * "submitted": the review result arrives by webhook and in `list()`. An update keeps the TikTok product id and
   * leaves the online version live until the new one passes review. For price and stock alone use
   * `updateWithoutReview`.
   */
  save(params: SaveProductParams, options?: CallOptions) {
    return this._request(routes.saveProduct, [], params, options);
  }

  /** Updates price and stock of an approved product at once, without review (`product/update_free_audit/`). */
  updateWithoutReview(params: UpdateWithoutReviewParams, options?: CallOptions) {
    return this._request(routes.updateWithoutReview, [], params, options);
  }

  /** Delists a product that passed review (`product/offline`). Synchronous. */
  delist(params: ProductActionParams, options?: CallOptions) {
    return this._request(routes.delistProduct, [], params, options);
  }

  /** Cancels a pending review so the product can be resubmitted (`product/withdraw_audit`). */
  withdrawReview(params: ProductActionParams, options?: CallOptions) {
    return this._request(routes.withdrawReview, [], params, options);
  }

  /**
   * Lists products with their review status (`product/batch_query/`). `await` for the first page, `for await`
   * for every product; `params.pagination.page_size` sets the page size, `options.cursor` resumes.
   */
  list(params: ListProductsParams, options?: PageOptions) {
    return this._list(routes.listProducts, [], params, options);
  }

  /** The online (`online: true`) or under-review version of one product (`product/query/`). */
  get(params: RetrieveProductParams, options?: CallOptions) {
    return this._request(routes.getProduct, [], params, options);
  }

  /** The category tree the merchant may use (`product_opt_category/query/`). */
  categories(params: CategoriesParams, options?: CallOptions) {
    return this._request(routes.categories, [], params, options);
  }

  /** The shops the merchant may link products to (`product_opt_shops/query/`), paged; `shop_id`s are strings. */
  shops(params: ShopsParams, options?: PageOptions) {
    return this._list(routes.shops, [], params, options);
  }
}
