import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WebhookVerificationError } from '../../src/core/errors/index.js';
import { TikTokShop, type OrderStatus } from '../../src/tiktok-shop/index.js';

const APP_KEY = '29a39d';
const SECRET = 'e59af819cc';
const app = new TikTokShop({ appKey: APP_KEY, appSecret: SECRET });
// As TikTok would send it: spaces after separators, an order id above 2^53.
const raw =
  '{"type": 1, "tts_notification_id": "7327112393057371910", "shop_id": "7494049642642441621", "timestamp": 1644412885, "data": {"order_id": 576461413038785752, "order_status": "AWAITING_SHIPMENT", "update_time": 1644412880}}';
const signature = createHmac('sha256', SECRET)
  .update(APP_KEY + raw)
  .digest('hex');

describe('webhooks', () => {
  it('verifies HMAC-SHA256(app_secret, app_key + raw body) from the Authorization header, string or bytes', () => {
    expect(app.webhooks.sign(raw)).toBe(signature);
    expect(() => app.webhooks.verify(raw, signature)).not.toThrow();
    expect(() => app.webhooks.verify(Buffer.from(raw), signature.toUpperCase())).not.toThrow();
  });

  it('parses a typed event by type, with int64 ids exact', () => {
    const event = app.webhooks.parse(Buffer.from(raw), { Authorization: signature });
    expect(event.kind).toBe('order_status_change');
    if (event.kind !== 'order_status_change') throw new Error('narrowing failed');
    expect(event.data.order_id).toBe('576461413038785752');
    expect(event.data.order_status).toBe('AWAITING_SHIPMENT');
    expect(event.shop_id).toBe('7494049642642441621');
  });

  const order = { order_id: '576461413038785752', update_time: 1644412880 };
  it.each([
    [2, 'reverse_order_status_change', { ...order, reverse_order_status: 4 }],
    [3, 'recipient_address_update', order],
    [4, 'package_update', { ...order, package_id: '1152' }],
    [5, 'product_status_change', { product_id: '1729', status: 'ACTIVATE', update_time: 1644412880 }],
    [6, 'seller_deauthorization', {}],
    [7, 'upcoming_authorization_expiration', { expiration_time: 1644412880 }],
    [12, 'return_status_change', { ...order, return_id: '4035', return_status: 'RETURN_OR_REFUND_REQUEST_PENDING' }],
    [99, 'unknown', {}],
  ] as const)('type %i is a %s event (unknown types pass through)', (type, kind, data) => {
    const body = JSON.stringify({ type, tts_notification_id: 'n1', shop_id: '1', timestamp: 1, data: { ...data, x: 1 } });
    const event = app.webhooks.parse(body, new Headers({ authorization: app.webhooks.sign(body) }));
    expect(event.kind).toBe(kind);
    expect(event.type).toBe(type);
    expect(event.data).toEqual({ ...data, x: 1 });
  });

  it('types the envelope and the core data fields as required, times as numbers even when sent as strings', () => {
    const body = JSON.stringify({
      type: 1,
      shop_id: 7494049642642441621n.toString(),
      timestamp: '1644412885',
      data: { order_id: '576461413038785752', order_status: 'IN_TRANSIT', update_time: '1644412880' },
    });
    const event = app.webhooks.parse(body, { authorization: app.webhooks.sign(body) });
    if (event.kind !== 'order_status_change') throw new Error(`expected order_status_change, got ${event.kind}`);
    // No `?.` and no cast: these are required in the types.
    const seconds: number = event.timestamp;
    const updated: number = event.data.update_time;
    const status: OrderStatus = event.data.order_status;
    expect([event.shop_id, seconds, updated, status]).toEqual(['7494049642642441621', 1644412885, 1644412880, 'IN_TRANSIT']);
  });

  it('delivers a known type whose data lacks a core field as unknown, with its data as sent', () => {
    const body = JSON.stringify({ type: 1, shop_id: '1', timestamp: 1, data: { order_status: 'UNPAID' } });
    const event = app.webhooks.parse(body, { authorization: app.webhooks.sign(body) });
    expect(event).toMatchObject({ kind: 'unknown', type: 1, data: { order_status: 'UNPAID' } });
  });

  it('names the envelope fields a signed body lacks', () => {
    const body = JSON.stringify({ type: 1, data: {} });
    expect(() => app.webhooks.parse(body, { authorization: app.webhooks.sign(body) })).toThrow(
      'TikTok Shop webhook rejected: the signature matched but the body is not a TikTok Shop event: it has no `shop_id`, no `timestamp` (Unix seconds).',
    );
  });

  it('rejects a tampered body, a wrong secret and a missing header', () => {
    expect(() => app.webhooks.verify(raw.replace('AWAITING', 'IN'), signature)).toThrow(WebhookVerificationError);
    const other = new TikTokShop({ appKey: APP_KEY, appSecret: 'other-secret' });
    expect(() => other.webhooks.verify(raw, signature)).toThrow(/does not match/);
    expect(() => app.webhooks.parse(raw, {})).toThrow(/Authorization header/);
  });

  it('lists every possible cause of a mismatch without guessing one from the body', () => {
    // A compact body tampered with, and a pretty-printed one signed with the right secret then re-serialized:
    // the old diagnosis called the first "re-serialized" and the second "wrong secret".
    const compact = '{"type":1,"data":{"order_id":"1"}}';
    const tampered = compact.replace('"1"', '"2"');
    const pretty = JSON.stringify(JSON.parse(raw), null, 2);
    for (const [body, sig] of [
      [tampered, app.webhooks.sign(compact)],
      [JSON.stringify(JSON.parse(pretty)), app.webhooks.sign(pretty)],
    ] as const) {
      const err = (() => {
        try {
          app.webhooks.verify(body, sig);
        } catch (e) {
          return e as Error;
        }
      })();
      expect(err).toBeInstanceOf(WebhookVerificationError);
      expect(err!.message).toMatch(/app secret \(or app key\)/);
      expect(err!.message).toMatch(/re-serialized by a JSON body parser/);
      expect(err!.message).toMatch(/tampered with/);
      expect(err!.message).not.toMatch(/looks re-serialized/);
    }
  });

  it('refuses a signature that is not 64 hex digits, whatever its length', () => {
    for (const sig of ['abc', `${signature}00`, signature.replace(/[0-9a-f]$/, 'z'), ' '.repeat(64)]) {
      expect(() => app.webhooks.verify(raw, sig)).toThrow(WebhookVerificationError);
    }
  });

  it('rejects a body over maxBodyBytes (default 1 MiB) before hashing or parsing it, even with a valid signature', () => {
    const big = JSON.stringify({ type: 1, timestamp: 1, data: { pad: 'x'.repeat(1024 * 1024) } });
    const sig = app.webhooks.sign(big);
    expect(() => app.webhooks.verify(big, sig)).toThrow(/larger than maxBodyBytes \(1048576 bytes\)/);
    expect(() => app.webhooks.parse(Buffer.from(big), { authorization: sig })).toThrow(WebhookVerificationError);
    expect(() => app.webhooks.verify(big, sig, { maxBodyBytes: 2 * 1024 * 1024 })).not.toThrow();
    // Multi-byte characters count as bytes, not as characters.
    const wide = JSON.stringify({ type: 1, data: { pad: '✓'.repeat(400_000) } });
    expect(() => app.webhooks.verify(wide, app.webhooks.sign(wide))).toThrow(/maxBodyBytes/);
  });

  it('rejects an event outside the replay window when toleranceSeconds is set, in verify and in parse', () => {
    const sent = 1644412885; // the timestamp in `raw`
    expect(() => app.webhooks.verify(raw, signature, { toleranceSeconds: 300, nowSeconds: sent + 60 })).not.toThrow();
    expect(() => app.webhooks.verify(raw, signature, { toleranceSeconds: 300, nowSeconds: sent + 3600 })).toThrow(
      /3600 s in the past, outside the replay window of 300 s/,
    );
    expect(() =>
      app.webhooks.parse(raw, { authorization: signature }, { toleranceSeconds: 300, nowSeconds: sent - 900 }),
    ).toThrow(/in the future/);
    expect(app.webhooks.parse(raw, { authorization: signature }, { toleranceSeconds: 300, nowSeconds: sent }).kind).toBe(
      'order_status_change',
    );
    // Without a timestamp there is nothing to check the window against: rejected, not waved through.
    const bare = '{"type":1,"data":{}}';
    expect(() => app.webhooks.parse(bare, { authorization: app.webhooks.sign(bare) }, { toleranceSeconds: 300 })).toThrow(
      /no `timestamp`/,
    );
    // Off by default: the 2022 event still parses.
    expect(() => app.webhooks.parse(raw, { authorization: signature })).not.toThrow();
  });

  it('says a JSON body parser ran first when given a parsed object', () => {
    const parsed = JSON.parse(raw) as unknown as string;
    expect(() => app.webhooks.verify(parsed, signature)).toThrow(/body parser ran first/);
  });
});
