/**
 * Request and response schemas of the Data endpoints (ENDPOINTS.md 1.10.1). The seed gives no response fields;
 * product search rows come from external evidence. Objects are loose (unknown fields kept) and every `id` is an
 * int64-safe string (DESIGN.md "int64"): TikTok product ids exceed 2^53.
 */
import { z } from 'zod';
import { idString, int64 } from '../../core/validation.js';
import {
  adType,
  country,
  creatorCategory,
  paging,
  productCategory,
  PRODUCT_SEARCH_MAX_PAGE_SIZE,
  sellerType,
} from '../params/schemas.js';

/** A price: a number or a decimal string (the type is n/g). */
const amount = z.union([z.number(), z.string()]);

/** Product search row (external evidence: the fields of `data.items[]` on GET /open/v1/products/search). */
export const productSchema = z.looseObject({
  id: idString,
  region: z.string().optional(),
  product_name: z.string().optional(),
  floor_price: amount.optional(),
  ceiling_price: amount.optional(),
  product_sold_count_for_last_7_days: int64.optional(),
  product_gmv_for_last_7_days: amount.optional(),
  seller_business_info: z.unknown().optional(),
});
/** A product where its fields are n/g (detail, similar, related lists): the search row's fields, all optional. */
export const productRowSchema = productSchema.partial();

/** A row whose fields the seed does not give: loose, with an int64-safe `id` when present. */
const row = () => z.looseObject({ id: idString.optional() });
export const sellerSchema = row();
/** Creators carry `category_label` (T:195), usable for filtering without `category`. */
export const creatorSchema = z.looseObject({ id: idString.optional(), category_label: z.string().optional() });
export const videoSchema = row();
export const liveSchema = row();
export const adCreativeSchema = row();
export const creativeSchema = row();
export const reviewSchema = row();

/** `data` of a list endpoint: rows in `data.items` (external evidence, ENDPOINTS.md 1.4). */
export function listOf<T extends z.ZodType>(item: T) {
  // Some servers omit an empty array; an absent `items` reads as an empty page rather than a schema error.
  return z.looseObject({ items: z.array(item).default([]) });
}

/** `keyword` is external evidence on product search only; the other searches take it by the same convention. */
const keyword = z.string().min(1).optional();

/** GET /open/v1/products/search. `country` is required (external evidence, ENDPOINTS.md 5.1 item 14). */
export const productSearchQuery = z.strictObject({
  country,
  keyword,
  category: productCategory.optional(),
  ...paging(PRODUCT_SEARCH_MAX_PAGE_SIZE),
});
/** Seller search: `seller_type` (T:157) and the seller's primary product category (T:161). */
export const sellerSearchQuery = z.strictObject({
  country: country.optional(),
  keyword,
  category: productCategory.optional(),
  seller_type: sellerType.optional(),
  ...paging(),
});
/** Creator search: creator category (T:195), `has_contact` (T:196). */
export const creatorSearchQuery = z.strictObject({
  country: country.optional(),
  keyword,
  category: creatorCategory.optional(),
  has_contact: z.boolean().optional(),
  ...paging(),
});
/** Video search: product category of the video (T:243), `is_commercial` (T:239). */
export const videoSearchQuery = z.strictObject({
  country: country.optional(),
  keyword,
  category: productCategory.optional(),
  is_commercial: z.boolean().optional(),
  ...paging(),
});
/**
 * Live search: `category` is the streamer (creator) taxonomy and `product_category` the product one; the seed
 * warns not to mix them up (T:317), which the two schemas enforce.
 */
export const liveSearchQuery = z.strictObject({
  country: country.optional(),
  keyword,
  category: creatorCategory.optional(),
  product_category: productCategory.optional(),
  is_living: z.boolean().optional(),
  is_commercial: z.boolean().optional(),
  ...paging(),
});
/** Ad search: `ad_type` (T:357-365) and product category (T:369). */
export const adSearchQuery = z.strictObject({
  country: country.optional(),
  keyword,
  category: productCategory.optional(),
  ad_type: adType.optional(),
  ...paging(),
});
/** Creative search: `country` (the only place the seed lists the codes, T:403) and product category (T:407). */
export const creativeSearchQuery = z.strictObject({
  country: country.optional(),
  keyword,
  category: productCategory.optional(),
  ...paging(),
});
/** Related lists (`/{id}/{relation}`): paging only; their other params are n/g. */
export const relationQuery = z.strictObject({ ...paging() });

export type Product = z.output<typeof productSchema>;
export type ProductRow = z.output<typeof productRowSchema>;
export type Seller = z.output<typeof sellerSchema>;
export type Creator = z.output<typeof creatorSchema>;
export type Video = z.output<typeof videoSchema>;
export type Live = z.output<typeof liveSchema>;
export type AdCreative = z.output<typeof adCreativeSchema>;
export type Creative = z.output<typeof creativeSchema>;
export type Review = z.output<typeof reviewSchema>;

export type ProductSearchParams = z.input<typeof productSearchQuery>;
export type SellerSearchParams = z.input<typeof sellerSearchQuery>;
export type CreatorSearchParams = z.input<typeof creatorSearchQuery>;
export type VideoSearchParams = z.input<typeof videoSearchQuery>;
export type LiveSearchParams = z.input<typeof liveSearchQuery>;
export type AdSearchParams = z.input<typeof adSearchQuery>;
export type CreativeSearchParams = z.input<typeof creativeSearchQuery>;
export type RelationParams = z.input<typeof relationQuery>;
