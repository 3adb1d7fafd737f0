import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { InvalidParamsError, InvalidRequestError } from '../../src/core/errors/index.js';
import { ProductType, groupBuyingCoupon, type LocalService } from '../../src/local-service/index.js';
import {
  LOCAL_SERVICE_LIST_TAB_ALL,
  LOCAL_SERVICE_PRODUCT_STATUS as STATUS,
  LOCAL_SERVICE_HOLIDAYS,
  LOCAL_SERVICE_LEAF_CATEGORY_ID,
  LOCAL_SERVICE_SHOPS,
  LOCAL_SERVICE_ORIGIN,
  LOCAL_SERVICE_TEST_ACCESS_TOKEN,
  sampleGroupBuyingCoupon,
} from '../../src/testing/local-service/index.js';
import { MERCHANT, SAAS, sentBodies, withToken } from './helpers.js';

const listParams = {
  merchant_id: MERCHANT,
  product_type_list: [ProductType.DISCOUNT_VOUCHER],
  list_tab: LOCAL_SERVICE_LIST_TAB_ALL,
};

function save(ls: LocalService, thirdId: string, change: Parameters<typeof sampleGroupBuyingCoupon>[0] = {}) {
  return ls.products.save({
    merchant_id: MERCHANT,
    third_product_id: thirdId,
    category_id: LOCAL_SERVICE_LEAF_CATEGORY_ID,
    product_type: ProductType.DISCOUNT_VOUCHER,
    attr_key_value_map: groupBuyingCoupon(sampleGroupBuyingCoupon(change)),
  });
}

async function statusOf(ls: LocalService, thirdId: string) {
  for await (const p of ls.products.list(listParams)) if (p.third_product_id === thirdId) return p;
  throw new Error(`${thirdId} not listed`);
}

