/**
 * `shop.orders.sync`: Get Order List (TikTok Shop docs: Get Order List) read incrementally by update time, through
 * the core's windowed sync. Loaded on the first `sync` call only, so that importing the TikTok Shop entry does not
 * pay for it.
 */
import type { SyncCheckpoint, SyncOptions, SyncResult } from '../core/sync/index.js';
import { windowedSync } from '../core/sync/windowed-sync.js';
import type { CallOptions } from '../core/options.js';
import type { Order } from './schemas/order.js';
import type { ShopOrders } from './resources/orders.js';

/** Where an order sync stands: plain JSON, saved after each batch (see {@link SyncCheckpoint}). */
export type OrderSyncCheckpoint = SyncCheckpoint;

/**
 * Options of `shop.orders.sync`: the sync's own (store, key, window, `onBatch`) and the call options of every
 * Get Order List request it sends (`timeout`, `maxRetries`, `deadline`, `headers`).
 */
export interface OrderSyncOptions extends SyncOptions<Order>, Omit<CallOptions, 'signal' | 'extraQuery'> {
  /** Default `tiktok-shop:orders:<shop cipher>`. */
  key?: string;
}

/** What `shop.orders.sync` did: counts, how far it caught up, and the last checkpoint saved. */
export type OrderSyncResult = SyncResult;

/** @internal Runs the sync for `orders` (one shop). */
export function syncOrders(orders: ShopOrders, cipher: string, options: OrderSyncOptions): Promise<OrderSyncResult> {
  const { timeout, maxRetries, deadline, headers } = options;
  const call: CallOptions = { timeout, maxRetries, deadline, headers };
  return windowedSync<Order>(
    {
      name: 'TikTok Shop orders.sync',
      async fetch({ ge, lt, cursor, pageSize, signal }) {
        const page = await orders.search(
          { update_time_ge: ge, update_time_lt: lt, sort_field: 'update_time', sort_order: 'ASC', page_size: pageSize },
          { ...call, signal, cursor },
        );
        return { items: page.items, nextCursor: page.nextCursor, total: page.data.total_count };
      },
      id: (order) => order.id,
      updateTime: (order) => order.update_time,
    },
    options.key ?? `tiktok-shop:orders:${cipher}`,
    options,
  );
}
