/**
 * Building blocks shared by the Local Service request and response schemas.
 */
import { z } from 'zod';
import { idString } from '../../core/validation.js';

/**
 * An enum whose wire form the Local Service docs do not give (most enums have no values there): integers are hinted
 * by `DISCOUNT_VOUCHER = 2` (Product Details Inquiry) and `TEXT = 1` (`NoteStruct`, Update/Create Product), so both
 * integers and names are accepted.
 */
export const enumValue = z.union([z.number().int(), z.string()]);
/** A value of an enum whose members the docs do not list: an integer or a name. */
export type EnumValue = number | string;

/**
 * A count, amount or time that the docs type int64 but that fits a double; accepted as
 * a number or a numeric string, because the doc is inconsistent about which one the wire carries.
 */
export const looseInt = z.union([z.number(), z.string()]);

/** An int64 id (category, shop, merchant, holiday): always a string in results, never rounded. */
export const id = idString;

/** `ProductType` (`common.ProductType`, Product Details Inquiry): only the group-buying coupon is documented, as `2`. */
export const ProductType = Object.freeze({
  /** Group-buying coupon, the only type supported in the first phase (Update/Create Product). */
  DISCOUNT_VOUCHER: 2,
} as const);

/** `OtherNoteTypeEnum` (`NoteStruct`): the only value the doc gives (twice). */
export const OtherNoteType = Object.freeze({ TEXT: 1 } as const);

/**
 * Request `pagination` (Local Service docs: Pagination object). `page_no` starts at 1; `page_size` is described as
 * "Number of pages" (a copy-paste: the docs give `page_no` the same text).
 */
export const paginationSchema = z.object({
  /** 1-based. Set by the paginator from a cursor; give it only to start elsewhere than page 1. */
  page_no: z.number().int().min(1).default(1),
  /** Items per page; the docs give no default or maximum, so the server's default applies when absent. */
  page_size: z.number().int().min(1).optional(),
});
export type Pagination = z.infer<typeof paginationSchema>;

/**
 * Response `next_pagination`. Defined twice with conflicting required flags (the docs' shared NextPagination object
 * vs the one under Product List Query), so every field is optional here; paging follows `has_more`, and `total`
 * when `has_more` is absent.
 */
const nextPaginationShape = z.looseObject({
  current_page_size: looseInt.optional(),
  has_more: z.boolean().optional(),
  total: looseInt.optional(),
});
/** `next_pagination` of a list page: `has_more`, `total` and the page size, each when the server sends it. */
export interface NextPagination extends z.output<typeof nextPaginationShape> {}
export const nextPaginationSchema: z.ZodType<NextPagination> = nextPaginationShape;

/** A required non-empty string (ids and language codes in requests). */
export const nonEmpty = z.string().min(1);

/** Language code such as `en` (Product Category Inquiry); required on some endpoints, optional on others. */
export const language = z.string().min(1);

/** A write endpoint's payload: the docs return only the `error` struct (Update/Create Product), so `data` is absent or empty. */
export const acknowledgement = z
  .looseObject({})
  .optional()
  .transform((v) => v ?? {});
