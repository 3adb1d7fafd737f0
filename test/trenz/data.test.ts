import { describe, expect, expectTypeOf, it } from 'vitest';
import { dataRoutes } from '../../src/trenz/data/routes.js';
import type { CreatorSearchParams, Product, ProductSearchParams } from '../../src/trenz/data/schemas.js';
import type { CreatorCategoryId, ProductCategoryId } from '../../src/trenz/params/tables.js';
import type { TrenzTaskStatusWord } from '../../src/trenz/tasks.js';
import { marketData } from '../../src/testing/trenz/fixtures.js';
import { setup } from './helpers.js';

const DOCUMENTED_OR_EXTERNAL = /^(external evidence: |proposed: )/;

describe('the Data route table', () => {
  const all = Object.entries(dataRoutes).flatMap(([group, routes]) =>
    Object.entries(routes).map(([verb, ep]) => ({ group, verb, ep })),
  );

  it('declares the 33 Data endpoints of the Trenz docs, each once, all GET under /open/v1', () => {
    expect(all).toHaveLength(33);
    expect(new Set(all.map((r) => r.ep.id)).size).toBe(33);
    for (const { ep } of all) {
      expect(ep.method).toBe('GET');
      expect(ep.path.startsWith('/open/v1/')).toBe(true);
    }
  });

  it('marks every path the Trenz docs do not print, keeping external evidence apart from proposals', () => {
    for (const { ep } of all) expect(ep.inferred).toMatch(DOCUMENTED_OR_EXTERNAL);
    const external = all.filter((r) => r.ep.inferred?.startsWith('external')).map((r) => r.ep.path);
    expect(external.sort()).toEqual([
      '/open/v1/products/search',
      '/open/v1/products/{id}/creators',
      '/open/v1/products/{id}/reviews',
    ]);
  });

  it('paginates exactly the searches and relation lists, and names methods search/get/relation', () => {
    for (const { verb, ep } of all) {
      expect(ep.paging?.kind === 'page-number').toBe(verb !== 'get');
      if (verb === 'search') expect(ep.path.endsWith('/search')).toBe(true);
    }
    expect(Object.keys(dataRoutes.products)).toEqual([
      'search',
      'get',
      'relatedCreators',
      'relatedLives',
      'reviews',
      'similar',
      'relatedVideos',
    ]);
  });
});

describe('every Data method answers from the emulator', () => {
  const data = marketData();
  const ids: Record<string, string> = {
    products: String(data.products[3]!.id),
    sellers: String(data.sellers[3]!.id),
    creators: String(data.creators[3]!.id),
    videos: String(data.videos[3]!.id),
    lives: String(data.lives[3]!.id),
    ads: String(data.ads[3]!.id),
    creatives: String(data.creatives[3]!.id),
  };
  const t = setup();
  // Methods live on the resource classes' prototypes: enumerate them from the route table, which names them.
  const cases = Object.entries(dataRoutes).flatMap(([group, routes]) =>
    Object.keys(routes).map((verb) => [group, verb] as const),
  );

  it.each(cases)('%s.%s', async (group, verb) => {
    const resource = t.data[group as keyof typeof t.data] as unknown as Record<
      string,
      (...args: unknown[]) => PromiseLike<unknown>
    >;
    const id = ids[group]!;
    const call = resource[verb]!.bind(resource);
    const result = (await (verb === 'search' ? call(group === 'products' ? { country: 'us' } : {}) : call(id))) as {
      items?: unknown[];
      id?: string;
      requestId?: string;
      usage?: unknown;
    };
    expect(result.requestId).toMatch(/^tz-emu-/);
    if (verb === 'get') expect(result.id).toBe(id);
    else expect(Array.isArray(result.items)).toBe(true);
  });
});

