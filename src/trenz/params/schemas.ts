/**
 * zod schemas for the allowed values the Trenz docs print, built once at module load. Every message lists the
 * allowed values, so a bad parameter fails locally (InvalidParamsError) with the fix in the message.
 */
import { z } from 'zod';
import {
  AD_TYPES,
  COUNTRIES,
  CREATOR_CATEGORIES,
  PRODUCT_CATEGORIES,
  SELLER_TYPES,
  numericIds,
  type CreatorCategoryId,
} from './tables.js';

const listed = (table: Record<string | number, string>) =>
  Object.entries(table)
    .map(([id, label]) => `${id} (${label})`)
    .join(', ');
const got = (input: unknown) => `; got ${JSON.stringify(input) ?? String(input)}`;

export const country = z.enum(COUNTRIES, {
  error: (iss) => `country must be one of ${COUNTRIES.join(', ')} (lower-case)${got(iss.input)}`,
});

const productCategoryList = listed(PRODUCT_CATEGORIES);
/** A Level-1 product category id (a number; Trenz docs: Product Category ID Reference). */
export const productCategory = z.literal(numericIds(PRODUCT_CATEGORIES), {
  error: (iss) => `must be a Level-1 product category id (PRODUCT_CATEGORIES): ${productCategoryList}${got(iss.input)}`,
});

const creatorCategoryIds = Object.keys(CREATOR_CATEGORIES) as CreatorCategoryId[];
const creatorCategoryList = listed(CREATOR_CATEGORIES);
/** A creator / streamer category id (a string; Trenz docs: Creator Category ID Reference): not a product category. */
export const creatorCategory = z.literal(creatorCategoryIds, {
  error: (iss) => `must be a creator category id (CREATOR_CATEGORIES): ${creatorCategoryList}${got(iss.input)}`,
});

const adTypeList = listed(AD_TYPES);
export const adType = z.literal(numericIds(AD_TYPES), {
  error: (iss) => `ad_type must be one of ${adTypeList}${got(iss.input)}`,
});

const sellerTypeList = listed(SELLER_TYPES);
export const sellerType = z.literal(numericIds(SELLER_TYPES), {
  error: (iss) => `seller_type must be one of ${sellerTypeList}${got(iss.input)}`,
});

/** 1-based page number (page-number paging). */
export const page = z
  .number()
  .int()
  .min(1, { error: (iss) => `page starts at 1${got(iss.input)}` });

/**
 * `page_size` between 1 and `max`. Product search caps it at 10 (Trenz's OpenAPI document); the docs give no other
 * cap, so the other lists get a loose bound and the server's PAGE_SIZE_EXCEEDED stays the authority.
 */
export function pageSize(max: number) {
  return z
    .number()
    .int()
    .min(1, { error: (iss) => `page_size must be between 1 and ${max}${got(iss.input)}` })
    .max(max, { error: (iss) => `page_size must be between 1 and ${max} for this endpoint${got(iss.input)}` });
}

/** Page size bound used where no Trenz document gives one. */
export const DEFAULT_MAX_PAGE_SIZE = 100;
/** `page_size` cap of product search (Trenz's OpenAPI document). */
export const PRODUCT_SEARCH_MAX_PAGE_SIZE = 10;

/** The paging params of every list endpoint. */
export function paging(max = DEFAULT_MAX_PAGE_SIZE) {
  return { page: page.optional(), page_size: pageSize(max).optional() };
}
