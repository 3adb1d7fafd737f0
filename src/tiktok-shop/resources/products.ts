import type { WithMeta } from '../../core/client.js';
import type { CallOptions } from '../../core/options.js';
import type { PagePromise } from '../../core/pagination.js';
import { routes } from '../routes.js';
import type { Attribute, Brand, Category, ProductDiagnosis } from '../schemas/catalog.js';
import type { Product } from '../schemas/product.js';
import { ScopedResource } from './base.js';

/** Category tree version: `v2` (7 levels) is required for US shops, `v1` (3 levels) elsewhere and the default. */
export type CategoryVersion = 'v1' | 'v2';

export type GetProductOptions = {
  /** For an ACTIVATE product edited and under review: true = the version under review. Default false. */
  return_under_review_version?: boolean;
  /** true = the draft version. Default false. Mutually exclusive with the flag above (checked locally). */
  return_draft_version?: boolean;
};

export type CategoriesQuery = {
  /** BCP-47, e.g. `en-US`. Default: the shop's locale. */
  locale?: string;
  /** Filters on `local_name`. */
  keyword?: string;
  category_version?: CategoryVersion;
  /** Default `TIKTOK_SHOP`; `TOKOPEDIA` for sellers migrated from Tokopedia. */
  listing_platform?: 'TIKTOK_SHOP' | 'TOKOPEDIA';
  /** BR, MX, EU and SEA markets only. */
  include_prohibited_categories?: boolean;
};

export type BrandsQuery = {
  /** Shows authorization per brand for this category. */
  category_id?: string;
  /** 1 = authorized brands only, 0 = all (S:1822-1826). */
  is_authorized?: 0 | 1;
  /** Prefix match on the brand name. */
  brand_name?: string;
  /** Brands per page, 1-100. Default 100. */
  page_size?: number;
  category_version?: CategoryVersion;
};

/** `shop.products`: catalog endpoints of one shop (`shop_cipher` bound). */
export class ShopProducts extends ScopedResource {
  /** `GET /product/202309/products/{product_id}`: every property of a product (not FREEZE or DELETED ones). */
  get(productId: string, query: GetProductOptions = {}, options?: CallOptions): Promise<WithMeta<Product>> {
    return this.request(routes.product, { ...options, path: { product_id: productId }, query });
  }

  /** `GET /product/202309/categories`: the categories this shop may use. Call it live; it changes often. */
  async categories(query: CategoriesQuery = {}, options?: CallOptions): Promise<WithMeta<Category[]>> {
    return this.requestList(routes.categories, { ...options, query }, 'categories');
  }

  /** `GET /product/202309/categories/{category_id}/attributes`: product and sales attributes of a leaf category. */
  async attributes(
    categoryId: string,
    query: { locale?: string; category_version?: CategoryVersion } = {},
    options?: CallOptions,
  ): Promise<WithMeta<Attribute[]>> {
    return this.requestList(routes.attributes, { ...options, path: { category_id: categoryId }, query }, 'attributes');
  }

  /** `GET /product/202309/brands`, paginated: `await` for the first page, `for await` over every brand. */
  brands(query: BrandsQuery = {}, options?: CallOptions): PagePromise<Brand> {
    return this.paginate(routes.brands, { ...options, query: { page_size: 100, ...query } }, 'brands');
  }

  /** `GET /product/202405/products/diagnoses`: content-quality diagnosis of up to 200 live products. */
  async diagnose(query: { product_ids: string[] }, options?: CallOptions): Promise<WithMeta<ProductDiagnosis[]>> {
    return this.requestList(routes.diagnose, { ...options, query }, 'products');
  }
}

/** `seller.products`: catalog endpoints that take no shop. */
export class SellerProducts extends ScopedResource {
  /**
   * `GET /product/202309/global_categories`: every category regardless of market (default locale `en-US`).
   * Seller-scoped: no `shop_cipher` is sent (sending one is an error, ENDPOINTS.md 5.2.14).
   */
  async globalCategories(
    query: { locale?: string; keyword?: string; category_version?: CategoryVersion } = {},
    options?: CallOptions,
  ): Promise<WithMeta<Category[]>> {
    return this.requestList(routes.globalCategories, { ...options, query }, 'categories');
  }
}
