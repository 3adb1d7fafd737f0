/**
 * The tour of the SDK that `npm run demo` runs: one short story per API, printed as a report.
 *
 *   TikTok Shop    authorize a seller by OAuth code, list its shops, sync every order of each shop, read a product
 *   Trenz          search products, wait for an AI video task, publish a video to two accounts
 *   Local Service  save a coupon product, list it, delist it
 *
 * With no credentials in the environment every API runs on the bundled emulator (127.0.0.1, no network). Set
 * TRENZ_API_KEY, TIKTOK_SHOP_APP_KEY + TIKTOK_SHOP_APP_SECRET + TIKTOK_SHOP_ACCESS_TOKEN (or _AUTH_CODE), or
 * LOCAL_SERVICE_ACCESS_TOKEN + LOCAL_SERVICE_MERCHANT_ID, and that API is called for real: reads only, unless
 * SOCIAL_COMMERCE_ALLOW_WRITES=1. In your project, import from 'social-commerce-sdk/...' instead of '../src/...'.
 *
 * Run: npx tsx examples/quickstart.ts
 */
import { LocalService, ProductType, groupBuyingCoupon } from '../src/local-service/index.js';
import { sampleGroupBuyingCoupon } from '../src/testing/index.js';
import { TikTokShop } from '../src/tiktok-shop/index.js';
import { Trenz } from '../src/trenz/index.js';
import { formatBytes, progressBar } from './shared/progress.js';
import { connect, skippedWrite, type Targets } from './shared/target.js';
import { sampleVideo, videoUrlOf } from './shared/samples.js';

const started = Date.now();
const line = (label: string, text: string): void => console.log(`  ${label.padEnd(14)} ${text}`);
const seconds = (since: number): string => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

async function tiktokShop(target: Targets['tiktokShop']): Promise<void> {
  console.log('\nTikTok Shop');
  const app = new TikTokShop(target.options);
  const { seller, how } = await target.authorize(app);
  line('seller', how);

  const shops = await seller.authorization.getShops();
  line('shops', `${shops.length}: ${shops.map((s) => `${s.name} (${s.region})`).join(', ')}`);

  let productId = target.productId;
  for (const info of shops) {
    const bar = progressBar('orders');
    let orders = 0;
    let pages = 0;
    // Page by page (next_page_token), one page in memory at a time; total_count feeds the bar.
    for await (const page of seller.shop(info).orders.search({ page_size: 100 }).pages()) {
      pages++;
      orders += page.items.length;
      productId ??= page.items[0]?.line_items[0]?.product_id;
      bar.update(orders, page.data.total_count, `${pages} pages`);
    }
    bar.done(`${info.name}: ${plural(orders, 'order')} synced in ${plural(pages, 'page')}`);
  }

  const [first] = shops;
  if (!first || !productId) return line('product', 'no product to read (set TIKTOK_SHOP_PRODUCT_ID)');
  const product = await seller.shop(first).products.get(productId);
  line('product', `${product.id} "${product.title}": ${plural(product.skus?.length ?? 0, 'SKU')}, status ${product.status}`);
}

async function trenz(target: Targets['trenz']): Promise<void> {
  console.log('\nTrenz');
  const client = new Trenz(target.options);
  const page = await client.data.products.search({ country: 'us', keyword: 'lipstick', page_size: 5 });
  const top = page.items[0];
  // page.meta holds the envelope's paging facts (total, page) and credits usage; page.nextCursor resumes the search.
  line(
    'search',
    `"lipstick" in the US: ${String(page.meta.total ?? page.items.length)} products; top: ${top?.product_name ?? '-'}`,
  );

  if (!target.writes) return line('AI video', skippedWrite('an AI video task and a publication spend credits and post'));
  const task = await client.content.video.veo3({ prompt: 'A matte lipstick turning on a marble table, studio light' });
  const bar = progressBar('AI video');
  const t0 = Date.now();
  const result = await task.wait({
    ...(target.pollInterval ? { pollInterval: target.pollInterval } : {}),
    onProgress: (status) => bar.update(status.progress ?? 0, 100, status.status),
  });
  bar.done(`task ${task.id} done in ${seconds(t0)}: ${videoUrlOf(result) ?? 'no video url'}`);

  const accounts = [];
  for await (const account of client.social.accounts.list()) if (accounts.push(account) === 2) break;
  if (accounts.length < 2) return line('publish', 'needs two bound accounts (trenz.social.accounts.qrLogin())');
  const video = await sampleVideo();
  const upload = progressBar('upload');
  let sent = 0;
  const tomorrow = Math.floor(Date.now() / 1000) + 24 * 3600;
  const published = await client.social.publishVideo(
    {
      file: video.file,
      fileName: video.name,
      video_title: 'Matte lipstick, new shades',
      publications: [
        { platform_account_id: accounts[0]!.id, title: 'Out now!' },
        { platform_account_id: accounts[1]!.id, title: 'Tomorrow', scheduled_at: tomorrow },
      ],
    },
    {
      ...(target.pollInterval ? { pollInterval: target.pollInterval } : {}),
      onProgress: (p) => {
        if (p.stage === 'uploading') upload.update((sent = p.loaded), p.total);
        else if (p.stage === 'validating') upload.done(`${formatBytes(sent)} sent to the presigned URL`);
      },
    },
  );
  const outcome = published.publications.map((p) => `${p.platform_account_id} ${p.status}`).join(', ');
  line('publish', `session ${published.status}: ${outcome}`);
}

