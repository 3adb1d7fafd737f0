/**
 * The group-buying coupon attributes of `product/save/` (Local Service docs: Update/Create Product, the "Group-buying
 * coupons attributes" table and the struct tables after it) as typed zod schemas. Field names are the docs' own;
 * `groupBuyingCoupon()` validates an object against these and encodes it.
 */
import { z } from 'zod';
import { enumValue } from '../schemas/common.js';

const positiveInt = z.number().int().min(1);
/**
 * A decimal amount: the save table types it `int` ("3000"), other tables use decimals ("12.3456" in Local Service
 * docs: Product Update (Exempt From Review)).
 */
const amount = z.union([
  z.number().nonnegative().finite(),
  z.string().regex(/^\d+(\.\d+)?$/, 'must be a non-negative decimal such as "3000" or "12.5"'),
]);
/** Unix milliseconds (the docs' example "1720666722000" for `sold_start_time`), or a Date. */
const unixMs = z.union([
  z.date().transform((d) => d.getTime()),
  z
    .number()
    .int()
    .refine((n) => n >= 1e11, 'must be Unix milliseconds (e.g. 1720666722000), not seconds'),
]);
/** An int64 id as a string of digits (holiday ids from `holidays.list()`), or a safe integer. */
const int64Id = z.union([
  z.string().regex(/^\d+$/, 'must be a numeric id string'),
  z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
]);

/** `I18nText`: default local-language text (at most 1000 characters) plus translations by locale. */
export const i18nText = z.object({
  default_text: z.string().trim().min(1, 'is required').max(1000, 'must be at most 1000 characters'),
  translations: z.record(z.string(), z.string()).optional(),
});
export type I18nText = z.input<typeof i18nText>;

/** `ImageStruct`: an external image URL supplied by the merchant. */
export const couponImage = z.object({ out_url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }) });
export type CouponImage = z.input<typeof couponImage>;

/** `ItemStruct`: one service unit of the package. */
export const couponItem = z.object({
  i18n_name: i18nText,
  /** Deprecated by the doc: use `i18n_name`. */
  name: z.string().optional(),
  /** e.g. "2000". */
  price: amount.optional(),
  /** e.g. "IDR". */
  currency: z.string().optional(),
  count: positiveInt,
  image_list: z.array(couponImage).optional(),
});
export type CouponItem = z.input<typeof couponItem>;

/** `ItemGroupStruct`: the item pairing. Choose `option_count` of `item_list`. */
export const couponItemGroup = z
  .object({
    i18n_group_name: i18nText,
    group_name: z.string().optional(),
    total_count: positiveInt.optional(),
    option_count: positiveInt,
    item_list: z.array(couponItem).min(1, 'needs at least one item'),
    allow_repeated_item: z.boolean().optional(),
  })
  .superRefine((g, ctx) => {
    if (!g.allow_repeated_item && g.option_count > g.item_list.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['option_count'],
        message: `cannot exceed the ${g.item_list.length} item(s) of item_list unless allow_repeated_item is true`,
      });
    }
  });
export type CouponItemGroup = z.input<typeof couponItemGroup>;

/** `StockInfoStruct`. */
export const couponStock = z.object({
  stock_num: z.number().int().min(0),
  /** `StockQtyLimitTypeEnum`; values not given in the docs (the description is cut off there). */
  stock_qty_limit_type: enumValue,
});
export type CouponStock = z.input<typeof couponStock>;

/** `UseDateStruct`: when the coupon can be used after purchase. */
export const couponUseDate = z.object({ use_date_type: enumValue, day_duration: positiveInt.optional() });
export type CouponUseDate = z.input<typeof couponUseDate>;

/** `TimePeriodStruct`; time format not given in the docs (e.g. "10:00"). */
export const couponTimePeriod = z.object({
  use_start_time: z.string().min(1),
  use_end_time: z.string().min(1),
  end_time_is_next_day: z.boolean().optional(),
});
/** `UseTimeStruct`, in the merchant's time zone. */
export const couponUseTime = z.object({ use_time_type: enumValue, time_period_list: z.array(couponTimePeriod).optional() });
export type CouponUseTime = z.input<typeof couponUseTime>;

/** `CanNoAppointmentDatePeriod`. */
export const couponDatePeriod = z.object({
  i18n_description: i18nText.optional(),
  description: z.string().optional(),
  from_date: z.string().min(1),
  to_date: z.string().min(1),
});
/** `CannotUseDateStruct`: days the coupon cannot be used, in the merchant's time zone. */
export const couponUnusableDates = z.object({
  enable: z.boolean(),
  /** `DayOfWeekEnum` values; n/g. */
  days_of_week: z.array(enumValue).optional(),
  /** Holiday ids from `holidays.list()`; int64, sent as JSON numbers without rounding. */
  holidays: z.array(int64Id).optional(),
  date_list: z.array(z.string().min(1)).optional(),
  date_period_list: z.array(couponDatePeriod).optional(),
});
export type CouponUnusableDates = z.input<typeof couponUnusableDates>;

