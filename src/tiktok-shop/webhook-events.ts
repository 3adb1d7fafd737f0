/**
 * Webhook event payloads. The TikTok Shop docs document none; the envelope and the `type` numbers are external
 * evidence (peer SDKs such as EcomPHP/tiktokshop-php and a public webhook guide agree on them) and the data fields
 * are what peer SDKs read. Objects are loose, so a field TikTok adds is kept.
 *
 * Required, because every event of these sources carries them (inferred from that evidence; the docs have no field
 * tables): the envelope's `type`, `shop_id` and `timestamp`, and each kind's core data fields (the ids it is about,
 * its new status, `update_time`). An event of a known `type` whose data lacks a core field is delivered as
 * `kind: 'unknown'` with its data untyped, never dropped. Times are Unix seconds, numbers even when sent as strings.
 */
import { z } from 'zod';
import { idString } from '../core/validation.js';
import { ORDER_STATUSES } from './order-status.js';

const optId = idString.optional();
const optStr = z.string().optional();
/** Unix seconds: a number, or a string of digits (some payloads send them so) read as a number. */
const time = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]);
const optTime = time.optional();
/** Return and refund codes: numbers in some payloads, strings in others (kept as sent). */
const code = z.union([z.number(), z.string()]);

/** The part every webhook shares. De-duplicate on `tts_notification_id` (deliveries can repeat). */
export const webhookEnvelopeSchema = z.looseObject({
  type: z.number().int(),
  tts_notification_id: optStr,
  shop_id: idString,
  timestamp: time,
  data: z.record(z.string(), z.unknown()).optional(),
});

const orderStatusChange = z.looseObject({
  order_id: idString,
  order_status: z.enum(ORDER_STATUSES),
  is_on_hold_order: z.boolean().optional(),
  update_time: time,
});
const reverseOrderStatusChange = z.looseObject({
  order_id: idString,
  reverse_order_id: optId,
  reverse_order_status: code,
  reverse_type: code.optional(),
  update_time: time,
});
const recipientAddressUpdate = z.looseObject({ order_id: idString, update_time: time });
const packageUpdate = z.looseObject({ order_id: idString, package_id: idString, update_time: time });
const productStatusChange = z.looseObject({
  product_id: idString,
  status: z.string(),
  suspended_reason: optStr,
  update_time: time,
});
const sellerDeauthorization = z.looseObject({ message: optStr });
const upcomingAuthorizationExpiration = z.looseObject({ message: optStr, expiration_time: optTime });
const returnStatusChange = z.looseObject({
  order_id: idString,
  return_id: idString,
  return_role: optStr,
  return_type: optStr,
  return_status: z.string(),
  create_time: optTime,
  update_time: time,
});

/** `data` of an order status change (type 1): `order_status` is one of the nine order statuses. */
export interface OrderStatusChangeData extends z.output<typeof orderStatusChange> {}
/** `data` of a reverse (return or refund) order status change (type 2). */
export interface ReverseOrderStatusChangeData extends z.output<typeof reverseOrderStatusChange> {}
/** `data` of a recipient address update (type 3). */
export interface RecipientAddressUpdateData extends z.output<typeof recipientAddressUpdate> {}
/** `data` of a package update (type 4). */
export interface PackageUpdateData extends z.output<typeof packageUpdate> {}
/** `data` of a product status change (type 5). */
export interface ProductStatusChangeData extends z.output<typeof productStatusChange> {}
/** `data` of a seller deauthorization (type 6). */
export interface SellerDeauthorizationData extends z.output<typeof sellerDeauthorization> {}
/** `data` of an upcoming authorization expiration (type 7). */
export interface UpcomingAuthorizationExpirationData extends z.output<typeof upcomingAuthorizationExpiration> {}
/** `data` of a return status change (type 12). */
export interface ReturnStatusChangeData extends z.output<typeof returnStatusChange> {}

