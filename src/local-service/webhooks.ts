/**
 * The Product Status Webhook (Local Service docs: Product Status Webhook). Delivery, signature and the expected
 * acknowledgement are not given in the docs, so no signature is verified here: parse only bodies that reached you
 * over your own HTTPS endpoint. The checks that need no signature are the same as TikTok Shop's: a size limit
 * before anything is decoded, and an optional replay window on `create_time`.
 */
import { z } from 'zod';
import { WebhookVerificationError } from '../core/errors/index.js';
import { looksLikeJson, parseJson } from '../core/json.js';
import { checkBodySize, checkReplayWindow, type WebhookOptions } from '../core/webhook-guards.js';
import { toIssues } from '../core/validation.js';
import { enumValue, id } from './schemas/common.js';
import { LOCAL_SERVICE } from './errors.js';

/** The event name, misspelling included (`doman`, as the docs print it). */
export const PRODUCT_STATUS_EVENT = 'product.status.doman_sync';

/** The decoded `content` of a product status event. */
const productStatusContentShape = z.looseObject({
  third_product_id: z.string(),
  product_id: id,
  product_type: enumValue,
  /** int64 JSON number in the content, a string here. */
  category_id: id,
  merchant_id: id,
  product_status: enumValue,
  /** `GoodsDomainContentActionType`; values and required flag not given (the docs are cut off here). */
  action_type: enumValue.optional(),
});
/** The decoded `content` of a product status event: every field the docs mark required is required here. */
export interface ProductStatusContent extends z.output<typeof productStatusContentShape> {}
export const productStatusContentSchema: z.ZodType<ProductStatusContent> = productStatusContentShape;

const outerSchema = z.looseObject({
  client_key: z.string().optional(),
  event: z.string().min(1),
  /** Unix seconds. */
  create_time: z.number().optional(),
  user_id: z.string().nullable().optional(),
  content: z.unknown(),
  caller: z.string().optional(),
});

/** Fields every Local Service webhook carries. */
export interface LocalServiceWebhookBase {
  /** The developer id registered with TTOP. */
  client_key: string | undefined;
  /** Unix seconds. */
  create_time: number | undefined;
  /** The TikTok user involved, or null. */
  user_id: string | null | undefined;
  /** A debug tag, e.g. `tiktok.local.solution_gateway`. */
  caller: string | undefined;
  /** The whole body as decoded (int64-safe), for fields this SDK does not model. */
  raw: Record<string, unknown>;
}

/** A product's review or status changed after `save`/`updateWithoutReview`. */
export interface ProductStatusEvent extends LocalServiceWebhookBase {
  kind: 'product_status';
  event: typeof PRODUCT_STATUS_EVENT;
  /** The wire's JSON string, decoded and validated. */
  content: ProductStatusContent;
}

/** Any other event: passed through with `content` decoded when it is JSON, else left a string. */
export interface GenericLocalServiceEvent extends LocalServiceWebhookBase {
  kind: 'unknown';
  event: string;
  content: unknown;
}

/** What `parseLocalServiceWebhook` returns; switch on `kind`. */
export type LocalServiceWebhookEvent = ProductStatusEvent | GenericLocalServiceEvent;

/**
 * Parses a webhook body: the raw bytes or string as received (or an object a body parser already produced).
 * `content` is a JSON string inside the JSON and is decoded a second time, int64-safely (its
 * `category_id` is a number beyond 2^53). Throws WebhookVerificationError when the body or a product status
 * event's content does not have the documented shape, when a raw body is over `maxBodyBytes` (default 1 MiB,
 * checked before decoding), or, with `toleranceSeconds`, when `create_time` is outside the replay window.
 */
export function parseLocalServiceWebhook(
  body: string | Uint8Array | Record<string, unknown>,
  options?: WebhookOptions,
): LocalServiceWebhookEvent {
  const raw = typeof body === 'string' || body instanceof Uint8Array;
  if (raw) checkBodySize(LOCAL_SERVICE, body, options);
  const decoded = raw ? decodeText(body) : body;
  const outer = outerSchema.safeParse(decoded);
  if (!outer.success) throw reject(`the body is not a Local Service webhook (${describe(outer.error)})`);
  const o = outer.data;
  checkReplayWindow(LOCAL_SERVICE, 'create_time', o.create_time, options);
  const base: LocalServiceWebhookBase = {
    client_key: o.client_key,
    create_time: o.create_time,
    user_id: o.user_id,
    caller: o.caller,
    raw: decoded as Record<string, unknown>,
  };
  const content = decodeContent(o.content);
  if (o.event !== PRODUCT_STATUS_EVENT) return { ...base, kind: 'unknown', event: o.event, content };
  const parsed = productStatusContentSchema.safeParse(content);
  if (!parsed.success)
    throw reject(`${PRODUCT_STATUS_EVENT} content does not match the documented fields (${describe(parsed.error)})`);
  return { ...base, kind: 'product_status', event: PRODUCT_STATUS_EVENT, content: parsed.data };
}

function decodeText(body: string | Uint8Array): unknown {
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  if (!looksLikeJson(text)) throw reject('the body is not JSON');
  try {
    return parseJson(text);
  } catch {
    throw reject('the body is not valid JSON (was it cut short or re-encoded?)');
  }
}

/** `content` is documented as a JSON string; an already-decoded object is accepted as is. */
function decodeContent(content: unknown): unknown {
  if (typeof content !== 'string' || !looksLikeJson(content)) return content;
  try {
    return parseJson(content);
  } catch {
    return content;
  }
}

function reject(reason: string) {
  return new WebhookVerificationError(LOCAL_SERVICE, reason);
}

function describe(error: z.ZodError): string {
  return toIssues(error)
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}