/** `AppointmentStruct`. */
export const couponAppointment = z.object({
  need_appointment: z.boolean().optional(),
  ahead_time_type: enumValue.optional(),
  ahead_num: z.number().int().min(0).optional(),
});
export type CouponAppointment = z.input<typeof couponAppointment>;

/** `ConsumptionConventionStruct`, the dine-in / take-out agreement (key type `COMSUMPTION_CONVENTION`, sic). */
export const couponConsumptionConvention = z.object({ consumption_method: enumValue });
export type CouponConsumptionConvention = z.input<typeof couponConsumptionConvention>;

/** `NoteStruct`: other explanatory information; `note_type` TEXT = 1. */
export const couponNote = z.object({ note_type: enumValue.optional(), content: z.string().optional() });
export type CouponNote = z.input<typeof couponNote>;

/** `LimitRuleItem`. */
export const couponPurchaseLimitRule = z.object({
  subject_type: enumValue,
  range_type: enumValue,
  limit_num: positiveInt,
  dimension_type: enumValue.optional(),
});
/** `LimitBuyRuleStruct`: purchase limits. */
export const couponPurchaseLimit = z.object({
  enable_limit: z.boolean(),
  rule_list: z.array(couponPurchaseLimitRule).optional(),
});
export type CouponPurchaseLimit = z.input<typeof couponPurchaseLimit>;

/** Every key of the group-buying attribute table; optional ones are marked "No" there. */
export const groupBuyingCouponSchema = z
  .object({
    /** Recommended number of users. */
    rec_person_num: positiveInt,
    /** Maximum number of users. */
    rec_person_num_max: positiveInt.optional(),
    /** TikTok shop ids the product is linked to, from `products.shops()`. */
    shop_id: z.array(z.string().min(1)).min(1, 'needs at least one shop id'),
    /** How the original price is set; values not given in the docs. */
    commodity_set: z.number().int(),
    commodity: couponItemGroup,
    product_name: i18nText,
    /** "Package plan" images (typed as a single ImageStruct in the doc; sent as a list). */
    image_list: z.array(couponImage).min(1, 'needs at least one image'),
    /** Original (total) price. */
    origin_amount: amount,
    /** What the customer pays; at most `origin_amount`. */
    actual_amount: amount,
    /** Currency code, e.g. "THB" (the doc types it int by mistake). */
    local_currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as "THB"'),
    stock_info: couponStock,
    /** Sale start, Unix ms or a Date. */
    sold_start_time: unixMs.optional(),
    /** Sale end, Unix ms or a Date; affects display only, not the product status. */
    sold_end_time: unixMs.optional(),
    /** `SoldTimeTypeEnum`, e.g. 1. */
    sold_time_type: z.number().int(),
    /** Group-buying method, e.g. 1. */
    use_type: z.number().int(),
    limit_buy_rule: couponPurchaseLimit.optional(),
    use_date: couponUseDate,
    cannot_use_date: couponUnusableDates.optional(),
    use_time: couponUseTime,
    appointment: couponAppointment.optional(),
    consumption_convention: couponConsumptionConvention,
    description_rich_text: couponNote.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.rec_person_num_max !== undefined && c.rec_person_num_max < c.rec_person_num) {
      ctx.addIssue({ code: 'custom', path: ['rec_person_num_max'], message: `must be >= rec_person_num (${c.rec_person_num})` });
    }
    if (Number(c.actual_amount) > Number(c.origin_amount)) {
      ctx.addIssue({
        code: 'custom',
        path: ['actual_amount'],
        message: `must not exceed origin_amount (${c.origin_amount}), got ${c.actual_amount}`,
      });
    }
    if (c.sold_start_time !== undefined && c.sold_end_time !== undefined && c.sold_end_time < c.sold_start_time) {
      ctx.addIssue({ code: 'custom', path: ['sold_end_time'], message: 'must not be before sold_start_time' });
    }
  });

/** The typed input of `groupBuyingCoupon()`: every field of the docs' group-buying tables. */
export type GroupBuyingCoupon = z.input<typeof groupBuyingCouponSchema>;
/** A validated coupon: times are Unix ms numbers. */
export type ValidGroupBuyingCoupon = z.output<typeof groupBuyingCouponSchema>;
