import type { EndpointParams } from '../../core/endpoint.js';
import type { CallOptions, PageOptions } from '../../core/options.js';
import { GeneratedSellerProducts } from '../generated/resources/seller-products.js';
import { GeneratedShopProducts } from '../generated/resources/shop-products.js';
import { routes } from '../routes.js';

/** Category tree version: `v2` (7 levels) is required for US shops, `v1` (3 levels) elsewhere and the default. */
export type CategoryVersion = 'v1' | 'v2';
export type GetProductParams = EndpointParams<typeof routes.getProduct>;
export type CategoriesParams = EndpointParams<typeof routes.getCategories>;
export type AttributesParams = EndpointParams<typeof routes.getAttributes>;
export type BrandsParams = EndpointParams<typeof routes.getBrands>;
export type DiagnoseParams = EndpointParams<typeof routes.diagnoseProducts>;
export type GlobalCategoriesParams = EndpointParams<typeof routes.getGlobalCategories>;

/**
 * `shop.products`: the product operations of one shop (`shop_cipher` bound). The catalog reads below are
 * hand-written with the TikTok Shop document's limits; the rest (search, create, edit, stock, prices...) are
 * generated (see {@link GeneratedShopProducts}).
 */
export class ShopProducts extends GeneratedShopProducts {
  /** `GET /product/202309/products/{product_id}`: every property of a product (not FREEZE or DELETED ones). */
  get(productId: string, params?: GetProductParams, options?: CallOptions) {
    return this._request(routes.getProduct, [productId], params, options);
  }

  /** `GET /product/202309/categories`: the categories this shop may use. Call it live; it changes often. */
  categories(params?: CategoriesParams, options?: CallOptions) {
    return this._request(routes.getCategories, [], params, options);
  }

  /** `GET /product/202309/categories/{category_id}/attributes`: product and sales attributes of a leaf category. */
  attributes(categoryId: string, params?: AttributesParams, options?: CallOptions) {
    return this._request(routes.getAttributes, [categoryId], params, options);
  }

  /** `GET /product/202309/brands`, paginated: `await` for the first page, `for await` over every brand. */
  brands(params?: BrandsParams, options?: PageOptions) {
    return this._list(routes.getBrands, [], params, options);
  }

  /** `GET /product/202405/products/diagnoses`: content-quality diagnosis of up to 200 live products. */
  diagnose(params: DiagnoseParams, options?: CallOptions) {
    return this._request(routes.diagnoseProducts, [], params, options);
  }
}

/** `seller.products`: the product operations that take no shop (global products, uploads, categories). */
export class SellerProducts extends GeneratedSellerProducts {
  /**
   * `GET /product/202309/global_categories`: every category regardless of market (default locale `en-US`).
   * Seller-scoped: no `shop_cipher` is sent (sending one is an error).
   */
  globalCategories(params?: GlobalCategoriesParams, options?: CallOptions) {
    return this._request(routes.getGlobalCategories, [], params, options);
  }
}