describe('product search', () => {
  it('returns int64 product ids exactly as sent (19 digits, beyond 2^53), as strings', async () => {
    const t = setup();
    const page = await t.data.products.search({ country: 'us', page_size: 10 });
    const first = page.items[0]!;
    expect(first.id).toMatch(/^1729\d{15}$/);
    const wire = marketData().products.find((p) => String(p.id) === first.id);
    expect(wire?.id).toBe(BigInt(first.id));
    expect(Number.isSafeInteger(Number(first.id))).toBe(false);
    const product = await t.data.products.get(first.id);
    expect(product.id).toBe(first.id);
    expect(product.product_name).toBe(first.product_name);
  });

  it('iterates every matching row across pages lazily, using page, page_size and total from the envelope', async () => {
    const t = setup();
    const params = { country: 'us', category: 601450, page_size: 10 } as const;
    const first = await t.data.products.search(params);
    const total = first.meta.total as number;
    expect(total).toBeGreaterThan(10);
    expect(first.meta.page).toBe(1);
    expect(first.meta.page_size).toBe(10);
    t.emu.faults.clearJournal();

    const ids: string[] = [];
    for await (const p of t.data.products.search(params)) ids.push(p.id);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(t.emu.faults.count('GET', '/open/v1/products/search')).toBe(Math.ceil(total / 10));
    expect(
      t.emu.faults.requests('GET', '/open/v1/products/search').map((r) => new URLSearchParams(r.search).get('page')),
    ).toEqual(Array.from({ length: Math.ceil(total / 10) }, (_, i) => (i === 0 ? null : String(i + 1))));
  });

  it('stops fetching when the loop breaks', async () => {
    const t = setup();
    let seen = 0;
    for await (const _ of t.data.products.search({ country: 'us', page_size: 5 })) if (++seen === 7) break;
    expect(t.emu.faults.count('GET', '/open/v1/products/search')).toBe(2);
  });

  it('walks pages by hand with hasNextPage/nextPage and resumes from a page number', async () => {
    const t = setup();
    const p1 = await t.data.creators.search({ page_size: 50 });
    expect(p1.hasNextPage()).toBe(true);
    const p2 = await p1.nextPage();
    expect(p2.meta.page).toBe(2);
    const p3 = await t.data.creators.search({ page: 3, page_size: 50 });
    expect(p3.hasNextPage()).toBe(false); // 120 creators: 50 + 50 + 20
    expect(p3.items).toHaveLength(20);
  });

  it('filters by the documented parameters (country, category, booleans)', async () => {
    const t = setup();
    const creators = await t.data.creators.search({
      category: 'creator_category_v20240616_10',
      has_contact: true,
      page_size: 100,
    });
    for (const c of creators.items) {
      expect(c.category_label).toBe('Beauty & Fashion');
      expect(c.has_contact).toBe(true);
    }
    const lives = await t.data.lives.search({ is_living: true, country: 'us', page_size: 100 });
    for (const l of lives.items) expect([l.is_living, l.region]).toEqual([true, 'us']);
  });
});

describe('results and meta', () => {
  it('attach requestId, usage, warnings and paging facts without polluting the data', async () => {
    const t = setup({ credits: 500 });
    const seller = await t.data.sellers.get(String(marketData().sellers[0]!.id));
    expect(seller.requestId).toMatch(/^tz-emu-/);
    expect(seller.usage).toEqual({ credits_cost: 1, credits_balance: 499 });
    expect(seller.warnings).toEqual([]);
    expect(Object.keys(seller)).not.toContain('requestId');
    expect(JSON.parse(JSON.stringify(seller))).not.toHaveProperty('usage');
  });

  it('reads ids given as numbers too (creator ids are small integers on the wire)', async () => {
    const t = setup();
    const creator = marketData().creators[5]!;
    // @ts-expect-error ids are strings in the types; a safe integer is still accepted at run time
    const result = await t.data.creators.get(Number(creator.id));
    expect(result.id).toBe(String(creator.id));
    // @ts-expect-error as above
    const videos = await t.data.creators.videos(Number(creator.id), { page_size: 100 });
    expect(videos.meta.total).toBe(videos.items.length);
  });
});

describe('public types', () => {
  it('derive each method from its route', () => {
    const { trenz } = setup();
    type Search = typeof trenz.data.products.search;
    expectTypeOf<Parameters<Search>[0]>().toEqualTypeOf<ProductSearchParams>();
    expectTypeOf<Awaited<ReturnType<Search>>['items'][number]>().toEqualTypeOf<Product>();
    expectTypeOf<Product['id']>().toEqualTypeOf<string>();
    expectTypeOf<Awaited<ReturnType<typeof trenz.data.products.get>>['requestId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf(trenz.data.sellers.relatedProducts).parameter(0).toEqualTypeOf<string>();
    expectTypeOf<Parameters<typeof trenz.data.creators.search>[0]>().toEqualTypeOf<CreatorSearchParams | undefined>();
    expectTypeOf<NonNullable<CreatorSearchParams['category']>>().toEqualTypeOf<CreatorCategoryId>();
    expectTypeOf<NonNullable<ProductSearchParams['category']>>().toEqualTypeOf<ProductCategoryId>();
    expectTypeOf<Awaited<ReturnType<typeof trenz.tasks.get>>['status']>().toEqualTypeOf<TrenzTaskStatusWord>();
  });
});
