/**
 * The flows integrators run every day, end to end against the emulator's state: ship the orders awaiting shipment
 * and see them move on, keep stock and prices in step, manage the shop's webhooks (Update Shop Webhook: the one
 * operation of the TikTok Shop document that had no method), upload files as multipart, and retry writes only when
 * the API said it did not process them.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InvalidParamsError, ServerError } from '../../src/core/errors/index.js';
import {
  createTikTokShopEmulator,
  TIKTOK_SHOP_TEST_SECOND_SHOP_CIPHER,
  TIKTOK_SHOP_TEST_SHOP_CIPHER,
} from '../../src/testing/tiktok-shop/index.js';
import { TikTokShop } from '../../src/tiktok-shop/index.js';
import { fast, setup } from './helpers.js';

const PRODUCT_ID = '1729592969712207008';

describe('fulfillment: orders awaiting shipment are shipped and move on', () => {
  it('syncs the orders awaiting shipment, ships each package with a tracking number, and reads the new status', async () => {
    const { shop, emu } = setup({}, { orderCount: 90 });
    const awaiting = [];
    for await (const order of shop.orders.search({ order_status: 'AWAITING_SHIPMENT', page_size: 4 })) awaiting.push(order);
    expect(awaiting).toHaveLength(10);

    for (const [i, order] of awaiting.entries()) {
      for (const pkg of order.packages ?? []) {
        await shop.fulfillment.shipPackage(pkg.id!, {
          handover_method: 'DROP_OFF',
          self_shipment: { tracking_number: `TRK${i}`, shipping_provider_id: '6617675021119438849' },
        });
      }
    }
    expect(emu.faults.count('POST', /\/fulfillment\/202309\/packages\/\d+\/ship$/)).toBe(10);

    const shipped = await shop.orders.get({ ids: awaiting.map((o) => o.id) });
    expect(shipped.map((o) => [o.status, o.tracking_number])).toEqual(awaiting.map((_, i) => ['IN_TRANSIT', `TRK${i}`]));
    expect(shipped.every((o) => o.line_items?.every((li) => li.tracking_number === o.tracking_number))).toBe(true);
    const left = await shop.orders.search({ order_status: 'AWAITING_SHIPMENT', page_size: 100 });
    expect(left.items).toHaveLength(0);

    const detail = await shop.fulfillment.getPackageDetail(awaiting[0]!.packages![0]!.id!);
    expect(detail).toMatchObject({ package_status: 'PROCESSING', tracking_number: 'TRK0', orders: [{ id: awaiting[0]!.id }] });
  });

  it('ships by order with Mark Package As Shipped, and refuses an order that is not awaiting shipment', async () => {
    const { shop } = setup({}, { orderCount: 20 });
    const page = await shop.orders.search({ order_status: 'AWAITING_SHIPMENT', page_size: 1 });
    const order = page.items[0]!;
    const result = await shop.fulfillment.markPackageAsShipped(order.id, { tracking_number: 'MK-1', shipping_provider_id: '1' });
    expect(result).toMatchObject({ order_id: order.id, package_id: order.packages![0]!.id });
    const [after] = await shop.orders.get({ ids: [order.id] });
    expect([after!.status, after!.tracking_number]).toEqual(['IN_TRANSIT', 'MK-1']);

    const again = await shop.fulfillment.markPackageAsShipped(order.id, { tracking_number: 'MK-2' }).catch((e: unknown) => e);
    expect(String(again)).toMatch(/not AWAITING_SHIPMENT/);
  });

  it('never repeats a write the API may have processed (503), and retries one it said it did not (429)', async () => {
    const { shop, emu } = setup({ maxRetries: 2 }, { orderCount: 20 });
    const [a, b] = (await shop.orders.search({ order_status: 'AWAITING_SHIPMENT', page_size: 2 })).items;
    const path = (o: typeof a) => `/fulfillment/202309/packages/${o!.packages![0]!.id}/ship`;

    emu.faults.add({ method: 'POST', path: path(a), kind: 'status', status: 503 });
    await expect(shop.fulfillment.shipPackage(a!.packages![0]!.id!, {})).rejects.toBeInstanceOf(ServerError);
    expect(emu.faults.count('POST', path(a))).toBe(1);

    emu.faults.add({ method: 'POST', path: path(b), kind: 'status', status: 429, headers: { 'retry-after': '0' } });
    await shop.fulfillment.shipPackage(b!.packages![0]!.id!, {});
    expect(emu.faults.count('POST', path(b))).toBe(2);
    const [after] = await shop.orders.get({ ids: [b!.id] });
    expect(after!.status).toBe('AWAITING_COLLECTION');
  });
});

describe('stock and prices', () => {
  it('Update Inventory and Update Price show on the next Get Product', async () => {
    const { shop } = setup();
    const before = await shop.products.get(PRODUCT_ID);
    const sku = before.skus![0]!;
    const warehouse = sku.inventory![0]!.warehouse_id!;
    await shop.products.updateInventory(PRODUCT_ID, {
      skus: [{ id: sku.id, inventory: [{ warehouse_id: warehouse, quantity: 42 }] }],
    });
    await shop.products.updatePrice(PRODUCT_ID, { skus: [{ id: sku.id, price: { amount: '19.99', currency: 'USD' } }] });
    const after = await shop.products.get(PRODUCT_ID);
    const updated = after.skus!.find((s) => s.id === sku.id)!;
    expect(updated.inventory!.find((i) => i.warehouse_id === warehouse)!.quantity).toBe(42);
    expect(updated.price).toMatchObject({ tax_exclusive_price: '19.99', sale_price: '19.99', currency: 'USD' });
  });

  it('refuses a misspelled field locally, at any depth, and an unknown SKU on the server', async () => {
    const { shop, emu } = setup();
    const misspelled = { skus: [{ id: '1', inventory: [{ quantitiy: 1 }] }] };
    // @ts-expect-error `quantitiy` is not a field of the inventory model
    const deep = await shop.products.updateInventory(PRODUCT_ID, misspelled).catch((e: unknown) => e);
    expect(deep).toBeInstanceOf(InvalidParamsError);
    expect(String(deep)).toMatch(/params\.skus\.0\.inventory\.0: Unrecognized key: "quantitiy"/);
    // @ts-expect-error `sku` is not a field of Update Price
    const top = await shop.products.updatePrice(PRODUCT_ID, { sku: [] }).catch((e: unknown) => e);
    expect(String(top)).toMatch(/sku: unknown parameter; did you mean "skus"\?/);
    expect(emu.faults.count()).toBe(0);
    await expect(shop.products.updatePrice(PRODUCT_ID, { skus: [{ id: '999', price: { amount: '1' } }] })).rejects.toThrow(
      /SKU 999/,
    );
  });
});

describe('shop webhooks: Update Shop Webhook (PUT /event/202309/webhooks), list, delete', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the body of the TikTok Shop docs example compact, signed as the known answer', async () => {
    // Signing guide example: app key 68xu9ks5p4i8, the second shop's cipher, timestamp 1696909648, JSON body.
    vi.useFakeTimers({ now: 1_696_909_648_000, toFake: ['Date'] });
    const emu = createTikTokShopEmulator({ appKey: '68xu9ks5p4i8', appSecret: 'e59af819cc' });
    const app = new TikTokShop({ ...emu.clientOptions, ...fast });
    const shop = app.seller(emu.state.issueTokens()).shop(TIKTOK_SHOP_TEST_SECOND_SHOP_CIPHER);
    await shop.webhooks.updateShopWebhook({ address: 'https://partner.tiktokshop.com', event_type: 'PACKAGE_UPDATE' });
    const [req] = emu.faults.requests('PUT', '/event/202309/webhooks');
    const url = new URL(req!.url);
    expect(req!.body).toBe('{"address":"https://partner.tiktokshop.com","event_type":"PACKAGE_UPDATE"}');
    expect(url.searchParams.get('timestamp')).toBe('1696909648');
    expect(url.searchParams.get('sign')).toBe('cd0d6268252f4ba293bf7ea4c0a2873bf9beec600d22530638564ab301435f7a');
  });

  it('creates, replaces, lists and deletes subscriptions per event type', async () => {
    const { shop, emu } = setup();
    expect((await shop.webhooks.getShopWebhooks()).webhooks).toEqual([]);
    await shop.webhooks.updateShopWebhook({ address: 'https://a.example/hooks', event_type: 'ORDER_STATUS_CHANGE' });
    await shop.webhooks.updateShopWebhook({ address: 'https://a.example/packages', event_type: 'PACKAGE_UPDATE' });
    await shop.webhooks.updateShopWebhook({ address: 'https://b.example/hooks', event_type: 'ORDER_STATUS_CHANGE' });
    const listed = await shop.webhooks.getShopWebhooks();
    expect(listed.total_count).toBe(2);
    expect(listed.webhooks!.map((w) => [w.event_type, w.address])).toEqual([
      ['ORDER_STATUS_CHANGE', 'https://b.example/hooks'],
      ['PACKAGE_UPDATE', 'https://a.example/packages'],
    ]);
    await shop.webhooks.deleteShopWebhook({ event_type: 'PACKAGE_UPDATE' });
    expect((await shop.webhooks.getShopWebhooks()).webhooks!.map((w) => w.event_type)).toEqual(['ORDER_STATUS_CHANGE']);
    await expect(shop.webhooks.deleteShopWebhook({ event_type: 'PACKAGE_UPDATE' })).rejects.toThrow(/No webhook/);
    // Each shop has its own subscriptions.
    expect(emu.state.webhooksOf(TIKTOK_SHOP_TEST_SECOND_SHOP_CIPHER).size).toBe(0);
    expect(emu.state.webhooksOf(TIKTOK_SHOP_TEST_SHOP_CIPHER).size).toBe(1);
  });
});

describe('uploads: a real multipart body from a path, bytes, a Blob or a stream, unsigned', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

  it('sends the file and the form fields as multipart/form-data; the sign covers path and query only', async () => {
    const { seller, shop, emu } = setup({ maxRetries: 1 });
    const file = join(tmpdir(), `sdk-upload-${process.pid}.png`);
    writeFileSync(file, png);
    const sources = [file, png, new Blob([png]), Readable.from([png.subarray(0, 10), png.subarray(10)])];
    for (const data of sources) {
      const image = await seller.products.uploadProductImage({ data, use_case: 'MAIN_IMAGE' });
      expect(image.uri).toEqual(expect.any(String));
    }
    const sent = emu.faults.requests('POST', '/product/202309/images/upload');
    expect(sent).toHaveLength(4);
    for (const req of sent) {
      expect(req.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
      expect(req.bodyBytes).toBeGreaterThan(png.length);
      expect(req.body).toContain('name="use_case"\r\n\r\nMAIN_IMAGE\r\n');
      expect(req.body).toMatch(/name="data"; filename="[^"]+\.png"\r\nContent-Type: image\/png/);
    }
    expect(sent[0]!.body).toContain('filename="sdk-upload-');

    // A 429 asks for a retry: the same bytes go again (the stream was read once, before the first attempt).
    emu.faults.add({
      method: 'POST',
      path: '/fulfillment/202309/images/upload',
      kind: 'status',
      status: 429,
      headers: { 'retry-after': '0' },
    });
    await shop.fulfillment.fulfillmentUploadDeliveryImage({ data: Readable.from([png]) });
    const [first, second] = emu.faults.requests('POST', '/fulfillment/202309/images/upload');
    expect(second!.bodyBytes).toBe(first!.bodyBytes);
  });

  it('refuses a missing or wrong file before sending', async () => {
    const { seller, emu } = setup();
    // @ts-expect-error data is required
    await expect(seller.products.uploadProductImage({ use_case: 'MAIN_IMAGE' })).rejects.toThrow(/params\.data/);
    // @ts-expect-error a number is not a file
    await expect(seller.products.uploadProductFile({ data: 42 })).rejects.toThrow(/file path, a Buffer/);
    expect(emu.faults.count()).toBe(0);
  });
});

describe('call by route id', () => {
  it('reaches an older version, pages like the method, and refuses ids of the other scope with the way to call them', async () => {
    const { shop, seller, emu } = setup();
    const [order] = (await shop.orders.search({ page_size: 1 })).items;
    const old = await shop.call('orders.getOrderDetail.202309', [], { ids: [order!.id] });
    expect(old.requestId).toEqual(expect.any(String));
    expect(emu.faults.count('GET', '/order/202309/orders')).toBe(1);

    let n = 0;
    for await (const product of seller.call('products.searchGlobalProducts.202309', [], { page_size: 2 })) {
      expect(product.id).toMatch(/^\d{19}$/);
      n++;
    }
    expect(n).toBe(5);

    const shipped = await shop.call('fulfillment.getTracking', ['576461413038785752']);
    expect(shipped).toBeTypeOf('object');

    // @ts-expect-error a seller route on the shop
    await expect(shop.call('account.getActiveShops', [])).rejects.toThrow(
      /operation of the seller.*seller\.call\('account\.getActiveShops'/,
    );
    // @ts-expect-error a misspelled id
    await expect(seller.call('account.getActiveShop', [])).rejects.toThrow(/did you mean "account\.getActiveShops"/);
  });
});
