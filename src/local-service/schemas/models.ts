/**
 * Response payloads (`data`) of the Local Service endpoints (the response tables of the Local Service docs). Objects
 * are loose: unknown fields are kept. Every int64 id comes out a string, whatever the wire had.
 */
import { z } from 'zod';
import { enumValue, id, looseInt, nextPaginationSchema } from './common.js';

/** `CategoryStruct` (Product List Query): the three levels; ids are JSON numbers beyond 2^53 on the wire. */
const categoryPathShape = z.looseObject({
  first_category_id: id,
  first_description: z.string(),
  second_category_id: id,
  second_description: z.string(),
  third_category_id: id,
  third_description: z.string(),
});
/** `CategoryStruct`: the three category levels of a product. */
export interface CategoryPath extends z.output<typeof categoryPathShape> {}
export const categoryPathSchema: z.ZodType<CategoryPath> = categoryPathShape;

/** `ProductListInfoStruct` (Product List Query): one row of `products.list()`. Wire misspellings kept (`avaliable_shops`). */
const productSummaryShape = z.looseObject({
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
/** One row of `products.list()` (`ProductListInfoStruct`). */
export interface ProductSummary extends z.output<typeof productSummaryShape> {}
export const productSummarySchema: z.ZodType<ProductSummary> = productSummaryShape;

/** `data` of `product/batch_query/` (`MGetProductsResponseData`, Product List Query). */
const productPageShape = z.looseObject({
  products: z.array(productSummarySchema).optional(),
  next_pagination: nextPaginationSchema.optional(),
});
/** The payload of one `products.list()` page (`page.data`): its rows and `next_pagination`. */
export interface ProductListData extends z.output<typeof productPageShape> {}
export const productPageSchema: z.ZodType<ProductListData> = productPageShape;

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
const productShape = z.looseObject({
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
/** A product with its SKU attributes (`ProductAndSkuStruct`, Product Details Inquiry). */
export interface LocalServiceProduct extends z.output<typeof productShape> {}
export const productSchema: z.ZodType<LocalServiceProduct> = productShape;

/** `ProductDetailStruct` (Product Details Inquiry). */
const productDetailShape = z.looseObject({
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
/** A product with its review and operator facts (`ProductDetailStruct`). */
export interface ProductDetail extends z.output<typeof productDetailShape> {}
export const productDetailSchema: z.ZodType<ProductDetail> = productDetailShape;

/** `data` of `product/query/` (`GetProductResponseData`): `product_detail` is optional in the doc. */
const productDetailResultShape = z.looseObject({ product_detail: productDetailSchema.optional() });
/** The payload of `products.retrieve()` (`GetProductResponseData`). */
export interface ProductDetailResult extends z.output<typeof productDetailResultShape> {}
export const productDetailResultSchema: z.ZodType<ProductDetailResult> = productDetailResultShape;

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
const categoryTreeShape = z.looseObject({ category_tree_list: z.array(categoryNodeSchema) });
/** The payload of `categories()`: the categories a merchant may use, as a tree. */
export interface CategoryTree extends z.output<typeof categoryTreeShape> {}
export const categoryTreeSchema: z.ZodType<CategoryTree> = categoryTreeShape;

/**
 * `ShopInfo` + `SearchShopInfo` (Products Can Be Queried in Shops). `shop_id` and `merchant_id` are JSON numbers
 * beyond 2^53 on the wire.
 */
const shopShape = z.looseObject({
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
/** A shop and whether the product can be sold there (`ShopInfo` + `SearchShopInfo`). */
export interface LocalServiceShop extends z.output<typeof shopShape> {}
export const shopSchema: z.ZodType<LocalServiceShop> = shopShape;

/** `data` of `product_opt_shops/query/` (`GetProductOptShopsResponseData`). */
const shopPageShape = z.looseObject({
  shops: z.array(shopSchema).optional(),
  next_pagination: nextPaginationSchema.optional(),
});
/** The payload of one `shops()` page (`page.data`): its shops and `next_pagination`. */
export interface ShopListData extends z.output<typeof shopPageShape> {}
export const shopPageSchema: z.ZodType<ShopListData> = shopPageShape;

/** `HolidayStruct`, holiday-query variant (National Holiday Inquiry); its ids go into `cannot_use_date.holidays`. */
const holidayShape = z.looseObject({
  holiday_id: id,
  holiday: z.string(),
  starling_text: z.string().optional(),
});
/** A national holiday; its id goes into `cannot_use_date.holidays`. */
export interface Holiday extends z.output<typeof holidayShape> {}
export const holidaySchema: z.ZodType<Holiday> = holidayShape;

/** `data` of `holiday/batch_query/` (`MGetHolidayByCountryResponseData`): country code -> holidays. */
const holidayCalendarShape = z.looseObject({
  holiday_map: z.record(z.string(), z.array(holidaySchema)).optional(),
});
/** The payload of `holidays.list()`: country code -> holidays. */
export interface HolidayCalendar extends z.output<typeof holidayCalendarShape> {}
export const holidayCalendarSchema: z.ZodType<HolidayCalendar> = holidayCalendarShape;
