/**
 * Request bodies of the nine endpoints (the request tables of the Local Service docs). Checked locally: a bad value
 * is never sent. Ids are strings in every request, so a 19-digit merchant id cannot be rounded on the way out.
 */
import { z } from 'zod';
import { enumValue, language, nonEmpty, paginationSchema } from './common.js';

/** Body of `product/save/` (Local Service docs: Update/Create Product). */
export const saveProductParams = z.object({
  merchant_id: nonEmpty,
  third_product_id: nonEmpty,
  /** Leaf category id from `products.categories()`. */
  category_id: nonEmpty,
  /** `ProductType.DISCOUNT_VOUCHER` (2) is the only documented type. */
  product_type: enumValue,
  /** Every value a string; build it with `groupBuyingCoupon()`. */
  attr_key_value_map: z.record(z.string(), z.string()),
  language: language.optional(),
});
export type SaveProductParams = z.input<typeof saveProductParams>;

/** `ProductFreeAudit` (Product Update (Exempt From Review)): price and stock changes applied without review. */
export const productFreeAuditSchema = z.object({
  third_product_id: nonEmpty,
  /** Currency code, e.g. `IDR`. */
  local_currency: nonEmpty,
  /** Decimal string, e.g. `"12.3456"`. */
  actual_amount: z.string().regex(/^\d+(\.\d+)?$/, 'must be a non-negative decimal string such as "12.3456"'),
  /** `StockQtyLimitTypeEnum`, typed `int` here. */
  stock_qty_limit_type: z.number().int(),
  /** Required when stock is limited. */
  stock_num: z.number().int().min(0),
});
export type ProductFreeAudit = z.input<typeof productFreeAuditSchema>;

/**
 * Body of `product/update_free_audit/` (Local Service docs: Product Update (Exempt From Review)). `third_product_id`
 * appears twice on purpose: the docs put it both at the top level and inside `product_free_audit`.
 */
export const updateWithoutReviewParams = z
  .object({
    merchant_id: nonEmpty,
    third_product_id: nonEmpty,
    product_free_audit: productFreeAuditSchema,
    language: language.optional(),
  })
  .refine((v) => v.product_free_audit.third_product_id === v.third_product_id, {
    message: 'product_free_audit.third_product_id must equal third_product_id',
    path: ['product_free_audit', 'third_product_id'],
  });
export type UpdateWithoutReviewParams = z.input<typeof updateWithoutReviewParams>;

/**
 * Body of `product/offline` and `product/withdraw_audit`: `language` is required there (Local Service docs: Delist the
 * Product, Product Review Revocation).
 */
export const productActionParams = z.object({
  merchant_id: nonEmpty,
  third_product_id: nonEmpty,
  language,
});
export type ProductActionParams = z.input<typeof productActionParams>;

/** Body of `product/batch_query/` (Local Service docs: Product List Query); `pagination.page_no` is moved by the paginator. */
export const listProductsParams = z.object({
  merchant_id: nonEmpty,
  product_type_list: z.array(enumValue).min(1),
  /** `ListTabEnum`: values not given in the docs. */
  list_tab: enumValue,
  product_name: z.string().optional(),
  third_shop_ids: z.array(z.string()).optional(),
  /** TikTok shop ids, as strings. */
  shop_ids: z.array(z.string()).optional(),
  language: language.optional(),
  pagination: paginationSchema.default({ page_no: 1 }),
});
export type ListProductsParams = z.input<typeof listProductsParams>;

/** Body of `product/query/`: `merchant_id` is optional only here (Product Details Inquiry). */
export const retrieveProductParams = z.object({
  third_product_id: nonEmpty,
  /** Whether to read the online version (true) or the one under review (false); semantics not given in the docs. */
  online: z.boolean(),
  merchant_id: nonEmpty.optional(),
  language: language.optional(),
});
export type RetrieveProductParams = z.input<typeof retrieveProductParams>;

/** Body of `product_opt_category/query/` (Local Service docs: Product Category Inquiry). */
export const categoriesParams = z.object({ merchant_id: nonEmpty, language });
export type CategoriesParams = z.input<typeof categoriesParams>;

/** Body of `product_opt_shops/query/` (Products Can Be Queried in Shops); `pagination.page_no` is moved by the paginator. */
export const shopsParams = z.object({ merchant_id: nonEmpty, language, pagination: paginationSchema.default({ page_no: 1 }) });
export type ShopsParams = z.input<typeof shopsParams>;

/** Body of `holiday/batch_query/`: types missing in the doc (National Holiday Inquiry); country codes such as `ID`. */
export const holidaysParams = z.object({
  countries: z.array(z.string().min(2)).min(1),
  language: language.optional(),
});
export type HolidaysParams = z.input<typeof holidaysParams>;
