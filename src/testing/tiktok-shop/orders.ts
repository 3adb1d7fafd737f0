/** Generated orders, shaped like the docs' Get Order List example (TikTok Shop docs: Get Order List), with varied ids, statuses, times. */
import type { Order } from '../../tiktok-shop/schemas/order.js';
import { ORDER_STATUSES } from '../../tiktok-shop/order-status.js';
import { prng } from '../prng.js';
import { SEED_ORDER_LIST } from './fixtures-orders.js';

/** Every documented order status, in turn. */
const STATUSES = ORDER_STATUSES;

/** Statuses before shipping: no tracking number yet. */
const UNSHIPPED = new Set(['UNPAID', 'ON_HOLD', 'AWAITING_SHIPMENT']);

/** How far back the generated orders go: created and updated within the last 30 days. */
export const ORDER_WINDOW_SECONDS = 30 * 86_400;

/** An order is updated at least this long after it was created (payment, at the earliest). */
const FIRST_UPDATE_SECONDS = 600;

/**
 * `count` orders, newest first, dated back from `now` (seconds): creation times are spread evenly over the last
 * 30 days, and each order was last updated somewhere between 10 minutes after its creation and `now`. The offsets
 * come from a generator seeded with `idBase`, never from `now`, so how many orders fall in a window such as "the last
 * 7 days" is the same on every run. Statuses follow ORDER_STATUSES in turn. ids start at `idBase` (int64 strings);
 * each order has one package of its own (id `idBase + 6e17 + i`), which Ship Package and Mark Package As Shipped
 * move on. ON_HOLD orders carry no recipient address, as the API does; orders not yet shipped carry no tracking
 * number.
 */
export function generateOrders(count: number, o: { now: number; idBase: bigint }): Order[] {
  const template = SEED_ORDER_LIST.data.orders[0]!;
  const random = prng(Number(o.idBase % 4_294_967_296n));
  const spacing = ORDER_WINDOW_SECONDS / Math.max(count, 1);
  return Array.from({ length: count }, (_, i) => {
    const status = STATUSES[i % STATUSES.length]!;
    // Newest first and strictly decreasing: each order sits somewhere in its own slot of the window.
    const age = Math.floor((i + 0.5 + (random() - 0.5) * 0.9) * spacing) + FIRST_UPDATE_SECONDS;
    const create_time = o.now - Math.min(age, ORDER_WINDOW_SECONDS);
    const update_time = create_time + FIRST_UPDATE_SECONDS + Math.floor(random() * (o.now - create_time - FIRST_UPDATE_SECONDS));
    const packageId = String(o.idBase + 600_000_000_000_000_000n + BigInt(i));
    const unshipped = UNSHIPPED.has(status);
    const order: Order = {
      ...structuredClone(template),
      id: String(o.idBase + BigInt(i)),
      status,
      create_time,
      update_time,
      shipping_type: i % 2 === 0 ? 'TIKTOK' : 'SELLER',
      packages: [{ id: packageId }],
      line_items: template.line_items.map((li, j) => ({
        ...structuredClone(li),
        id: String(o.idBase * 10n + BigInt(i * 10 + j)),
        display_status: status,
        package_id: packageId,
        ...(unshipped ? { tracking_number: '', package_status: 'TO_FULFILL' } : {}),
      })),
    };
    if (unshipped) order.tracking_number = '';
    if (status === 'ON_HOLD') delete order.recipient_address;
    return order;
  });
}
