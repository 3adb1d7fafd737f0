import { LosslessNumber, stringify } from 'lossless-json';
import { InvalidParamsError } from '../../core/errors/index.js';
import { parseJson } from '../../core/json.js';
import { toIssues } from '../../core/validation.js';
import { LOCAL_SERVICE } from '../errors.js';
import { groupBuyingCouponSchema, type GroupBuyingCoupon, type ValidGroupBuyingCoupon } from './schema.js';

/** `attr_key_value_map` of `product/save/`: every value a string (`map<string,string>`). */
export type AttrKeyValueMap = Record<string, string>;

/** Keys whose value is a struct or list, sent JSON-encoded inside the string map. */
const JSON_KEYS = [
  'shop_id',
  'commodity',
  'product_name',
  'image_list',
  'stock_info',
  'limit_buy_rule',
  'use_date',
  'cannot_use_date',
  'use_time',
  'appointment',
  'consumption_convention',
  'description_rich_text',
] as const satisfies readonly (keyof ValidGroupBuyingCoupon)[];
const JSON_KEY_SET: ReadonlySet<string> = new Set(JSON_KEYS);

/**
 * The keys the Local Service docs mark required (Update/Create Product). `save` replaces the whole map, so all of
 * them go every time.
 */
export const REQUIRED_COUPON_KEYS = [
  'rec_person_num',
  'shop_id',
  'commodity_set',
  'commodity',
  'product_name',
  'image_list',
  'origin_amount',
  'actual_amount',
  'local_currency',
  'stock_info',
  'sold_time_type',
  'use_type',
  'use_date',
  'use_time',
  'consumption_convention',
] as const;

// Errors name the function that checked, not an HTTP route: these checks run before any request exists.
const BUILDER = 'groupBuyingCoupon()';
const READER = 'parseGroupBuyingCoupon()';

/**
 * Builds the `attr_key_value_map` of a group-buying coupon from a typed object (Local Service docs: Update/Create
 * Product): numbers become decimal strings (`"5"`), lists and structs become JSON strings (`shop_id: "[\"222\"]"`,
 * as in the docs' example), holiday ids are written as JSON numbers without rounding. Validates locally first
 * (required fields, amounts with `actual_amount <= origin_amount`, counts, URLs, millisecond times) and throws
 * InvalidParamsError naming every bad field; nothing is sent.
 *
 * `products.save()` is a full replace (the docs allow no partial update): pass the complete coupon every time, not
 * only what changed.
 */
export function groupBuyingCoupon(coupon: GroupBuyingCoupon): AttrKeyValueMap {
  const result = groupBuyingCouponSchema.safeParse(coupon);
  if (!result.success) {
    throw new InvalidParamsError({
      api: LOCAL_SERVICE,
      endpoint: BUILDER,
      issues: toIssues(result.error).map((i) => ({ ...i, path: ['attr_key_value_map', ...i.path] })),
    });
  }
  const out: AttrKeyValueMap = {};
  for (const [key, value] of Object.entries(result.data)) {
    if (value === undefined) continue;
    out[key] = JSON_KEY_SET.has(key) ? encodeJson(key, value) : String(value);
  }
  return out;
}

function encodeJson(key: string, value: unknown): string {
  if (key === 'cannot_use_date') {
    const dates = value as NonNullable<ValidGroupBuyingCoupon['cannot_use_date']>;
    // List<int64> in the docs: ids beyond 2^53 must reach the wire as exact JSON numbers.
    const holidays = dates.holidays?.map((h) => new LosslessNumber(String(h)));
    return stringify(holidays ? { ...dates, holidays } : dates) ?? '{}';
  }
  return JSON.stringify(value);
}

/**
 * Reads an `attr_key_value_map` back (e.g. `product_detail.product.attr_key_value_map`) into a typed coupon,
 * validated like the builder's input. Holiday ids come back as strings. Throws InvalidParamsError when the map
 * is not a valid group-buying coupon.
 */
export function parseGroupBuyingCoupon(map: AttrKeyValueMap): ValidGroupBuyingCoupon {
  const raw: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(map)) {
    raw[key] = decodeValue(key, text);
  }
  const dates = raw.cannot_use_date as { holidays?: unknown[] } | undefined;
  if (dates && Array.isArray(dates.holidays)) dates.holidays = dates.holidays.map(String);
  const result = groupBuyingCouponSchema.safeParse(raw);
  if (result.success) return result.data;
  throw new InvalidParamsError({
    api: LOCAL_SERVICE,
    endpoint: READER,
    issues: toIssues(result.error).map((i) => ({ ...i, path: ['attr_key_value_map', ...i.path] })),
  });
}

function decodeValue(key: string, text: string): unknown {
  if (JSON_KEY_SET.has(key)) {
    try {
      return parseJson(text);
    } catch {
      return text; // left as is: the schema then names the key
    }
  }
  if (key === 'local_currency') return text;
  if (key === 'origin_amount' || key === 'actual_amount') return text;
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) ? n : text;
}
