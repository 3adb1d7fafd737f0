/**
 * A Local Service group-buying coupon, end to end: pick a leaf category and shops, build the coupon with the typed
 * builder (checked before sending), save it, list it, wait for review, delist it.
 *
 * Run: npx tsx examples/local-service-coupon.ts   (emulator by default; see examples/shared/target.ts)
 */
import { LocalService, ProductType, groupBuyingCoupon, type CategoryNode } from '../src/local-service/index.js';
import { connect, skippedWrite } from './shared/target.js';

const targets = await connect();
try {
  console.log(`Local Service: ${targets.localService.describe}`);
  if (targets.localService.writes) await couponLifecycle();
  else console.log(skippedWrite('saving a coupon product'));
} finally {
  await targets.close();
}

async function couponLifecycle(): Promise<void> {
  const ls = new LocalService(targets.localService.options); // tokens obtained and refreshed by the client
  const merchant_id = targets.localService.merchantId;

  // Ids here are int64 strings beyond 2^53: never turn them into numbers.
  const { category_tree_list } = await ls.products.categories({ merchant_id, language: 'en' });
  const leaf = firstLeaf(category_tree_list);
  if (!leaf) throw new Error('The merchant has no product category.');
  const shops = [];
  for await (const shop of ls.products.shops({ merchant_id, language: 'en' }))
    if (shop.available && shops.push(shop) === 2) break;
  const { holiday_map } = await ls.holidays.list({ countries: ['TH'] });
  console.log(
    `category ${leaf.description} (${leaf.category_id}); shops ${shops.map((s) => s.shop_base_info.shop_name).join(', ')}`,
  );

  const third_product_id = `hotpot-for-two-${Date.now().toString(36)}`;
  await ls.products.save({
    merchant_id,
    third_product_id,
    category_id: leaf.category_id,
    product_type: ProductType.DISCOUNT_VOUCHER,
    // save is a full replace: always send the whole coupon. Numbers, lists and dates are encoded for you.
    attr_key_value_map: groupBuyingCoupon({
      rec_person_num: 2,
      shop_id: shops.map((s) => s.shop_base_info.shop_id),
      commodity_set: 2,
      commodity: {
        i18n_group_name: { default_text: 'Hot pot for two' },
        option_count: 1,
        item_list: [{ i18n_name: { default_text: 'Beef platter' }, price: '3000', currency: 'THB', count: 1 }],
      },
      product_name: { default_text: 'Hot pot set for two' },
      image_list: [{ out_url: 'https://img.example.com/hotpot.jpg' }],
      origin_amount: 3000,
      actual_amount: 2000,
      local_currency: 'THB',
      stock_info: { stock_num: 500, stock_qty_limit_type: 1 },
      sold_start_time: new Date(),
      sold_time_type: 1,
      use_type: 1,
      use_date: { use_date_type: 1, day_duration: 30 },
      use_time: { use_time_type: 1, time_period_list: [{ use_start_time: '11:00', use_end_time: '22:00' }] },
      cannot_use_date: { enable: true, holidays: holiday_map?.TH?.map((h) => h.holiday_id) ?? [] },
      consumption_convention: { consumption_method: 1 },
    }),
  });
  console.log(`saved ${third_product_id}: submitted for review`);

  const filter = { merchant_id, product_type_list: [ProductType.DISCOUNT_VOUCHER], list_tab: 0 };
  let submitted: unknown;
  for await (const p of ls.products.list({ ...filter, pagination: { page_size: 20 } })) {
    if (p.third_product_id === third_product_id) submitted = p.product_status;
    console.log(`  listed  ${p.third_product_id} "${p.product_name}" ${p.actual_amount} ${String(p.product_status)}`);
  }

  // The verdict arrives by webhook (examples/webhooks.ts) or on a read; statuses are not documented, so wait
  // for a change. Delisting needs a product that passed review; one still in review can only be withdrawn.
  const read = async () => (await ls.products.get({ merchant_id, third_product_id, online: false })).product_detail;
  let detail = await read();
  for (let i = 0; i < 30 && detail?.product.product_status === submitted; i++) {
    await new Promise((r) => setTimeout(r, targets.localService.real ? 10_000 : 100));
    detail = await read();
  }
  if (detail?.product.product_status === submitted) {
    await ls.products.withdrawReview({ merchant_id, third_product_id, language: 'en' });
    return console.log('still in review: withdrawn instead of delisted');
  }
  console.log(`reviewed: status ${String(detail?.product.product_status)} ${detail?.audit_info?.audit_msg ?? ''}`.trimEnd());
  await ls.products.delist({ merchant_id, third_product_id, language: 'en' });
  console.log(`delisted ${third_product_id}`);
}

/** The first leaf of the category tree (save wants a leaf id). */
function firstLeaf(nodes: readonly CategoryNode[]): CategoryNode | undefined {
  for (const node of nodes) {
    if (node.sub_category_list.length === 0) return node;
    const leaf = firstLeaf(node.sub_category_list);
    if (leaf) return leaf;
  }
  return undefined;
}
