/**
 * Response payloads (`data`) of the Local Service endpoints (the response tables of the Local Service docs). Objects
 * are loose: unknown fields are kept. Every int64 id comes out a string, whatever the wire had.
 */
import { z } from 'zod';
import { enumValue, id, looseInt, nextPaginationSchema } from './common.js';

/** `CategoryStruct` (Product List Query): the three levels; ids are JSON numbers beyond 2^53 on the wire. */
export const categoryPathSchema = z.looseObject({
  first_category_id: id,
  first_description: z.string(),
  second_category_id: id,
  second_description: z.string(),
  third_category_id: id,
  third_description: z.string(),
});
export type CategoryPath = z.infer<typeof categoryPathSchema>;

/** `ProductListInfoStruct` (Product List Query): one row of `products.list()`. Wire misspellings kept (`avaliable_shops`). */
export const productSummarySchema = z.looseObject({
  product_name: z.string(),
  product_id: id,
  third_product_id: z.string(),
  reject_reason: z.string().optional(),
  product_type: enumValue,
  product_status: enumValue,
  origin_amount: z.string(),
  actual_amount: z.string(),
  image_url: z.string(),
  category_id: id,
  category: categoryPathSchema,
  sold: z.string().optional(),
  inventory: z.string().optional(),
  stock_qty_limit_type: enumValue,
  /** Unit not given in the docs for responses (milliseconds in the save attributes). */
  sold_start_time: looseInt,
  sold_end_time: looseInt,
  sold_time_type: enumValue,
  bond_shops: looseInt,
  avaliable_shops: looseInt,
  create_at: looseInt,
});
export type ProductSummary = z.infer<typeof productSummarySchema>;

/** `data` of `product/batch_query/` (`MGetProductsResponseData`, Product List Query). */
export const productPageSchema = z.looseObject({
  products: z.array(productSummarySchema).optional(),
  next_pagination: nextPaginationSchema.optional(),
});

/** `HolidayStruct`, detail variant (Product Details Inquiry). */
export const productHolidaySchema = z.looseObject({
  holiday_name: z.string(),
  holiday_date: z.string().optional(),
  holiday_id: id,
});

/** `OperatorStruct` (Product Details Inquiry). */
export const operatorSchema = z.looseObject({
  operator_role: enumValue,
  operator_id: z.string().optional(),
  operator_name: z.string().optional(),
  operator_email: z.string().optional(),
});

/** `ProductAndSkuStruct` (Product Details Inquiry). */
export const productSchema = z.looseObject({
  third_product_id: z.string().optional(),
  product_id: id.optional(),
  category_id: id,
  product_type: enumValue,
  category: categoryPathSchema.optional(),
  product_status: enumValue.optional(),
  holiday_list: z.array(productHolidaySchema).optional(),
  sold: z.string().optional(),
  product_full_status: enumValue.optional(),
  /** The coupon attributes as saved; decode with `parseGroupBuyingCoupon()`. */
  attr_key_value_map: z.record(z.string(), z.string()).optional(),
});
export type LocalServiceProduct = z.infer<typeof productSchema>;

/** `ProductDetailStruct` (Product Details Inquiry). */
export const productDetailSchema = z.looseObject({
  product: productSchema,
  audit_info: z
    .looseObject({
      audit_msg: z.string().optional(),
      submit_time: looseInt.optional(),
      audit_time: looseInt.optional(),
      audit_id: z.string().optional(),
      audit_title: z.string().optional(),
      operator_role: enumValue.optional(),
    })
    .optional(),
  operator: operatorSchema.optional(),
  product_operate_extra: z
    .looseObject({
      operator: operatorSchema.optional(),
      source: enumValue.optional(),
      reason: z.string().optional(),
      operate_time: looseInt.optional(),
    })
    .optional(),
});
export type ProductDetail = z.infer<typeof productDetailSchema>;

/** `data` of `product/query/` (`GetProductResponseData`): `product_detail` is optional in the doc. */
export const productDetailResultSchema = z.looseObject({ product_detail: productDetailSchema.optional() });
export type ProductDetailResult = z.infer<typeof productDetailResultSchema>;

/** `CategoryTreeStruct` (Product Category Inquiry), recursive. */
export interface CategoryNode {
  category_id: string;
  description: string;
  sub_category_list: CategoryNode[];
  parent_category_id: string;
  [key: string]: unknown;
}
export const categoryNodeSchema: z.ZodType<CategoryNode, unknown> = z.lazy(() =>
  z.looseObject({
    category_id: id,
    description: z.string(),
    // Required in the doc; a leaf may still omit it, so a missing list reads as no children.
    sub_category_list: z
      .array(categoryNodeSchema)
      .optional()
      .transform((v) => v ?? []),
    parent_category_id: id,
  }),
);

/** `data` of `product_opt_category/query/` (Product Category Inquiry): the categories a merchant may use, as a tree. */
export const categoryTreeSchema = z.looseObject({ category_tree_list: z.array(categoryNodeSchema) });
export type CategoryTree = z.infer<typeof categoryTreeSchema>;

/**
 * `ShopInfo` + `SearchShopInfo` (Products Can Be Queried in Shops). `shop_id` and `merchant_id` are JSON numbers
 * beyond 2^53 on the wire.
 */
export const shopSchema = z.looseObject({
  shop_base_info: z.looseObject({
    shop_id: id,
    shop_name: z.string(),
    third_shop_id: z.string(),
    location_en: z.string().optional(),
    merchant_id: id.optional(),
  }),
  available: z.boolean(),
  /** Reason codes; values not given in the docs. */
  unavailable_reason: z
    .array(looseInt)
    .optional()
    .transform((v) => v ?? []),
});
export type LocalServiceShop = z.infer<typeof shopSchema>;

/** `data` of `product_opt_shops/query/` (`GetProductOptShopsResponseData`). */
export const shopPageSchema = z.looseObject({
  shops: z.array(shopSchema).optional(),
  next_pagination: nextPaginationSchema.optional(),
});

/** `HolidayStruct`, holiday-query variant (National Holiday Inquiry); its ids go into `cannot_use_date.holidays`. */
export const holidaySchema = z.looseObject({
  holiday_id: id,
  holiday: z.string(),
  starling_text: z.string().optional(),
});
export type Holiday = z.infer<typeof holidaySchema>;

/** `data` of `holiday/batch_query/` (`MGetHolidayByCountryResponseData`): country code -> holidays. */
export const holidayCalendarSchema = z.looseObject({
  holiday_map: z.record(z.string(), z.array(holidaySchema)).optional(),
});
export type HolidayCalendar = z.infer<typeof holidayCalendarSchema>;
