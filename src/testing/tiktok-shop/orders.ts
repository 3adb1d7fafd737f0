/** Generated orders, shaped like the docs' Get Order List example (TikTok Shop docs: Get Order List), with varied ids, statuses, times. */
import type { Order } from '../../tiktok-shop/schemas/order.js';
import { ORDER_STATUSES } from '../../tiktok-shop/order-status.js';
import { SEED_ORDER_LIST } from './fixtures-orders.js';

/** Every documented order status, in turn. */
const STATUSES = ORDER_STATUSES;

/** Statuses before shipping: no tracking number yet. */
const UNSHIPPED = new Set(['UNPAID', 'ON_HOLD', 'AWAITING_SHIPMENT']);

/**
 * `count` orders, newest first: order i is created `created - i * 3600` and updated 10 minutes later. ids start at
 * `idBase` (int64 strings); each order has one package of its own (id `idBase + 6e17 + i`), which Ship Package
 * and Mark Package As Shipped move on. ON_HOLD orders carry no recipient address, as the API does; orders not yet
 * shipped carry no tracking number.
 */
export function generateOrders(count: number, o: { created: number; idBase: bigint }): Order[] {
  const template = SEED_ORDER_LIST.data.orders[0]!;
  return Array.from({ length: count }, (_, i) => {
    const status = STATUSES[i % STATUSES.length]!;
    const packageId = String(o.idBase + 600_000_000_000_000_000n + BigInt(i));
    const unshipped = UNSHIPPED.has(status);
    const order: Order = {
      ...structuredClone(template),
      id: String(o.idBase + BigInt(i)),
      status,
      create_time: o.created - i * 3600,
      update_time: o.created - i * 3600 + 600,
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
