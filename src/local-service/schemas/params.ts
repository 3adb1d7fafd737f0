/**
 * Request bodies of the nine endpoints (ENDPOINTS.md 3.8, 3.9.2). Checked locally: a bad value is never sent.
 * Ids are strings in every request (L:27-29), so a 19-digit merchant id cannot be rounded on the way out.
 */
import { z } from 'zod';
import { enumValue, language, nonEmpty, paginationSchema } from './common.js';

/** Body of `product/save/` (L:26-34). */
export const saveProductParams = z.object({
  merchant_id: nonEmpty,
  third_product_id: nonEmpty,
  /** Leaf category id from `products.categories()` (L:29). */
  category_id: nonEmpty,
  /** `ProductType.DISCOUNT_VOUCHER` (2) is the only documented type (L:30). */
  product_type: enumValue,
  /** Every value a string; build it with `groupBuyingCoupon()` (L:32, ENDPOINTS.md 3.9.1). */
  attr_key_value_map: z.record(z.string(), z.string()),
  language: language.optional(),
});
export type SaveProductParams = z.input<typeof saveProductParams>;

/** `ProductFreeAudit` (L:200-207): price and stock changes applied without review. */
export const productFreeAuditSchema = z.object({
  third_product_id: nonEmpty,
  /** Currency code, e.g. `IDR`. */
  local_currency: nonEmpty,
  /** Decimal string, e.g. `"12.3456"` (L:204). */
  actual_amount: z.string().regex(/^\d+(\.\d+)?$/, 'must be a non-negative decimal string such as "12.3456"'),
  /** `StockQtyLimitTypeEnum`, typed `int` here (L:205). */
  stock_qty_limit_type: z.number().int(),
  /** Required when stock is limited (L:207). */
  stock_num: z.number().int().min(0),
});
export type ProductFreeAudit = z.input<typeof productFreeAuditSchema>;

/** Body of `product/update_free_audit/` (L:195-199). `third_product_id` appears twice on purpose (ENDPOINTS.md 5.3 #21). */
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

/** Body of `product/offline` and `product/withdraw_audit`: `language` is required there (L:221, L:235). */
export const productActionParams = z.object({
  merchant_id: nonEmpty,
  third_product_id: nonEmpty,
  language,
});
export type ProductActionParams = z.input<typeof productActionParams>;

/** Body of `product/batch_query/` (L:246-256); `pagination.page_no` is moved by the paginator. */
export const listProductsParams = z.object({
  merchant_id: nonEmpty,
  product_type_list: z.array(enumValue).min(1),
  /** `ListTabEnum`: values n/g in the seed (L:250). */
  list_tab: enumValue,
  product_name: z.string().optional(),
  third_shop_ids: z.array(z.string()).optional(),
  /** TikTok shop ids, as strings (L:254). */
  shop_ids: z.array(z.string()).optional(),
  language: language.optional(),
  pagination: paginationSchema.default({ page_no: 1 }),
});
export type ListProductsParams = z.input<typeof listProductsParams>;

/** Body of `product/query/`: `merchant_id` is optional only here (L:309). */
export const retrieveProductParams = z.object({
  third_product_id: nonEmpty,
  /** Whether to read the online version (true) or the one under review (false); semantics n/g (L:310). */
  online: z.boolean(),
  merchant_id: nonEmpty.optional(),
  language: language.optional(),
});
export type RetrieveProductParams = z.input<typeof retrieveProductParams>;

/** Body of `product_opt_category/query/` (L:383-384). */
export const categoriesParams = z.object({ merchant_id: nonEmpty, language });
export type CategoriesParams = z.input<typeof categoriesParams>;

/** Body of `product_opt_shops/query/` (L:405-407); `pagination.page_no` is moved by the paginator. */
export const shopsParams = z.object({ merchant_id: nonEmpty, language, pagination: paginationSchema.default({ page_no: 1 }) });
export type ShopsParams = z.input<typeof shopsParams>;

/** Body of `holiday/batch_query/`: types missing in the doc (L:436-439); country codes such as `ID`. */
export const holidaysParams = z.object({
  countries: z.array(z.string().min(2)).min(1),
  language: language.optional(),
});
export type HolidaysParams = z.input<typeof holidaysParams>;