describe('products: a store that keeps state across calls', () => {
  it('save -> under review -> approved over reads -> retrieve -> delist', async () => {
    const { ls } = withToken({}, { review: { afterMs: 60_000, afterReads: 2 } });
    const ack = await save(ls, 'sku-1');
    expect(ack.requestId).toBeTruthy();
    expect((await statusOf(ls, 'sku-1')).product_status).toBe(STATUS.UNDER_REVIEW);
    const approved = await statusOf(ls, 'sku-1');
    expect(approved).toMatchObject({
      product_status: STATUS.APPROVED,
      product_name: 'Hot pot set for two',
      origin_amount: '3000',
      actual_amount: '2000',
    });

    const { product_detail } = await ls.products.get({ third_product_id: 'sku-1', online: true, merchant_id: MERCHANT });
    expect(product_detail?.product.product_id).toBe(approved.product_id);
    expect(product_detail?.product.attr_key_value_map?.local_currency).toBe('THB');

    await ls.products.delist({ merchant_id: MERCHANT, third_product_id: 'sku-1', language: 'en' });
    expect((await statusOf(ls, 'sku-1')).product_status).toBe(STATUS.DELISTED);
  });

  it('moves review on with time as well as reads', async () => {
    let now = 1_800_000_000_000;
    const { ls } = withToken({}, { clock: () => now, review: { afterMs: 500, afterReads: 100 } });
    await save(ls, 'sku-t');
    expect((await statusOf(ls, 'sku-t')).product_status).toBe(STATUS.UNDER_REVIEW);
    now += 500;
    expect((await statusOf(ls, 'sku-t')).product_status).toBe(STATUS.APPROVED);
  });

  it('withdraws a pending review, and refuses to delist what is not online', async () => {
    const { ls } = withToken({}, { review: { afterMs: 60_000, afterReads: 60_000 } });
    await save(ls, 'sku-w');
    const action = { merchant_id: MERCHANT, third_product_id: 'sku-w', language: 'en' };
    await expect(ls.products.delist(action)).rejects.toBeInstanceOf(InvalidRequestError);
    await ls.products.withdrawReview(action);
    expect((await statusOf(ls, 'sku-w')).product_status).toBe(STATUS.WITHDRAWN);
    await expect(ls.products.withdrawReview(action)).rejects.toThrow(/not waiting for review/);
  });

  it('an update keeps the product id and leaves the online version live until it passes review', async () => {
    let now = 1_800_000_000_000;
    const { ls } = withToken({}, { clock: () => now, review: { afterMs: 1000, afterReads: 100 } });
    await save(ls, 'sku-u');
    now += 1000;
    const first = await statusOf(ls, 'sku-u');
    expect(first.product_status).toBe(STATUS.APPROVED);
    await save(ls, 'sku-u', { actual_amount: 1500 });
    const online = await ls.products.get({ third_product_id: 'sku-u', online: true, merchant_id: MERCHANT });
    expect(online.product_detail?.product.attr_key_value_map?.actual_amount).toBe('2000');
    const draft = await ls.products.get({ third_product_id: 'sku-u', online: false, merchant_id: MERCHANT });
    expect(draft.product_detail?.product.attr_key_value_map?.actual_amount).toBe('1500');
    expect(draft.product_detail?.product.product_id).toBe(first.product_id);
  });

  it('updates price and stock without review only once approved', async () => {
    const { ls } = withToken({}, { review: { afterMs: 60_000, afterReads: 1 } });
    await save(ls, 'sku-p');
    const change = {
      merchant_id: MERCHANT,
      third_product_id: 'sku-p',
      product_free_audit: {
        third_product_id: 'sku-p',
        local_currency: 'THB',
        actual_amount: '1750.5',
        stock_qty_limit_type: 1,
        stock_num: 42,
      },
    };
    await expect(ls.products.updateWithoutReview(change)).rejects.toThrow(/passed review/);
    await statusOf(ls, 'sku-p'); // the read that completes the review
    await ls.products.updateWithoutReview(change);
    expect(await statusOf(ls, 'sku-p')).toMatchObject({ actual_amount: '1750.5', inventory: '42' });
  });

  it('rejects a partial attr_key_value_map on the server: save is a full replace', async () => {
    const { ls } = withToken();
    const { use_time, commodity, ...rest } = groupBuyingCoupon(sampleGroupBuyingCoupon());
    const err = await ls.products
      .save({
        merchant_id: MERCHANT,
        third_product_id: 'sku-x',
        category_id: LOCAL_SERVICE_LEAF_CATEGORY_ID,
        product_type: 2,
        attr_key_value_map: rest,
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidRequestError);
    expect((err as Error).message).toContain('misses commodity, use_time (save is a full replace)');
  });

  it('checks parameters locally: nothing is sent for an invalid call', async () => {
    const { emu, ls } = withToken();
    const bad = {
      merchant_id: MERCHANT,
      third_product_id: 'a',
      product_free_audit: {
        third_product_id: 'b',
        local_currency: 'THB',
        actual_amount: '1',
        stock_qty_limit_type: 1,
        stock_num: 1,
      },
    };
    await expect(ls.products.updateWithoutReview(bad)).rejects.toBeInstanceOf(InvalidParamsError);
    await expect(ls.products.delist({ merchant_id: MERCHANT, third_product_id: 'a', language: '' })).rejects.toThrow(
      /params\.language/,
    );
    expect(emu.faults.journal).toHaveLength(0);
  });
});

describe('pagination: pagination.page_no from 1, next_pagination.has_more', () => {
  it('iterates every product across pages, sending page_no 1, 2, 3 in the body', async () => {
    const { emu, ls } = withToken();
    for (let i = 0; i < 12; i++) await save(ls, `sku-${i}`);
    const ids: string[] = [];
    for await (const p of ls.products.list({ ...listParams, pagination: { page_size: 5 } })) ids.push(p.third_product_id);
    expect(ids).toHaveLength(12);
    const pages = sentBodies(emu, 'product/batch_query/').map((b) => b.pagination);
    expect(pages).toEqual([
      { page_no: 1, page_size: 5 },
      { page_no: 2, page_size: 5 },
      { page_no: 3, page_size: 5 },
    ]);
  });

  it('awaiting a list gives the first page with has-more information', async () => {
    const { ls } = withToken();
    const page = await ls.products.shops({ merchant_id: MERCHANT, language: 'en', pagination: { page_size: 10 } });
    expect(page.items).toHaveLength(10);
    expect(page.hasNextPage()).toBe(true);
    // Where the next page starts, to resume later: only the page number, plain JSON.
    expect(page.nextCursor).toEqual({ page_no: 2 });
  });
});

describe('int64: ids beyond 2^53 are exact strings', () => {
  it('the emulator really sends shop_id and merchant_id as JSON numbers', async () => {
    const { emu } = withToken();
    const res = await request(`${LOCAL_SERVICE_ORIGIN}${SAAS}/product_opt_shops/query/`, {
      method: 'POST',
      dispatcher: emu.dispatcher,
      headers: { authorization: `Bearer ${LOCAL_SERVICE_TEST_ACCESS_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ merchant_id: MERCHANT, language: 'en', pagination: { page_no: 1 } }),
    });
    const text = await res.body.text();
    expect(text).toContain(`"shop_id":${LOCAL_SERVICE_SHOPS[0]!.shop_id},`);
    expect(text).toContain(`"merchant_id":${MERCHANT}`);
    expect(Number(LOCAL_SERVICE_SHOPS[0]!.shop_id) > Number.MAX_SAFE_INTEGER).toBe(true);
  });

  it('keeps shop ids, merchant ids, category ids and holiday ids exact', async () => {
    const { ls } = withToken({}, { review: { afterReads: 1 } });
    const shops = [];
    for await (const s of ls.products.shops({ merchant_id: MERCHANT, language: 'en' })) shops.push(s);
    expect(shops.map((s) => s.shop_base_info.shop_id)).toEqual(LOCAL_SERVICE_SHOPS.map((s) => s.shop_id));
    expect(shops[0]?.shop_base_info.merchant_id).toBe(MERCHANT);
    expect(shops.filter((s) => !s.available).map((s) => s.unavailable_reason)).toEqual([[1], [1], [1], [1]]);

    const holidays = await ls.holidays.list({ countries: ['ID', 'TH'] });
    expect(holidays.holiday_map?.ID?.map((h) => h.holiday_id)).toEqual(LOCAL_SERVICE_HOLIDAYS.ID!.map((h) => h.holiday_id));

    await save(ls, 'sku-c');
    const row = await statusOf(ls, 'sku-c');
    expect(row.category).toMatchObject({
      first_category_id: '7295929697122030001',
      second_category_id: '7295929697122030101',
      third_category_id: LOCAL_SERVICE_LEAF_CATEGORY_ID,
    });

    const tree = await ls.products.categories({ merchant_id: MERCHANT, language: 'en' });
    const leaf = tree.category_tree_list[0]?.sub_category_list[0]?.sub_category_list[0];
    expect(leaf).toMatchObject({
      category_id: LOCAL_SERVICE_LEAF_CATEGORY_ID,
      parent_category_id: '7295929697122030101',
      sub_category_list: [],
    });
  });
});
