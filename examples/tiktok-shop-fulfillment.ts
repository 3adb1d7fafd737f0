/**
 * Fulfillment, the job that runs after every order sync: find the orders awaiting shipment, ship each package with
 * its tracking number (Ship Package), then read the orders back to confirm that their status and tracking number
 * changed. Every TikTok Shop operation has a method named after its docs page: `shop.fulfillment.shipPackage`,
 * `shop.products.updateInventory`, `shop.webhooks.updateShopWebhook`... (`TikTokShop.routes` lists them all).
 *
 * Run: npx tsx examples/tiktok-shop-fulfillment.ts   (emulator by default; see examples/shared/target.ts)
 * On the real API it ships nothing unless SOCIAL_COMMERCE_ALLOW_WRITES=1: shipping is not a demo to run by accident.
 */
import { TikTokShop, type Order, type TikTokShopShop } from '../src/tiktok-shop/index.js';
import { progressBar } from './shared/progress.js';
import { connect, skippedWrite } from './shared/target.js';

/** Your carrier's tracking number for an order's package; here one is made up from the order id. */
const trackingNumberFor = (order: Order) => `EX${order.id.slice(-10)}`;

async function fulfill(shop: TikTokShopShop, label: string, writes: boolean): Promise<void> {
  // 1. Sync: every order awaiting shipment, page after page (one page in memory at a time).
  const sync = progressBar(label);
  const awaiting: Order[] = [];
  for await (const page of shop.orders.search({ order_status: 'AWAITING_SHIPMENT', page_size: 50 }).pages()) {
    awaiting.push(...page.items);
    sync.update(awaiting.length, page.data.total_count);
  }
  sync.done(`${awaiting.length} orders awaiting shipment`);
  if (awaiting.length === 0) return;
  if (!writes) {
    console.log(`  ${skippedWrite(`ship ${awaiting.length} orders`)}`);
    return;
  }

  // 2. Ship each package, self-shipped with the carrier's tracking number. A write is never retried unless the API
  //    said it did not process it (a 429), so a package is never shipped twice by the SDK.
  const ship = progressBar('ship');
  let shipped = 0;
  for (const order of awaiting) {
    for (const pkg of order.packages ?? []) {
      await shop.fulfillment.shipPackage(pkg.id!, {
        handover_method: 'DROP_OFF',
        self_shipment: { tracking_number: trackingNumberFor(order), shipping_provider_id: order.shipping_provider_id },
      });
      ship.update(++shipped, awaiting.length);
    }
  }
  ship.done(`${shipped} packages shipped`);

  // 3. Confirm: read the orders back, 50 ids per Get Order Detail call.
  const confirm = progressBar('confirm');
  let confirmed = 0;
  for (let i = 0; i < awaiting.length; i += 50) {
    const batch = awaiting.slice(i, i + 50);
    const orders = await shop.orders.get({ ids: batch.map((o) => o.id) });
    const expected = new Map(batch.map((o) => [o.id, trackingNumberFor(o)]));
    confirmed += orders.filter((o) => o.status === 'IN_TRANSIT' && o.tracking_number === expected.get(o.id)).length;
    confirm.update(i + batch.length, awaiting.length);
  }
  confirm.done(`${confirmed}/${awaiting.length} orders now IN_TRANSIT with their tracking number`);
}

const targets = await connect();
try {
  console.log(`TikTok Shop: ${targets.tiktokShop.describe}`);
  const app = new TikTokShop(targets.tiktokShop.options);
  const { seller, how } = await targets.tiktokShop.authorize(app);
  console.log(how);
  const ship = TikTokShop.routes.find((r) => r.title === 'Ship Package')!;
  console.log(`Ship Package is ${ship.usage} (${ship.method} ${ship.path})`);
  for (const shop of await seller.authorization.getShops()) {
    await fulfill(seller.shop(shop), shop.name ?? shop.cipher, targets.tiktokShop.writes);
  }
} finally {
  await targets.close();
}