/** `type` number -> event kind and data schema (external evidence, as above). */
export const webhookDataSchemas = {
  1: { kind: 'order_status_change', data: orderStatusChange as z.ZodType<OrderStatusChangeData> },
  2: { kind: 'reverse_order_status_change', data: reverseOrderStatusChange as z.ZodType<ReverseOrderStatusChangeData> },
  3: { kind: 'recipient_address_update', data: recipientAddressUpdate as z.ZodType<RecipientAddressUpdateData> },
  4: { kind: 'package_update', data: packageUpdate as z.ZodType<PackageUpdateData> },
  5: { kind: 'product_status_change', data: productStatusChange as z.ZodType<ProductStatusChangeData> },
  6: { kind: 'seller_deauthorization', data: sellerDeauthorization as z.ZodType<SellerDeauthorizationData> },
  7: {
    kind: 'upcoming_authorization_expiration',
    data: upcomingAuthorizationExpiration as z.ZodType<UpcomingAuthorizationExpirationData>,
  },
  12: { kind: 'return_status_change', data: returnStatusChange as z.ZodType<ReturnStatusChangeData> },
} as const;

/** What every event has, whatever its `type`. */
export interface WebhookEventBase {
  /** The delivery's id: de-duplicate on it (a delivery can repeat). */
  tts_notification_id?: string | undefined;
  /** The shop the event is about. */
  shop_id: string;
  /** When TikTok sent the event, Unix seconds. */
  timestamp: number;
}

/** An event of a known `type`: `kind` (added by the SDK) names it, `data` is typed. */
export interface WebhookEventOf<T extends number, K extends string, D> extends WebhookEventBase {
  type: T;
  kind: K;
  data: D;
}

/** Type 1: an order's status changed. */
export interface OrderStatusChangeEvent extends WebhookEventOf<1, 'order_status_change', OrderStatusChangeData> {}
/** Type 2: a return or refund's status changed. */
export interface ReverseOrderStatusChangeEvent extends WebhookEventOf<
  2,
  'reverse_order_status_change',
  ReverseOrderStatusChangeData
> {}
/** Type 3: the buyer changed the recipient address. */
export interface RecipientAddressUpdateEvent extends WebhookEventOf<3, 'recipient_address_update', RecipientAddressUpdateData> {}
/** Type 4: a package changed. */
export interface PackageUpdateEvent extends WebhookEventOf<4, 'package_update', PackageUpdateData> {}
/** Type 5: a product's status changed (review passed or failed, frozen...). */
export interface ProductStatusChangeEvent extends WebhookEventOf<5, 'product_status_change', ProductStatusChangeData> {}
/** Type 6: the seller removed the app's authorization. */
export interface SellerDeauthorizationEvent extends WebhookEventOf<6, 'seller_deauthorization', SellerDeauthorizationData> {}
/** Type 7: the seller's authorization expires soon. */
export interface UpcomingAuthorizationExpirationEvent extends WebhookEventOf<
  7,
  'upcoming_authorization_expiration',
  UpcomingAuthorizationExpirationData
> {}
/** Type 12: a return's status changed. */
export interface ReturnStatusChangeEvent extends WebhookEventOf<12, 'return_status_change', ReturnStatusChangeData> {}

/** A webhook of a known `type`. */
export type KnownWebhookEvent =
  | OrderStatusChangeEvent
  | ReverseOrderStatusChangeEvent
  | RecipientAddressUpdateEvent
  | PackageUpdateEvent
  | ProductStatusChangeEvent
  | SellerDeauthorizationEvent
  | UpcomingAuthorizationExpirationEvent
  | ReturnStatusChangeEvent;

/** A webhook whose `type` this SDK does not know, or whose data lacks a core field: passed through untyped. */
export interface UnknownWebhookEvent extends WebhookEventBase {
  type: number;
  kind: 'unknown';
  data: Record<string, unknown>;
}

/** Narrow on `kind`: `if (event.kind === 'order_status_change') event.data.order_id`. */
export type TikTokShopWebhookEvent = KnownWebhookEvent | UnknownWebhookEvent;
export type WebhookEventKind = TikTokShopWebhookEvent['kind'];
