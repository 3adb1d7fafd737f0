import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WebhookVerificationError } from '../../src/core/errors/index.js';
import { TikTokShop } from '../../src/tiktok-shop/index.js';

const APP_KEY = '29a39d';
const SECRET = 'e59af819cc';
const app = new TikTokShop({ appKey: APP_KEY, appSecret: SECRET });
// As TikTok would send it: spaces after separators, an order id above 2^53.
const raw = '{"type": 1, "tts_notification_id": "7327112393057371910", "shop_id": "7494049642642441621", "timestamp": 1644412885, "data": {"order_id": 576461413038785752, "order_status": "AWAITING_SHIPMENT", "update_time": 1644412880}}';
const signature = createHmac('sha256', SECRET).update(APP_KEY + raw).digest('hex');

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

  it.each([
    [2, 'reverse_order_status_change'],
    [3, 'recipient_address_update'],
    [4, 'package_update'],
    [5, 'product_status_change'],
    [6, 'seller_deauthorization'],
    [7, 'upcoming_authorization_expiration'],
    [12, 'return_status_change'],
    [99, 'unknown'],
  ] as const)('type %i is a %s event (unknown types pass through)', (type, kind) => {
    const body = JSON.stringify({ type, tts_notification_id: 'n1', shop_id: '1', timestamp: 1, data: { x: 1 } });
    const event = app.webhooks.parse(body, new Headers({ authorization: app.webhooks.sign(body) }));
    expect(event.kind).toBe(kind);
    expect(event.type).toBe(type);
    expect(event.data).toMatchObject({ x: 1 });
  });

  it('rejects a tampered body, a wrong secret and a missing header', () => {
    expect(() => app.webhooks.verify(raw.replace('AWAITING', 'IN'), signature)).toThrow(WebhookVerificationError);
    const other = new TikTokShop({ appKey: APP_KEY, appSecret: 'other-secret' });
    expect(() => other.webhooks.verify(raw, signature)).toThrow(/does not match/);
    expect(() => app.webhooks.parse(raw, {})).toThrow(/Authorization header/);
  });

  it('says the body was re-serialized when JSON.stringify(req.body) is passed', () => {
    const reserialized = JSON.stringify(JSON.parse(raw));
    expect(() => app.webhooks.verify(reserialized, signature)).toThrow(/looks re-serialized/);
  });

  it('says a JSON body parser ran first when given a parsed object', () => {
    const parsed = JSON.parse(raw) as unknown as string;
    expect(() => app.webhooks.verify(parsed, signature)).toThrow(/body parser ran first/);
  });
});
