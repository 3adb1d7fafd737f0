/**
 * Webhook verification: `Authorization` = lowercase hex HMAC-SHA256(key = app_secret, message = app_key + raw body)
 * (ENDPOINTS.md 2.7.1, external evidence), compared in constant time over the bytes exactly as received.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { WebhookVerificationError } from '../core/errors/index.js';
import { parseJson } from '../core/json.js';
import { API_NAME } from './errors.js';
import {
  webhookDataSchemas,
  webhookEnvelopeSchema,
  type TikTokShopWebhookEvent,
  type UnknownWebhookEvent,
} from './webhook-events.js';

/** Request headers as Node (`req.headers`), Fetch (`Headers`) or a plain object give them. */
export type WebhookHeaders = Headers | Readonly<Record<string, string | string[] | undefined>>;

const decoder = new TextDecoder('utf-8', { fatal: false });

/** `app.webhooks`. */
export class TikTokShopWebhooks {
  readonly #appKey: string;
  readonly #appSecret: string;

  /** @internal */
  constructor(appKey: string, appSecret: string) {
    this.#appKey = appKey;
    this.#appSecret = appSecret;
  }

  /** The signature TikTok sends for `rawBody` (for tests, and for the emulator's deliveries). */
  sign(rawBody: string | Uint8Array): string {
    return createHmac('sha256', this.#appSecret).update(this.#appKey).update(rawBody).digest('hex');
  }

  /**
   * Checks the `Authorization` header against the raw body; throws {@link WebhookVerificationError} when it does
   * not match. Pass the body exactly as received (`express.raw({ type: '*\/*' })`, `await request.text()`), never
   * a parsed object or `JSON.stringify(req.body)`.
   */
  verify(rawBody: string | Uint8Array, signature: string | null | undefined): void {
    if (typeof rawBody !== 'string' && !(rawBody instanceof Uint8Array)) {
      throw new WebhookVerificationError(
        API_NAME,
        `the body is a ${rawBody === null ? 'null' : typeof rawBody}, not the raw bytes: a JSON body parser ran first ` +
          '(use express.raw() on the webhook route, or read request.text())',
      );
    }
    const given = typeof signature === 'string' ? signature.trim().toLowerCase() : '';
    if (!given) throw new WebhookVerificationError(API_NAME, 'the Authorization header (the signature) is missing');
    const expected = Buffer.from(this.sign(rawBody), 'utf8');
    const actual = Buffer.from(given, 'utf8');
    if (actual.length === expected.length && timingSafeEqual(actual, expected)) return;
    throw new WebhookVerificationError(API_NAME, mismatchReason(rawBody));
  }

  /** Verifies (see {@link verify}) and parses the body into a typed event; unknown `type`s pass through. */
  parse(rawBody: string | Uint8Array, headers: WebhookHeaders): TikTokShopWebhookEvent {
    this.verify(rawBody, headerValue(headers, 'authorization'));
    const text = typeof rawBody === 'string' ? rawBody : decoder.decode(rawBody);
    let json: unknown;
    try {
      json = parseJson(text); // int64-safe: shop and order ids stay exact
    } catch {
      throw new WebhookVerificationError(API_NAME, 'the signature matched but the body is not JSON');
    }
    const envelope = webhookEnvelopeSchema.safeParse(json);
    if (!envelope.success) {
      throw new WebhookVerificationError(API_NAME, 'the signature matched but the body has no numeric `type`');
    }
    const event = envelope.data;
    const known = webhookDataSchemas[event.type as keyof typeof webhookDataSchemas];
    const data = known?.data.safeParse(event.data ?? {});
    if (known && data?.success) return { ...event, kind: known.kind, data: data.data } as TikTokShopWebhookEvent;
    // Unknown types, and known types whose data changed shape, are delivered untyped rather than dropped.
    return { ...event, kind: 'unknown', data: event.data ?? {} } satisfies UnknownWebhookEvent;
  }
}

/** Names the usual cause: a body re-serialized by a JSON parser no longer has the bytes that were signed. */
function mismatchReason(rawBody: string | Uint8Array): string {
  const text = typeof rawBody === 'string' ? rawBody : decoder.decode(rawBody);
  let reserialized = false;
  try {
    reserialized = JSON.stringify(JSON.parse(text)) === text;
  } catch {
    // not JSON at all: a plain mismatch
  }
  return reserialized
    ? 'the signature does not match, and the body looks re-serialized (it is exactly JSON.stringify of itself). ' +
        'If you passed JSON.stringify(req.body), pass the raw bytes instead: re-serializing changes whitespace, ' +
        'escapes and large numbers, so the signed bytes are gone'
    : 'the signature does not match the body (wrong app secret or app key, or a body altered in transit)';
}

function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Readonly<Record<string, string | string[] | undefined>>;
  for (const key of Object.keys(record)) {
    if (key.toLowerCase() !== name) continue;
    const v = record[key];
    return Array.isArray(v) ? v[0] : v;
  }
  return undefined;
}
