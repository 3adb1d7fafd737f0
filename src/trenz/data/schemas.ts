/**
 * Request and response schemas of the Data endpoints. The Trenz docs give no response fields; product search rows
 * come from Trenz's public OpenAPI document. Objects are loose (unknown fields kept) and every `id` is an int64-safe
 * string: TikTok product ids exceed 2^53, and a JavaScript number would round them.
 */
import { z } from 'zod';
import { idString, int64 } from '../../core/validation.js';
import { listOf } from '../route-kit.js';
import {
  adType,
  country,
  creatorCategory,
  paging,
  productCategory,
  PRODUCT_SEARCH_MAX_PAGE_SIZE,
  sellerType,
} from '../params/schemas.js';

/** A price: a number or a decimal string (the type is not documented). */
const amount = z.union([z.number(), z.string()]);

/** Product search row: the fields of `data.items[]` on GET /open/v1/products/search (Trenz's OpenAPI document). */
const productShape = z.looseObject({
  id: idString,
  region: z.string().optional(),
  product_name: z.string().optional(),
  floor_price: amount.optional(),
  ceiling_price: amount.optional(),
  product_sold_count_for_last_7_days: int64.optional(),
  product_gmv_for_last_7_days: amount.optional(),
  seller_business_info: z.unknown().optional(),
});
/** A row whose fields the Trenz docs do not give: loose, with an int64-safe `id` when present. */
const rowShape = z.looseObject({ id: idString.optional() });
const creatorShape = z.looseObject({ id: idString.optional(), category_label: z.string().optional() });
const productRowShape = productShape.partial();

// Named interfaces over the schemas' output, so that editors show `Product`, not the expanded zod shape.
/** A product search row (Trenz's OpenAPI document): `id` always, the rest when Trenz has it. */
export interface Product extends z.output<typeof productShape> {}
/** A product where its fields are not documented (detail, similar, related lists): the search row's fields, all optional. */
export interface ProductRow extends z.output<typeof productRowShape> {}
/** A row whose fields the Trenz docs do not give: every field Trenz sends, `id` an int64-safe string when present. */
export interface DataRow extends z.output<typeof rowShape> {}
/** A seller (fields not documented: see {@link DataRow}). */
export interface Seller extends DataRow {}
/** A creator: `category_label` (Trenz docs: Data/Creators), usable for filtering without `category`. */
export interface Creator extends z.output<typeof creatorShape> {}
/** A video (fields not documented: see {@link DataRow}). */
export interface Video extends DataRow {}
/** A live (fields not documented: see {@link DataRow}). */
export interface Live extends DataRow {}
/** An ad creative (fields not documented: see {@link DataRow}). */
export interface AdCreative extends DataRow {}
/** A creative (fields not documented: see {@link DataRow}). */
export interface Creative extends DataRow {}
/** A product review (fields not documented: see {@link DataRow}). */
export interface Review extends DataRow {}

export const productSchema: z.ZodType<Product> = productShape;
export const productRowSchema: z.ZodType<ProductRow> = productRowShape;
export const sellerSchema: z.ZodType<Seller> = rowShape;
export const creatorSchema: z.ZodType<Creator> = creatorShape;
export const videoSchema: z.ZodType<Video> = rowShape;
export const liveSchema: z.ZodType<Live> = rowShape;
export const adCreativeSchema: z.ZodType<AdCreative> = rowShape;
export const creativeSchema: z.ZodType<Creative> = rowShape;
export const reviewSchema: z.ZodType<Review> = rowShape;

export { listOf };

/** `keyword` is in the OpenAPI document for product search only; the other searches take it by the same convention. */
const keyword = z.string().min(1).optional();

/** GET /open/v1/products/search. `country` is required (Trenz's OpenAPI document). */
export const productSearchQuery = z.strictObject({
  country,
  keyword,
  category: productCategory.optional(),
  ...paging(PRODUCT_SEARCH_MAX_PAGE_SIZE),
});
/** Seller search: `seller_type` and the seller's primary product category (Trenz docs: Data/Sellers, Parameters). */
export const sellerSearchQuery = z.strictObject({
  country: country.optional(),
  keyword,
  category: productCategory.optional(),
  seller_type: sellerType.optional(),
  ...paging(),
});
/** Creator search: creator category and `has_contact` (Trenz docs: Data/Creators, Parameters). */
export const creatorSearchQuery = z.strictObject({
  country: country.optional(),
  keyword,
  category: creatorCategory.optional(),
  has_contact: z.boolean().optional(),
  ...paging(),
});
/** Video search: product category of the video and `is_commercial` (Trenz docs: Data/Videos, Parameters). */
export const videoSearchQuery = z.strictObject({
  country: country.optional(),
  keyword,
  category: productCategory.optional(),
  is_commercial: z.boolean().optional(),
  ...paging(),
});
/**
 * Live search: `category` is the streamer (creator) taxonomy and `product_category` the product one; the Trenz
 * docs (Data/Lives) warn not to mix them up, which the two schemas enforce.
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
/** Ad search: `ad_type` (Trenz docs: Data/Ads, Ad Type Reference) and product category. */
export const adSearchQuery = z.strictObject({
  country: country.optional(),
  keyword,
  category: productCategory.optional(),
  ad_type: adType.optional(),
  ...paging(),
});
/** Creative search: `country` (Data/Creatives is the only page that lists the codes) and product category. */
export const creativeSearchQuery = z.strictObject({
  country: country.optional(),
  keyword,
  category: productCategory.optional(),
  ...paging(),
});
/** Related lists (`/{id}/{relation}`): paging only; their other params are not documented. */
export const relationQuery = z.strictObject({ ...paging() });

export type ProductSearchParams = z.input<typeof productSearchQuery>;
export type SellerSearchParams = z.input<typeof sellerSearchQuery>;
export type CreatorSearchParams = z.input<typeof creatorSearchQuery>;
export type VideoSearchParams = z.input<typeof videoSearchQuery>;
export type LiveSearchParams = z.input<typeof liveSearchQuery>;
export type AdSearchParams = z.input<typeof adSearchQuery>;
export type CreativeSearchParams = z.input<typeof creativeSearchQuery>;
export type RelationParams = z.input<typeof relationQuery>;
