/**
 * Webhook event payloads. The TikTok Shop docs document none; the envelope and the `type` numbers are external
 * evidence (peer SDKs such as EcomPHP/tiktokshop-php and a public webhook guide agree on them) and the data fields
 * are what peer SDKs read. Everything is optional and loose, so a field TikTok adds or drops never breaks parsing.
 */
import { z } from 'zod';
import { idString } from '../core/validation.js';

const optId = idString.optional();
const optStr = z.string().optional();
/** Unix seconds; some payloads send them as strings. */
const optTime = z.union([z.number(), z.string()]).optional();

/** The part every webhook shares. De-duplicate on `tts_notification_id` (deliveries can repeat). */
export const webhookEnvelopeSchema = z.looseObject({
  type: z.number().int(),
  tts_notification_id: optStr,
  shop_id: optId,
  timestamp: optTime,
  data: z.record(z.string(), z.unknown()).optional(),
});

/** `type` number -> event kind and data schema (external evidence, as above). */
export const webhookDataSchemas = {
  1: {
    kind: 'order_status_change',
    data: z.looseObject({
      order_id: optId,
      order_status: optStr,
      is_on_hold_order: z.boolean().optional(),
      update_time: optTime,
    }),
  },
  2: {
    kind: 'reverse_order_status_change',
    data: z.looseObject({
      order_id: optId,
      reverse_order_id: optId,
      reverse_order_status: z.union([z.number(), z.string()]).optional(),
      reverse_type: z.union([z.number(), z.string()]).optional(),
      update_time: optTime,
    }),
  },
  3: { kind: 'recipient_address_update', data: z.looseObject({ order_id: optId, update_time: optTime }) },
  4: { kind: 'package_update', data: z.looseObject({ order_id: optId, package_id: optId, update_time: optTime }) },
  5: {
    kind: 'product_status_change',
    data: z.looseObject({ product_id: optId, status: optStr, suspended_reason: optStr, update_time: optTime }),
  },
  6: { kind: 'seller_deauthorization', data: z.looseObject({ message: optStr }) },
  7: { kind: 'upcoming_authorization_expiration', data: z.looseObject({ message: optStr, expiration_time: optTime }) },
  12: {
    kind: 'return_status_change',
    data: z.looseObject({
      order_id: optId,
      return_id: optId,
      return_role: optStr,
      return_type: optStr,
      return_status: optStr,
      create_time: optTime,
      update_time: optTime,
    }),
  },
} as const;

type Schemas = typeof webhookDataSchemas;
type KnownType = keyof Schemas;

interface EventBase {
  tts_notification_id?: string | undefined;
  shop_id?: string | undefined;
  timestamp?: number | string | undefined;
}

/** A webhook of a known `type`; `kind` (added by the SDK) names it, `data` is typed. */
export type KnownWebhookEvent = {
  [T in KnownType]: EventBase & { type: T; kind: Schemas[T]['kind']; data: z.infer<Schemas[T]['data']> };
}[KnownType];

/** A webhook whose `type` this SDK does not know: passed through with its data untyped. */
export interface UnknownWebhookEvent extends EventBase {
  type: number;
  kind: 'unknown';
  data: Record<string, unknown>;
}

/** Narrow on `kind`: `if (event.kind === 'order_status_change') event.data.order_id`. */
export type TikTokShopWebhookEvent = KnownWebhookEvent | UnknownWebhookEvent;
export type WebhookEventKind = TikTokShopWebhookEvent['kind'];
