/**
 * Building blocks of the TikTok Shop response schemas. The TikTok Shop docs give no response field tables, only
 * example JSON, and the API omits fields freely (ON_HOLD orders carry no address; redacted recipients for
 * FULFILLMENT_BY_TIKTOK: TikTok Shop docs, Order API overview), so every field except an object's own `id` is
 * optional and every object is loose (unknown keys kept). Strings are never trimmed: the examples carry `" "`,
 * `"Debit\n"`.
 */
import { z } from 'zod';
import { idString } from '../../core/validation.js';

/** An int64 id: a string in the result whatever the wire had (the docs' examples send ids as strings). */
export const id = idString;
export const optId = idString.optional();
export const optIds = z.array(idString).optional();
export const optStr = z.string().optional();
export const optStrs = z.array(z.string()).optional();
/** Unix seconds, counts, sizes: JSON integers that fit in 2^53. */
export const optInt = z.number().optional();
export const optBool = z.boolean().optional();
/** Money is a decimal string (`"117.5"`), never a number (as in every TikTok Shop docs example). */
export const optMoney = z.string().optional();

const imageShape = z.looseObject({
  height: optInt,
  width: optInt,
  thumb_urls: optStrs,
  uri: optStr,
  urls: optStrs,
});
/** An image as products and certifications carry it (TikTok Shop docs: Get Product). */
export interface Image extends z.output<typeof imageShape> {}
export const imageSchema: z.ZodType<Image> = imageShape;

const idNameShape = z.looseObject({ id: optId, name: optStr });
/** `{ id, name }`: brands, attribute values, product attributes. */
export interface IdName extends z.output<typeof idNameShape> {}
export const idNameSchema: z.ZodType<IdName> = idNameShape;
