import { describe, expect, it } from 'vitest';
import { InvalidParamsError, NotFoundError } from '../../src/core/errors/index.js';
import {
  decodeTikTokShopPageToken as decodePageToken,
  TIKTOK_SHOP_TEST_SECOND_SHOP_CIPHER,
} from '../../src/testing/tiktok-shop/index.js';
import { SEARCH_PATH, setup } from './helpers.js';

describe('orders.search pagination', () => {
  it('iterates all 500 orders in 5 pages of 100 and stops on the empty next_page_token', async () => {
    const { emu, shop } = setup();
    const ids: string[] = [];
    for await (const order of shop.orders.search({ page_size: 100 })) ids.push(order.id);
    expect(ids).toHaveLength(500);
    expect(new Set(ids).size).toBe(500);
    expect(emu.faults.count('POST', SEARCH_PATH)).toBe(5);
  });

  it('sends page tokens with + and / percent-encoded, and signs the decoded value (the emulator checks)', async () => {
    const { emu, shop } = setup();
    const first = await shop.orders.search({ page_size: 100 });
    const next = await first.nextPage();
    expect(next.items[0]!.id).not.toBe(first.items[0]!.id);
    const second = emu.faults.requests('POST', SEARCH_PATH)[1]!;
    expect(second.search).toMatch(/page_token=%2B%2F%2B%2F/);
    expect(decodePageToken(new URL(second.url).searchParams.get('page_token'))).toBe(100);
  });

  it('applies filters sent as the signed JSON body, and the default page size of 20', async () => {
    const { emu, shop } = setup();
    const page = await shop.orders.search({ order_status: 'ON_HOLD' });
    expect(page.items.length).toBe(20);
    expect(page.items.every((o) => o.status === 'ON_HOLD' && o.recipient_address === undefined)).toBe(true);
    const [entry] = emu.faults.requests('POST', SEARCH_PATH);
    expect(new URL(entry!.url).searchParams.get('page_size')).toBe('20');
    expect(JSON.parse(entry!.body)).toEqual({ order_status: 'ON_HOLD' });
  });

  it('sorts ascending by update_time when asked', async () => {
    const { shop } = setup();
    const page = await shop.orders.search({ page_size: 10, sort_field: 'update_time', sort_order: 'ASC' });
    const times = page.items.map((o) => o.update_time ?? 0);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('is a POST that reads, so a 503 is retried', async () => {
    const { emu, shop } = setup();
    emu.faults.add({ path: SEARCH_PATH, kind: 'status', status: 503 });
    expect((await shop.orders.search({ page_size: 1 })).items).toHaveLength(1);
    expect(emu.faults.count('POST', SEARCH_PATH)).toBe(2);
  });

  it('scopes orders to the bound shop', async () => {
    const { seller } = setup();
    let n = 0;
    for await (const _ of seller.shop(TIKTOK_SHOP_TEST_SECOND_SHOP_CIPHER).orders.search({ page_size: 100 })) n++;
    expect(n).toBe(30);
  });
});

describe('orders.get and priceDetail', () => {
  it('gets orders by id with ids comma-joined, ids as strings', async () => {
    const { emu, shop } = setup();
    const page = await shop.orders.search({ page_size: 3 });
    const ids = page.items.map((o) => o.id);
    const orders = await shop.orders.get({ ids });
    expect(orders.map((o) => o.id).sort()).toEqual([...ids].sort());
    expect(orders.requestId).toMatch(/EMU/);
    const [entry] = emu.faults.requests('GET', '/order/202507/orders');
    expect(new URL(entry!.url).searchParams.get('ids')).toBe(ids.join(','));
  });

  it('refuses more than 50 ids locally: nothing is sent', async () => {
    const { emu, shop } = setup();
    const ids = Array.from({ length: 51 }, (_, i) => String(576461413038785752n + BigInt(i)));
    await expect(shop.orders.get({ ids })).rejects.toBeInstanceOf(InvalidParamsError);
    expect(emu.faults.count()).toBe(0);
  });

  it('returns the price detail of an order, and NotFoundError for an order of another seller', async () => {
    const { shop } = setup();
    const [order] = (await shop.orders.search({ page_size: 1 })).items;
    const detail = await shop.orders.priceDetail(order!.id);
    expect(detail.currency).toBe('USD');
    expect(detail.line_items?.[0]?.id).toBe(order!.line_items?.[0]?.id);
    await expect(shop.orders.priceDetail('1')).rejects.toBeInstanceOf(NotFoundError);
  });
});
