import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { InvalidParamsError } from '../../src/core/errors/index.js';
import { TikTokShop } from '../../src/tiktok-shop/index.js';
import { TIKTOK_SHOP_TEST_SHOP_CIPHER } from '../../src/testing/tiktok-shop/index.js';
import { fast, SEARCH_PATH, setup } from './helpers.js';

describe('resumable paging: a stored cursor resumes in a new client', () => {
  it('reads two pages, stores nextCursor as JSON, and a new client gets exactly the remaining orders', async () => {
    const { emu, shop, tokens } = setup();
    const all: string[] = [];
    for await (const o of shop.orders.search({ page_size: 50, sort_field: 'update_time' })) all.push(o.id);

    const seen: string[] = [];
    let saved = '';
    let pages = 0;
    for await (const page of shop.orders.search({ page_size: 50, sort_field: 'update_time' }).pages()) {
      seen.push(...page.items.map((o) => o.id));
      saved = JSON.stringify(page.nextCursor);
      if (++pages === 2) break;
    }
    expect(JSON.parse(saved)).toEqual(expect.any(String));

    const again = new TikTokShop({ ...emu.clientOptions, ...fast }).seller(tokens).shop(TIKTOK_SHOP_TEST_SHOP_CIPHER);
    const rest: string[] = [];
    for await (const o of again.orders.search({ page_size: 50, sort_field: 'update_time' }, { cursor: JSON.parse(saved) }))
      rest.push(o.id);
    expect([...seen, ...rest]).toEqual(all);
  });

  it('refuses a cursor of another paging style before sending anything', async () => {
    const { emu, shop } = setup();
    const err = await shop.orders.search({}, { cursor: { page: 2 } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidParamsError);
    expect(String(err)).toMatch(/not a cursor of this list/);
    expect(emu.faults.count()).toBe(0);
  });
});

describe('params are checked locally: nothing is sent for a bad call', () => {
  it('refuses a misspelled filter and names the closest known key', async () => {
    const { emu, shop } = setup();
    // @ts-expect-error update_time_gte is not a field of Get Order List
    const err = await shop.orders.search({ update_time_gte: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidParamsError);
    expect(String(err)).toMatch(/update_time_gte: unknown parameter; did you mean "update_time_ge"\?/);
    expect(emu.faults.count('POST', SEARCH_PATH)).toBe(0);
  });

  it('refuses an order_status outside the documented list', async () => {
    const { emu, shop } = setup();
    // @ts-expect-error not a documented status
    const err = await shop.orders.search({ order_status: 'SHIPPED' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidParamsError);
    expect(String(err)).toMatch(/params\.order_status/);
    expect(emu.faults.count()).toBe(0);
  });

  it('sends query fields in the query and filters in the signed body, from one params object', async () => {
    const { emu, shop } = setup();
    await shop.orders.search({ page_size: 7, sort_field: 'update_time', order_status: 'UNPAID', update_time_ge: 1 });
    const [req] = emu.faults.requests('POST', SEARCH_PATH);
    const url = new URL(req!.url);
    expect(url.searchParams.get('page_size')).toBe('7');
    expect(url.searchParams.get('sort_field')).toBe('update_time');
    expect(JSON.parse(req!.body)).toEqual({ order_status: 'UNPAID', update_time_ge: 1 });
  });

  it('refuses an id number beyond 2^53 (already rounded) and dot segments in path values', async () => {
    const { emu, shop } = setup();
    // eslint-disable-next-line no-loss-of-precision -- the point of the test: JavaScript already rounded it
    const rounded = 576461413038785752 as unknown as string;
    await expect(shop.orders.priceDetail(rounded)).rejects.toThrow(
      /order_id: 576461413038785800 is beyond 2\^53.*pass the id as a string/,
    );
    await expect(shop.orders.priceDetail('..')).rejects.toThrow(/order_id: cannot be "\.\."/);
    await expect(shop.products.get(null as unknown as string)).rejects.toThrow(
      /product_id: must be a non-empty string id, got null/,
    );
    expect(emu.faults.count()).toBe(0);
  });
});

describe('no secret in anything a user can print or store', () => {
  it('JSON.stringify, util.inspect and String of the app, seller, shop, resources, pages and errors hold no secret', async () => {
    const { app, seller, shop, tokens, emu } = setup();
    const page = await shop.orders.search({ page_size: 2 });
    const error = await shop.orders.priceDetail('1').catch((e: unknown) => e);
    const secrets = [emu.clientOptions.appSecret, tokens.access_token, tokens.refresh_token];
    for (const thing of [app, seller, shop, shop.orders, seller.authorization, app.auth, page, page.nextCursor, error]) {
      const texts = [JSON.stringify(thing) ?? '', inspect(thing, { depth: 10 }), String(thing)];
      for (const text of texts) for (const secret of secrets) expect(text).not.toContain(secret);
    }
  });
});
