/**
 * The fixed response bodies the bench serves and decodes: the TikTok Shop docs' own response examples (Get Order
 * Detail, Get Order List, Get Product) as the SDK's emulator keeps them in
 * src/testing/tiktok-shop/fixtures-*.ts, so the bench serves exactly what the SDK's tests validate.
 * Everything here is pure and cheap: the server builds 1,000 search pages from one template on demand.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_ORDER_DETAIL, SEED_ORDER_LIST } from '../src/testing/tiktok-shop/fixtures-orders.js';
import { SEED_GET_PRODUCT } from '../src/testing/tiktok-shop/fixtures-products.js';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const ROOT_DIR = join(BENCH_DIR, '..');

type Json = Record<string, any>;

export const BODY_SOURCES = {
  orderDetail: 'src/testing/tiktok-shop/fixtures-orders.ts SEED_ORDER_DETAIL (TikTok Shop docs: Get Order Detail)',
  orderSearch: 'src/testing/tiktok-shop/fixtures-orders.ts SEED_ORDER_LIST (TikTok Shop docs: Get Order List), 100 orders/page',
  productDetail: 'src/testing/tiktok-shop/fixtures-products.ts SEED_GET_PRODUCT (TikTok Shop docs: Get Product)',
  trenzSearch: 'bench/bodies.ts (no example in the Trenz docs; field names of the SDK schema)',
};
const orderDetail = SEED_ORDER_DETAIL as Json;
const orderList = SEED_ORDER_LIST as Json;

/** Compact, like the real API (the docs print them indented). */
export const ORDER_DETAIL_BODY = JSON.stringify(orderDetail);
export const PRODUCT_DETAIL_BODY = JSON.stringify(SEED_GET_PRODUCT);
/** The order id of the detail example; every client asks for it. */
export const ORDER_ID: string = orderDetail.data.orders[0].id;

/** The product id of the Get Product example. */
export const PRODUCT_ID: string = (SEED_GET_PRODUCT as Json).data.id;

/** The list-variant order of the Get Order List example, the template of every search page. */
const LIST_ORDER: Json = orderList.data.orders[0];
const REQUEST_ID: string = orderList.request_id;

/** Search geometry for the memory test: 1,000 pages of 100 orders. */
export const SEARCH_PAGE_SIZE = 100;
export const SEARCH_PAGES = 1_000;

/**
 * Page tokens look like base64 in the docs (`+` and `/` included; TikTok Shop docs: Get Order List), so ours carry
 * both: a client that forgets to percent-encode them gets the wrong page (or a 400) instead of a silently passing bench.
 */
export function pageToken(page: number): string {
  return `pg+${page}/tok`;
}
export function pageFromToken(token: string | null): number {
  if (!token) return 0;
  const m = /^pg\+(\d+)\/tok$/.exec(token);
  return m ? Number(m[1]) : -1;
}

// The order template is split once around its id so that a page is 100 string joins, not 100 stringify calls.
const ID_MARK = '__BENCH_ORDER_ID__';
const [ORDER_HEAD, ORDER_TAIL] = JSON.stringify({ ...LIST_ORDER, id: ID_MARK }).split(`"${ID_MARK}"`) as [string, string];
const ORDER_BASE = BigInt(LIST_ORDER.id as string);

/**
 * One Get Order List page: `count` orders whose ids are unique across pages (so a consumer can check it saw every
 * order once), `next_page_token` empty on the last page. `bareIds` writes the order ids as JSON numbers beyond
 * 2^53 (the "with big integers" case of the decoding test); the API itself sends strings.
 */
export function orderSearchPage(page: number, count = SEARCH_PAGE_SIZE, pages = SEARCH_PAGES, bareIds = false): string {
  let orders = '';
  for (let i = 0; i < count; i++) {
    const id = (ORDER_BASE + BigInt(page * count + i)).toString();
    orders += (i ? ',' : '') + ORDER_HEAD + (bareIds ? id : `"${id}"`) + ORDER_TAIL;
  }
  const next = page + 1 < pages ? pageToken(page + 1) : '';
  return (
    `{"code":0,"data":{"next_page_token":"${next}","total_count":${count * pages},"orders":[${orders}]},` +
    `"message":"Success","request_id":"${REQUEST_ID}"}`
  );
}

/** A Get Order List page of about `bytes` (the decoding test's "300 KB order page"). */
export function orderPageOfSize(bytes: number, bareIds: boolean): string {
  const one = orderSearchPage(0, 1, 2, bareIds).length;
  return orderSearchPage(0, Math.max(1, Math.round(bytes / one)), 2, bareIds);
}

/**
 * A Trenz product search page (Trenz OpenAPI: Product Search: `items[]` rows + envelope page/page_size/total, page_size
 * at most 10). The Trenz docs give no example, so the rows use the OpenAPI field names the SDK's schema reads.
 */
export const TRENZ_SEARCH_BODY = JSON.stringify({
  data: {
    items: Array.from({ length: 10 }, (_, i) => ({
      id: (1729384756123456789n + BigInt(i)).toString(),
      region: 'US',
      product_name: `Long-wear matte lipstick ${i + 1}`,
      floor_price: '7.99',
      ceiling_price: '12.49',
      product_sold_count_for_last_7_days: 1520 + i,
      product_gmv_for_last_7_days: '15184.80',
      seller_business_info: { seller_id: (7495000000000000000n + BigInt(i)).toString(), seller_name: 'Glow Lab' },
    })),
  },
  request_id: 'tz-bench-0001',
  page: 1,
  page_size: 10,
  total: 10,
  usage: { credits_cost: 1, credits_balance: 9999 },
});
