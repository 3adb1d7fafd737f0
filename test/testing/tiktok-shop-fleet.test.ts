/** The fleet mode of the TikTok Shop emulator, through the real client: sellers, keyset pages, updates, per-shop counts. */
import { describe, expect, it } from 'vitest';
import { createTikTokShopFleetEmulator } from '../../src/testing/tiktok-shop/index.js';
import { TikTokShop } from '../../src/tiktok-shop/index.js';

function setup(ordersPerShop: number | ((s: number) => number) = 250) {
  const emu = createTikTokShopFleetEmulator({ shops: 3, ordersPerShop });
  const app = new TikTokShop({ ...emu.clientOptions, logLevel: 'off' });
  const shopOf = (s: number) => {
    const { openId, cipher } = emu.fleet.shops[s]!;
    return app.seller(emu.state.issueTokens(openId)).shop(cipher);
  };
  return { emu, app, shopOf };
}

describe('TikTok Shop emulator, fleet mode', () => {
  it('gives each seller its shop, and each shop its own orders (sizes per shop)', async () => {
    const { emu, app, shopOf } = setup((s) => 100 + s * 10);
    const { openId, cipher } = emu.fleet.shops[1]!;
    const shops = await app.seller(emu.state.issueTokens(openId)).authorization.getShops();
    expect(shops.map((s) => s.cipher)).toEqual([cipher]);
    const ids: string[] = [];
    for await (const order of shopOf(1).orders.search({ page_size: 50 })) ids.push(order.id);
    expect(ids).toHaveLength(110);
    expect(new Set(ids).size).toBe(110);
    expect(emu.fleet.orderCount).toBe(100 + 110 + 120);
    expect(emu.fleet.arrivals.get(cipher)).toHaveLength(3);
    expect(emu.fleet.arrivals.get(emu.fleet.shops[0]!.cipher)).toHaveLength(0);
  });

  it('pages by update_time ASC within a window; orders updated between pages move to the end and none is skipped', async () => {
    const { emu, shopOf } = setup();
    const { cipher, orders } = emu.fleet.shops[0]!;
    const first = await shopOf(0).orders.search({ page_size: 100, sort_field: 'update_time', sort_order: 'ASC' });
    expect(first.items.map((o) => o.id)).toEqual(Array.from({ length: 100 }, (_, i) => orders.id(i)));
    // Two orders already sent and one not yet sent are updated between the pages.
    const moved = [emu.fleet.update(cipher, 5), emu.fleet.update(cipher, 50), emu.fleet.update(cipher, 150)];
    const seen = first.items.map((o) => o.id);
    for (let page = await first.nextPage(); ; page = await page.nextPage()) {
      seen.push(...page.items.map((o) => o.id));
      if (!page.hasNextPage()) break;
    }
    // 250 orders once, plus the two sent before their update, again at the end with their new state.
    expect(new Set(seen).size).toBe(250);
    expect(seen).toHaveLength(252);
    expect(seen.slice(-3)).toEqual(moved.map((m) => m.id));
    const states = [...emu.fleet.finalStates()].filter((s) => s.cipher === cipher);
    expect(states.find((s) => s.id === moved[1]!.id)).toMatchObject({
      update_time: moved[1]!.update_time,
      status: moved[1]!.status,
    });
  });

  it('filters by update_time range and status, newest first by default sort order, with the query total', async () => {
    const { emu, shopOf } = setup();
    const { orders } = emu.fleet.shops[2]!;
    const ge = orders.createTime(100) + 600;
    const lt = orders.createTime(200) + 600;
    const page = await shopOf(2).orders.search({
      page_size: 30,
      sort_field: 'update_time',
      update_time_ge: ge,
      update_time_lt: lt,
    });
    expect(page.items[0]!.id).toBe(orders.id(199));
    const all: string[] = [];
    for await (const o of shopOf(2).orders.search({
      page_size: 30,
      sort_field: 'update_time',
      update_time_ge: ge,
      update_time_lt: lt,
    })) {
      all.push(o.id);
    }
    expect(all).toEqual(Array.from({ length: 100 }, (_, i) => orders.id(199 - i)));
    const status = orders.state(0).status;
    const byStatus = await shopOf(2).orders.search({ page_size: 100, order_status: status as 'UNPAID' });
    expect(byStatus.items.every((o) => o.status === status)).toBe(true);
    expect(byStatus.items.length).toBeGreaterThan(0);
  });

  it('counts requests per shop and second, and refuses a token it did not issue', async () => {
    const { emu, shopOf } = setup();
    const { cipher } = emu.fleet.shops[0]!;
    await Promise.all([1, 2, 3].map(() => shopOf(0).orders.search({ page_size: 10 })));
    expect(emu.fleet.maxPerSecond(cipher)).toBeGreaterThanOrEqual(1);
    expect(emu.fleet.maxPerSecond(cipher)).toBeLessThanOrEqual(3);
    expect(emu.fleet.requestCount).toBe(3);
    await expect(shopOf(0).orders.search({ page_size: 10, page_token: 'bm90LWEtdG9rZW4=' })).rejects.toThrow(/page_token/);
  });

  it('the mutator updates orders with a newer update_time and the next status', async () => {
    const { emu } = setup();
    const before = new Map([...emu.fleet.finalStates()].map((s) => [s.id, s]));
    const stop = emu.fleet.mutate({ perSecond: 100 });
    await new Promise((r) => setTimeout(r, 250));
    stop();
    expect(emu.fleet.updates.length).toBeGreaterThan(0);
    for (const u of emu.fleet.updates) expect(u.update_time).toBeGreaterThanOrEqual(before.get(u.id)!.update_time);
  });
});
