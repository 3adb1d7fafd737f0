/**
 * The emulator's data is dated back from `now`, so date filters written for real code find data; a pinned `now`
 * gives the same data on every run; and docs/testing.md states the data set (this test reads its table).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEmulator, createTikTokShopEmulator, TIKTOK_SHOP_TEST_OPEN_ID } from '../../src/testing/index.js';
import { TikTokShop, type Order } from '../../src/tiktok-shop/index.js';
import { Trenz } from '../../src/trenz/index.js';

const DAY = 86_400;
const PINNED = new Date('2026-01-15T00:00:00Z');
const PINNED_S = PINNED.getTime() / 1000;

function shopsOf(emu: ReturnType<typeof createTikTokShopEmulator>) {
  return emu.state.sellers.get(TIKTOK_SHOP_TEST_OPEN_ID)!.shops;
}

/** The rows of the data-set table in docs/testing.md: label -> [US shop, UK shop]. */
function documentedDataSet(): Map<string, [number, number]> {
  const doc = readFileSync('docs/testing.md', 'utf8');
  const table = doc.slice(doc.indexOf('<!-- data-set:'));
  const rows = new Map<string, [number, number]>();
  for (const line of table.split('\n').slice(2)) {
    if (!line.startsWith('|')) {
      if (rows.size > 0) break;
      continue;
    }
    const [label, us, uk] = line
      .split('|')
      .slice(1, 4)
      .map((cell) => cell.trim());
    if (/^\d+$/.test(us!) && /^\d+$/.test(uk!)) rows.set(label!, [Number(us), Number(uk)]);
  }
  return rows;
}

describe('TikTok Shop orders are dated back from now', () => {
  it('by default, every order was created and updated within the last 30 days, newest first', () => {
    const before = Math.floor(Date.now() / 1000);
    const emu = createTikTokShopEmulator();
    const after = Math.ceil(Date.now() / 1000);
    for (const shop of shopsOf(emu)) {
      const created = shop.orders.map((o) => o.create_time);
      expect(created).toEqual([...created].sort((a, b) => b - a));
      for (const order of shop.orders) {
        expect(order.create_time).toBeGreaterThanOrEqual(before - 30 * DAY);
        expect(order.update_time).toBeGreaterThanOrEqual(order.create_time + 600);
        expect(order.update_time).toBeLessThanOrEqual(after);
      }
    }
  });

  it('a search for orders updated in the last 7 days finds the documented count, through the SDK', async () => {
    const now = Date.now(); // what the default is; given here so that `since` is exactly 7 days before it
    const emu = createEmulator({ now });
    const app = new TikTokShop(emu.tiktokShop.clientOptions);
    const shop = app.seller(emu.tokens.tiktokShopTokens()).shop(shopsOf(emu.tiktokShop)[0]!.cipher);
    const since = Math.floor(now / 1000) - 7 * DAY;
    const found: Order[] = [];
    for await (const order of shop.orders.search({ update_time_ge: since, page_size: 100 })) found.push(order);
    expect(found.length).toBe(documentedDataSet().get('updated in the last 7 days')![0]);
    expect(found.every((o) => o.update_time >= since)).toBe(true);
  });

  it('a pinned now gives the same orders on every run, dated against it', () => {
    const first = shopsOf(createTikTokShopEmulator({ now: PINNED }));
    const second = shopsOf(createTikTokShopEmulator({ now: PINNED.getTime() }));
    expect(second.map((s) => s.orders)).toEqual(first.map((s) => s.orders));
    expect(Math.max(...first[0]!.orders.map((o) => o.update_time))).toBeLessThanOrEqual(PINNED_S);
    expect(Math.min(...first[0]!.orders.map((o) => o.create_time))).toBeGreaterThanOrEqual(PINNED_S - 30 * DAY);
    // Another now moves every date by the difference and nothing else.
    const later = shopsOf(createTikTokShopEmulator({ now: PINNED.getTime() + DAY * 1000 }));
    expect(later[0]!.orders.map((o) => o.create_time - DAY)).toEqual(first[0]!.orders.map((o) => o.create_time));
  });

  it('refuses a now that is not a date', () => {
    expect(() => createTikTokShopEmulator({ now: new Date('not a date') })).toThrow(/now must be a valid Date/);
  });
});

describe('docs/testing.md states the data set', () => {
  it('with the counts per shop and status the emulator generates', () => {
    const documented = documentedDataSet();
    const [us, uk] = shopsOf(createTikTokShopEmulator({ now: PINNED }));
    const actual = new Map<string, [number, number]>();
    const count = (orders: Order[], keep: (o: Order) => boolean) => orders.filter(keep).length;
    const both = (keep: (o: Order) => boolean): [number, number] => [count(us!.orders, keep), count(uk!.orders, keep)];
    actual.set(
      'all',
      both(() => true),
    );
    for (const status of new Set(us!.orders.map((o) => o.status)))
      actual.set(
        status,
        both((o) => o.status === status),
      );
    actual.set(
      'created in the last 7 days',
      both((o) => o.create_time >= PINNED_S - 7 * DAY),
    );
    actual.set(
      'updated in the last 7 days',
      both((o) => o.update_time >= PINNED_S - 7 * DAY),
    );
    expect(documented).toEqual(actual);
  });
});

describe('Trenz data is dated back from the same now', () => {
  it('reviews fall in the 90 days before the pinned now, the same on every run', async () => {
    const read = async () => {
      const emu = createEmulator({ now: PINNED });
      const trenz = new Trenz(emu.trenz.clientOptions);
      const reviews: { review_time?: number }[] = [];
      for (const product of (await trenz.data.products.search({ country: 'us', page_size: 10 })).items)
        reviews.push(...((await trenz.data.products.reviews(String(product.id))).items as { review_time?: number }[]));
      return reviews;
    };
    const first = await read();
    expect(first.length).toBeGreaterThan(0);
    for (const review of first) expect(review.review_time).toBeGreaterThan(PINNED_S - 90 * DAY - 1);
    for (const review of first) expect(review.review_time).toBeLessThanOrEqual(PINNED_S);
    expect(await read()).toEqual(first);
  });
});
