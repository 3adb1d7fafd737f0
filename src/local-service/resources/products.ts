import type { CoreClient, WithMeta } from '../../core/client.js';
import { pageNoHasMoreCursor } from '../../core/cursors.js';
import type { CallOptions } from '../../core/options.js';
import type { PagePromise } from '../../core/pagination.js';
import { routes } from '../routes.js';
import type { CategoryTree, ProductDetailResult, ProductSummary, LocalServiceShop } from '../schemas/models.js';
import type {
  CategoriesParams,
  ListProductsParams,
  ProductActionParams,
  RetrieveProductParams,
  SaveProductParams,
  ShopsParams,
  UpdateWithoutReviewParams,
} from '../schemas/params.js';

/** A write's result: no data (L:179-182), only `requestId` (the logid) attached. */
export type Acknowledgement = WithMeta<Record<string, unknown>>;

/** Paging options of the list calls. */
export interface PageOptions extends CallOptions {
  /** Items per page; default and maximum n/g in the seed (ENDPOINTS.md 3.4), so the server's default applies. */
  page_size?: number;
  /** First page to fetch, 1-based. Default 1. */
  page_no?: number;
}

// page_no lives in the JSON body (L:4-7); has_more in data.next_pagination (L:296-300).
const productCursor = pageNoHasMoreCursor({
  pageParam: 'body.pagination.page_no',
  items: 'data.products',
  hasMore: 'data.next_pagination.has_more',
});
const shopCursor = pageNoHasMoreCursor({
  pageParam: 'body.pagination.page_no',
  items: 'data.shops',
  hasMore: 'data.next_pagination.has_more',
});

/** `ls.products`: group-buying coupon products of a merchant (ENDPOINTS.md 3.8). */
export class LocalServiceProducts {
  /** @internal */
  constructor(private readonly core: CoreClient) {}

  /**
   * Creates or updates a product (`product/save/`, L:20-188). A **full replace**: `attr_key_value_map` must hold
   * every attribute, not only the changed ones (L:185); build it with `groupBuyingCoupon()`. The answer only
   * means "submitted": the review result arrives by webhook (L:180) and in `list()`. An update keeps the TikTok
   * product id and leaves the online version live until the new one passes review (L:184-186).
   * For price and stock alone use `updateWithoutReview`.
   */
  save(params: SaveProductParams, options?: CallOptions): Promise<Acknowledgement> {
    return this.core.request(routes.saveProduct, { ...options, body: params });
  }

  /** Updates price and stock of an approved product at once, without review (`product/update_free_audit/`, L:189-211). */
  updateWithoutReview(params: UpdateWithoutReviewParams, options?: CallOptions): Promise<Acknowledgement> {
    return this.core.request(routes.updateWithoutReview, { ...options, body: params });
  }

  /** Delists a product that passed review (`product/offline`, L:212-225). Synchronous. */
  delist(params: ProductActionParams, options?: CallOptions): Promise<Acknowledgement> {
    return this.core.request(routes.delistProduct, { ...options, body: params });
  }

  /** Cancels a pending review so the product can be resubmitted (`product/withdraw_audit`, L:226-239). */
  withdrawReview(params: ProductActionParams, options?: CallOptions): Promise<Acknowledgement> {
    return this.core.request(routes.withdrawReview, { ...options, body: params });
  }

  /**
   * Lists products with their review status (`product/batch_query/`, L:240-300). `await` for the first page,
   * `for await` for every product; pages follow while `next_pagination.has_more` is true.
   */
  list(params: ListProductsParams, options: PageOptions = {}): PagePromise<ProductSummary> {
    const { page_size, page_no = 1, ...call } = options;
    const pagination = page_size === undefined ? { page_no } : { page_no, page_size };
    return this.core.paginate(routes.listProducts, { ...call, body: { ...params, pagination } }, productCursor);
  }

  /** The online (`online: true`) or under-review version of one product (`product/query/`, L:301-375). */
  retrieve(params: RetrieveProductParams, options?: CallOptions): Promise<WithMeta<ProductDetailResult>> {
    return this.core.request(routes.retrieveProduct, { ...options, body: params });
  }

  /** The category tree the merchant may use (`product_opt_category/query/`, L:376-397). */
  categories(params: CategoriesParams, options?: CallOptions): Promise<WithMeta<CategoryTree>> {
    return this.core.request(routes.categories, { ...options, body: params });
  }

  /** The shops the merchant may link products to (`product_opt_shops/query/`, L:398-428); `shop_id`s are strings. */
  shops(params: ShopsParams, options: PageOptions = {}): PagePromise<LocalServiceShop> {
    const { page_size, page_no = 1, ...call } = options;
    const pagination = page_size === undefined ? { page_no } : { page_no, page_size };
    return this.core.paginate(routes.shops, { ...call, body: { ...params, pagination } }, shopCursor);
  }
}
