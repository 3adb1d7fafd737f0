import { describe, expect, it } from 'vitest';
import { InvalidParamsError } from '../../src/core/errors/index.js';
import { AD_TYPES, COUNTRIES, CREATOR_CATEGORIES, PRODUCT_CATEGORIES, SELLER_TYPES } from '../../src/trenz/params/tables.js';
import { publicUrlProblem } from '../../src/trenz/content/schemas.js';
import { setup } from './helpers.js';

async function rejected(promise: PromiseLike<unknown>): Promise<InvalidParamsError> {
  const error = await Promise.resolve(promise).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidParamsError);
  return error as InvalidParamsError;
}

describe('parameter tables', () => {
  it('hold every row of the Trenz docs: 27 product categories, 33 creator categories, 7 ad types, 4 seller types, 15 countries', () => {
    expect(Object.keys(PRODUCT_CATEGORIES)).toHaveLength(27);
    expect(Object.keys(CREATOR_CATEGORIES)).toHaveLength(33);
    expect(Object.keys(AD_TYPES)).toHaveLength(7);
    expect(Object.keys(SELLER_TYPES)).toHaveLength(4);
    expect(COUNTRIES).toHaveLength(15);
    expect(PRODUCT_CATEGORIES[601450]).toBe('Beauty & Personal Care');
    expect(CREATOR_CATEGORIES.creator_category_v20240616_34).toBe('Others');
    expect(Object.keys(CREATOR_CATEGORIES)).not.toContain('creator_category_v20240616_1'); // numbering starts at 2
  });
});

describe('params are checked before sending', () => {
  it('rejects a country outside the documented list, naming the allowed values, and sends nothing', async () => {
    const t = setup();
    // @ts-expect-error 'US' is not a Country (lower-case only)
    const err = await rejected(t.data.products.search({ country: 'US' }));
    expect(err.message).toContain('params.country');
    expect(err.message).toContain('us, th, my, vn, mx, de, fr, it, es, jp, br, gb, ph, sg, id');
    expect(t.emu.faults.journal).toHaveLength(0);
  });

  it('requires country on product search (Trenz OpenAPI document)', async () => {
    const t = setup();
    // @ts-expect-error country is required
    const err = await rejected(t.data.products.search({ keyword: 'lipstick' }));
    expect(err.issues[0]?.path).toEqual(['params', 'country']);
  });

  it('caps product search page_size at 10 and other lists at 100', async () => {
    const t = setup();
    const err = await rejected(t.data.products.search({ country: 'us', page_size: 11 }));
    expect(err.message).toContain('page_size must be between 1 and 10');
    await rejected(t.data.sellers.search({ page_size: 101 }));
    await rejected(t.data.products.reviews('1', { page: 0 }));
    const ok = await t.data.sellers.search({ page_size: 100 });
    expect(ok.items.length).toBeGreaterThan(0);
  });

  it('rejects a product category that is not a Level-1 id, listing the ids with their names', async () => {
    const t = setup();
    // @ts-expect-error 123 is not a ProductCategoryId
    const err = await rejected(t.data.videos.search({ category: 123 }));
    expect(err.message).toContain('601450 (Beauty & Personal Care)');
    expect(err.message).toContain("802184 (Kids' Fashion)");
  });

  it('keeps the two taxonomies of live search apart', async () => {
    const t = setup();
    // @ts-expect-error a product category is not a streamer category
    const err = await rejected(t.data.lives.search({ category: 601450 }));
    expect(err.message).toContain('creator_category_v20240616_8 (Shopping & Retail)');
    // @ts-expect-error a streamer category is not a product category
    await rejected(t.data.lives.search({ product_category: 'creator_category_v20240616_8' }));
    const page = await t.data.lives.search({ category: 'creator_category_v20240616_10', product_category: 601450 });
    expect(Array.isArray(page.items)).toBe(true);
  });

  it('checks ad_type and seller_type against their tables', async () => {
    const t = setup();
    // @ts-expect-error 8 is not an AdType
    expect((await rejected(t.data.ads.search({ ad_type: 8 }))).message).toContain('7 (Engagement Ads)');
    // @ts-expect-error 0 is not a SellerType
    expect((await rejected(t.data.sellers.search({ seller_type: 0 }))).message).toContain('1 (Overseas Non-Brand)');
  });

  it('rejects unknown params instead of dropping them silently; extraQuery sends them on purpose', async () => {
    const t = setup();
    // @ts-expect-error sort_by is not a declared param
    const err = await rejected(t.data.products.search({ country: 'us', sort_by: 'floor_price' }));
    expect(err.message).toContain('sort_by');
    const page = await t.data.products.search({ country: 'us', page_size: 5 }, { extraQuery: { sort_by: 'floor_price' } });
    const prices = page.items.map((p) => Number(p.floor_price));
    expect(prices).toEqual([...prices].sort((a, b) => b - a));
  });

  it('refuses an unknown key on a declared schema with the closest known key, before sending', async () => {
    const t = setup();
    // @ts-expect-error a typo of seller_type
    const typo = await rejected(t.data.sellers.search({ seller_tpye: 1 }));
    expect(typo.issues[0]?.path).toEqual(['seller_tpye']);
    expect(typo.message).toContain('did you mean "seller_type"?');
    // @ts-expect-error a typo of page_size, on a relation list
    expect((await rejected(t.data.products.reviews('1', { pagesize: 5 }))).message).toContain('did you mean "page_size"?');
    // @ts-expect-error a typo of page, on a GET list of the agent
    expect((await rejected(t.trenz.agent.sessions.list({ pge: 2 }))).message).toContain('did you mean "page"?');
    expect(t.emu.faults.journal).toHaveLength(0);
  });

  it('sends unknown keys as given where the Trenz docs give no fields (open bodies)', async () => {
    const t = setup();
    await t.trenz.ads.campaigns.list({ advertiser_id: '7301000000000000001', campaign_status: 'active' });
    expect(JSON.parse(t.emu.faults.requests('POST', '/open/v1/ads/campaigns/list')[0]!.body)).toEqual({
      advertiser_id: '7301000000000000001',
      campaign_status: 'active',
    });
  });

  it('requires public URLs in AI Image and AI Video *_url fields', async () => {
    const t = setup();
    const err = await rejected(t.content.video.veo3({ prompt: 'x', image_url: 'file:///tmp/a.png' }));
    expect(err.message).toContain('image_url');
    expect(err.message).toContain('publicly accessible');
    const list = await rejected(
      t.content.image.gptImage2({ reference_image_urls: ['https://cdn.example.com/a.png', 'http://localhost:8080/b.png'] }),
    );
    expect(list.issues[0]?.path).toEqual(['params', 'reference_image_urls', 1]);
    expect(publicUrlProblem('./clip.mp4')).toContain('trenz.files.upload');
    expect(publicUrlProblem('https://cdn.example.com/clip.mp4')).toBeUndefined();
    expect(publicUrlProblem('http://192.168.1.4/clip.mp4')).toContain('publicly accessible');
    expect(t.emu.faults.journal).toHaveLength(0);
  });
});
