/**
 * Webhook verification: `Authorization` = lowercase hex HMAC-SHA256(key = app_secret, message = app_key + raw body)
 * (TikTok Shop Partner Center, "Webhooks" overview), compared in constant time over the bytes exactly as received.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { WebhookVerificationError } from '../core/errors/index.js';
import { parseJson } from '../core/json.js';
import { checkBodySize, checkReplayWindow, type WebhookOptions } from '../core/webhook-guards.js';
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

/** A signature as sent: 64 hex digits (32 bytes of HMAC-SHA256). */
const HEX_SIGNATURE = /^[0-9a-f]{64}$/i;

/**
 * What a mismatch can mean, all of it: the SDK cannot tell which from the bytes alone (a guess from the body's
 * shape was wrong as often as right), and reading the body of an unsigned request is work for its sender's benefit.
 */
const MISMATCH =
  'the signature does not match the body. Possible causes: the app secret (or app key) is not the one of the app ' +
  'TikTok signed with; the body was changed after it was received, e.g. parsed and re-serialized by a JSON body ' +
  'parser (pass the raw bytes exactly as received); or the request was tampered with or not sent by TikTok';

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
    return this.#digest(rawBody).toString('hex');
  }

  #digest(rawBody: string | Uint8Array): Buffer {
    return createHmac('sha256', this.#appSecret).update(this.#appKey).update(rawBody).digest();
  }

  #verifySignature(
    rawBody: string | Uint8Array,
    signature: string | null | undefined,
    options: WebhookOptions | undefined,
  ): void {
    if (typeof rawBody !== 'string' && !(rawBody instanceof Uint8Array)) {
      throw new WebhookVerificationError(
        API_NAME,
        `the body is a ${rawBody === null ? 'null' : typeof rawBody}, not the raw bytes: a JSON body parser ran first ` +
          '(use express.raw() on the webhook route, or read request.text())',
      );
    }
    checkBodySize(API_NAME, rawBody, options);
    const given = typeof signature === 'string' ? signature.trim() : '';
    if (!given) throw new WebhookVerificationError(API_NAME, 'the Authorization header (the signature) is missing');
    // Compared as the 32 bytes they stand for, in constant time: the time taken says nothing of where they differ.
    const expected = this.#digest(rawBody);
    if (HEX_SIGNATURE.test(given) && timingSafeEqual(Buffer.from(given, 'hex'), expected)) return;
    throw new WebhookVerificationError(API_NAME, MISMATCH);
  }

  /**
   * Checks the `Authorization` header against the raw body; throws {@link WebhookVerificationError} when it does
   * not match. Pass the body exactly as received (`express.raw({ type: '*\/*' })`, `await request.text()`), never
   * a parsed object or `JSON.stringify(req.body)`.
   *
   * In order, and nothing of the body is parsed before the signature holds: the size (`maxBodyBytes`, default
   * 1 MiB), the signature (HMAC compared in constant time), then, with `toleranceSeconds`, the event's `timestamp`
   * against the replay window.
   */
  verify(rawBody: string | Uint8Array, signature: string | null | undefined, options?: WebhookOptions): void {
    this.#verifySignature(rawBody, signature, options);
    if (options?.toleranceSeconds !== undefined) {
      const json = decodeJson(rawBody);
      const timestamp = json !== null && typeof json === 'object' ? (json as { timestamp?: unknown }).timestamp : undefined;
      checkReplayWindow(API_NAME, 'timestamp', timestamp, options);
    }
  }

  /**
   * Verifies (see {@link verify}: size, signature, replay window) and parses the body into a typed event; unknown
   * `type`s pass through.
   */
  parse(rawBody: string | Uint8Array, headers: WebhookHeaders, options?: WebhookOptions): TikTokShopWebhookEvent {
    this.#verifySignature(rawBody, headerValue(headers, 'authorization'), options);
    const envelope = webhookEnvelopeSchema.safeParse(decodeJson(rawBody));
    if (!envelope.success) {
      const missing = [...new Set(envelope.error.issues.map((i) => ENVELOPE_FIELDS[String(i.path[0])] ?? String(i.path[0])))];
      throw new WebhookVerificationError(
        API_NAME,
        `the signature matched but the body is not a TikTok Shop event: it has no ${missing.join(', no ')}`,
        '',
      );
    }
    const event = envelope.data;
    checkReplayWindow(API_NAME, 'timestamp', event.timestamp, options);
    const known = webhookDataSchemas[event.type as keyof typeof webhookDataSchemas];
    const data = known?.data.safeParse(event.data ?? {});
    if (known && data?.success) return { ...event, kind: known.kind, data: data.data } as TikTokShopWebhookEvent;
    // Unknown types, and known types whose data changed shape, are delivered untyped rather than dropped.
    return { ...event, kind: 'unknown', data: event.data ?? {} } satisfies UnknownWebhookEvent;
  }
}

/** How a missing or malformed envelope field is named in the error. */
const ENVELOPE_FIELDS: Readonly<Record<string, string>> = {
  type: 'numeric `type`',
  shop_id: '`shop_id`',
  timestamp: '`timestamp` (Unix seconds)',
  '': 'JSON object',
};

/** The verified body as JSON, int64-safe (shop and order ids stay exact). */
function decodeJson(rawBody: string | Uint8Array): unknown {
  try {
    return parseJson(typeof rawBody === 'string' ? rawBody : decoder.decode(rawBody));
  } catch {
    throw new WebhookVerificationError(API_NAME, 'the signature matched but the body is not JSON');
  }
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