async function localService(target: Targets['localService']): Promise<void> {
  console.log('\nLocal Service');
  const ls = new LocalService(target.options);
  const merchant_id = target.merchantId;
  if (!target.writes) {
    const page = await ls.products.list({ merchant_id, product_type_list: [ProductType.DISCOUNT_VOUCHER], list_tab: 0 });
    return line('list', `${page.items.length} products on the first page; ${skippedWrite('saving a coupon product')}`);
  }
  const third_product_id = `demo-hotpot-${Date.now().toString(36)}`;
  await ls.products.save({
    merchant_id,
    third_product_id,
    category_id: '7295929697122030111', // a leaf of ls.products.categories(); the emulator's "Hot pot"
    product_type: ProductType.DISCOUNT_VOUCHER,
    attr_key_value_map: groupBuyingCoupon(sampleGroupBuyingCoupon()), // the typed builder checks it before sending
  });
  line('save', `${third_product_id} submitted for review`);

  const filter = { merchant_id, product_type_list: [ProductType.DISCOUNT_VOUCHER], list_tab: 0 };
  let mine: { product_name: string; actual_amount: string; product_status: unknown } | undefined;
  let count = 0;
  for await (const p of ls.products.list({ ...filter, pagination: { page_size: 20 } })) {
    count++;
    if (p.third_product_id === third_product_id) mine = p;
  }
  line(
    'list',
    `${plural(count, 'coupon product')}; ours: "${mine?.product_name}" at ${mine?.actual_amount}, status ${String(mine?.product_status)}`,
  );

  // Review is asynchronous (its verdict also arrives by webhook): wait for the status to move, then delist.
  const t0 = Date.now();
  let reviewed = false;
  let status: unknown;
  for (let i = 0; i < 20 && !reviewed; i++) {
    const detail = await ls.products.get({ merchant_id, third_product_id, online: false });
    status = detail.product_detail?.product.product_status;
    reviewed = status !== mine?.product_status;
    if (!reviewed) await new Promise((r) => setTimeout(r, target.real ? 5_000 : 100));
  }
  if (!reviewed) {
    await ls.products.withdrawReview({ merchant_id, third_product_id, language: 'en' });
    return line('withdraw', `still in review after ${seconds(t0)}: review withdrawn instead of delisting`);
  }
  line('review', `decided after ${seconds(t0)}: status ${String(status)}`);
  await ls.products.delist({ merchant_id, third_product_id, language: 'en' });
  line('delist', `${third_product_id} is off the shelf`);
}

/** One API's story; a failure is reported in a line (SDK errors never hold secrets) and the others still run. */
async function section(story: () => Promise<void>): Promise<void> {
  try {
    await story();
  } catch (error) {
    line('failed', error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    process.exitCode = 1;
  }
}

const targets = await connect();
try {
  console.log('social-commerce-sdk demo');
  line('TikTok Shop', targets.tiktokShop.describe);
  line('Trenz', targets.trenz.describe);
  line('Local Service', targets.localService.describe);
  await section(() => tiktokShop(targets.tiktokShop));
  await section(() => trenz(targets.trenz));
  await section(() => localService(targets.localService));
  console.log(
    `\n${process.exitCode ? 'Finished with errors' : 'Done'} in ${seconds(started)}. Next: examples/ (one file per task) and docs/getting-started.md.`,
  );
} finally {
  await targets.close();
}
