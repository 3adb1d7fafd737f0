import { describe, expect, it } from 'vitest';
import { WebhookVerificationError } from '../../src/core/errors/index.js';
import { PRODUCT_STATUS_EVENT, ProductType, groupBuyingCoupon, parseLocalServiceWebhook } from '../../src/local-service/index.js';
import {
  LOCAL_SERVICE_PRODUCT_STATUS,
  LOCAL_SERVICE_LEAF_CATEGORY_ID,
  LOCAL_SERVICE_TEST_CREDENTIALS,
  sampleGroupBuyingCoupon,
} from '../../src/testing/local-service/index.js';
import { MERCHANT, withToken } from './helpers.js';

const content = `{"third_product_id":"sku-1","product_id":"7295929697122060001","product_type":2,"category_id":${LOCAL_SERVICE_LEAF_CATEGORY_ID},"merchant_id":"${MERCHANT}","product_status":2,"action_type":1}`;
const body = JSON.stringify({
  client_key: 'ck',
  event: PRODUCT_STATUS_EVENT,
  create_time: 1_720_666_722,
  user_id: null,
  content,
  caller: 'tiktok.local.solution_gateway',
});

describe('webhooks: product.status.doman_sync', () => {
  it('decodes the JSON string in content, keeping the int64 category_id exact', () => {
    const event = parseLocalServiceWebhook(body);
    expect(event.kind).toBe('product_status');
    if (event.kind !== 'product_status') return;
    expect(event.content).toMatchObject({
      third_product_id: 'sku-1',
      category_id: LOCAL_SERVICE_LEAF_CATEGORY_ID,
      merchant_id: MERCHANT,
      product_status: 2,
    });
    expect(event).toMatchObject({
      client_key: 'ck',
      create_time: 1_720_666_722,
      user_id: null,
      caller: 'tiktok.local.solution_gateway',
    });
  });

  it('accepts the raw bytes and an already parsed body', () => {
    expect(parseLocalServiceWebhook(Buffer.from(body)).kind).toBe('product_status');
    expect(
      parseLocalServiceWebhook({
        event: PRODUCT_STATUS_EVENT,
        content: JSON.parse(content.replace(LOCAL_SERVICE_LEAF_CATEGORY_ID, `"${LOCAL_SERVICE_LEAF_CATEGORY_ID}"`)),
      }).kind,
    ).toBe('product_status');
  });

  it('parses the event the emulator pushes when a review is decided', async () => {
    const { emu, ls } = withToken({}, { review: { afterReads: 1 } });
    await ls.products.save({
      merchant_id: MERCHANT,
      third_product_id: 'sku-hook',
      category_id: LOCAL_SERVICE_LEAF_CATEGORY_ID,
      product_type: ProductType.DISCOUNT_VOUCHER,
      attr_key_value_map: groupBuyingCoupon(sampleGroupBuyingCoupon()),
    });
    await ls.products.get({ third_product_id: 'sku-hook', online: false, merchant_id: MERCHANT });
    expect(emu.webhooks).toHaveLength(1);
    const event = ls.webhooks.parse(emu.webhooks[0]!);
    expect(event).toMatchObject({
      kind: 'product_status',
      client_key: LOCAL_SERVICE_TEST_CREDENTIALS.clientKey,
      content: {
        third_product_id: 'sku-hook',
        category_id: LOCAL_SERVICE_LEAF_CATEGORY_ID,
        product_status: LOCAL_SERVICE_PRODUCT_STATUS.APPROVED,
      },
    });
  });

  it('passes unknown events through as generic, content decoded when it is JSON', () => {
    const event = parseLocalServiceWebhook(
      JSON.stringify({
        client_key: 'ck',
        event: 'order.status.sync',
        create_time: 1,
        user_id: '42',
        content: '{"order_id":"9"}',
      }),
    );
    expect(event).toMatchObject({ kind: 'unknown', event: 'order.status.sync', content: { order_id: '9' }, user_id: '42' });
    const plain = parseLocalServiceWebhook({ event: 'video.upload.failed', content: 'not json' });
    expect(plain.content).toBe('not json');
  });

  it('rejects a product status event whose content lacks documented fields, naming them', () => {
    const broken = JSON.stringify({ event: PRODUCT_STATUS_EVENT, content: '{"third_product_id":"x"}' });
    expect(() => parseLocalServiceWebhook(broken)).toThrow(WebhookVerificationError);
    expect(() => parseLocalServiceWebhook(broken)).toThrow(/product_id/);
  });

  it('rejects a body that is not JSON or has no event', () => {
    expect(() => parseLocalServiceWebhook('event=product.status')).toThrow(/not JSON/);
    expect(() => parseLocalServiceWebhook('{"content":"{}"}')).toThrow(/event/);
  });
});

describe('webhooks: the checks that need no signature (same as TikTok Shop)', () => {
  it('rejects a raw body over maxBodyBytes (default 1 MiB) before decoding it', () => {
    const big = JSON.stringify({ event: 'x', content: 'y'.repeat(1024 * 1024) });
    expect(() => parseLocalServiceWebhook(big)).toThrow(/larger than maxBodyBytes/);
    expect(() => withToken().ls.webhooks.parse(Buffer.from(big))).toThrow(WebhookVerificationError);
    expect(parseLocalServiceWebhook(big, { maxBodyBytes: 2 * 1024 * 1024 }).kind).toBe('unknown');
  });

  it('rejects an event whose create_time is outside the replay window when toleranceSeconds is set', () => {
    expect(parseLocalServiceWebhook(body, { toleranceSeconds: 60, nowSeconds: 1_720_666_722 + 30 }).kind).toBe('product_status');
    expect(() => parseLocalServiceWebhook(body, { toleranceSeconds: 60, nowSeconds: 1_720_666_722 + 600 })).toThrow(
      /`create_time`.*outside the replay window of 60 s/,
    );
    expect(() => withToken().ls.webhooks.parse(body, { toleranceSeconds: 60 })).toThrow(WebhookVerificationError);
  });
});
