/**
 * What a user's editor shows for the SDK's results. Never run: `hover.test.ts` asks the TypeScript language service
 * for the quick info of each `const` below, and `npm run typecheck` (this file is in tsconfig's include) checks the
 * assignments, so a required field turned optional or a status widened to `string` fails the type check.
 */
import type { LocalService, ProductSummaryPage } from '../../src/local-service/index.js';
import type { OrderPage, OrderStatus, TikTokShop, TikTokShopShop } from '../../src/tiktok-shop/index.js';
import type { Product, Trenz, TrenzPage } from '../../src/trenz/index.js';

export async function hovers(shop: TikTokShopShop, app: TikTokShop, trenz: Trenz, ls: LocalService, body: string) {
  const orders = await shop.orders.get({ ids: ['576461413038785752'] });
  const order = orders[0]!;
  const lineItem = order.line_items[0];
  const shopProduct = await shop.products.get('1729592969712207008');
  const orderPage = await shop.orders.search({ order_status: 'AWAITING_SHIPMENT' });
  const orderData = orderPage.data;
  const productPage = await trenz.data.products.search({ country: 'us', keyword: 'serum' });
  const productData = productPage.data;
  const productMeta = productPage.meta;
  const couponPage = await ls.products.list({ merchant_id: '7295929697122099991', product_type_list: [2], list_tab: 0 });
  const couponData = couponPage.data;
  const event = app.webhooks.parse(body, {});
  if (event.kind !== 'order_status_change') return;
  const eventData = event.data;

  // Required fields and unions: no `?.`, no `!`, no cast.
  const id: string = order.id;
  const status: OrderStatus = order.status;
  const times: number[] = [order.create_time, order.update_time, event.timestamp, eventData.update_time];
  const units: number = order.line_items.length;
  const total: number | undefined = orderData.total_count;
  const next: string | undefined = orderData.next_page_token;
  const credits: number | undefined = productMeta.usage?.credits_cost;
  const found: number | undefined = productMeta.total;
  const more: boolean | undefined = couponData.next_pagination?.has_more;
  const named: [OrderPage, TrenzPage<Product>, ProductSummaryPage] = [orderPage, productPage, couponPage];
  // @ts-expect-error an order status is one of the nine documented values, not any string
  const wrong: OrderStatus = 'SHIPPED';
  const eventStatus: OrderStatus = eventData.order_status;
  const shopId: string = event.shop_id;

  return {
    ...{
      orders,
      order,
      lineItem,
      shopProduct,
      orderPage,
      orderData,
      productPage,
      productData,
      productMeta,
      couponPage,
      couponData,
    },
    ...{ event, eventData, id, status, times, units, total, next, credits, found, more, named, wrong, eventStatus, shopId },
  };
}
