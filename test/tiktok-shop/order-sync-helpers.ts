/** Shared by the order sync tests: a sink that upserts by order id, and the emulator's orders to compare it with. */
import type { CheckpointStore, SyncCheckpoint } from '../../src/core/sync/index.js';
import { TIKTOK_SHOP_TEST_OPEN_ID, TIKTOK_SHOP_TEST_SHOP_CIPHER } from '../../src/testing/tiktok-shop/index.js';
import type { Order, OrderSyncOptions } from '../../src/tiktok-shop/index.js';
import type { setup } from './helpers.js';

export type Emulator = ReturnType<typeof setup>['emu'];

/** What the sink keeps of an order: enough to tell one version from another. */
export interface Row {
  update_time: number;
  status: string;
}

/**
 * A table keyed by order id, written by upsert, as a sync's user would keep it. It also records every delivery
 * (including those of batches it then fails), to count replays.
 */
export class UpsertSink {
  readonly rows = new Map<string, Row>();
  /** Every batch `onBatch` received, in order, with the checkpoint it came with. */
  readonly batches: { orders: Order[]; checkpoint: SyncCheckpoint }[] = [];

  upsert(orders: readonly Order[]): void {
    for (const o of orders) {
      const before = this.rows.get(o.id);
      // An upsert that never goes back in time: the state a database would keep with `WHERE update_time <=`.
      if (!before || before.update_time <= o.update_time!)
        this.rows.set(o.id, { update_time: o.update_time!, status: o.status! });
    }
  }

  /** Every (id, update_time) delivered, in delivery order. */
  deliveries(): string[] {
    return this.batches.flatMap((b) => b.orders.map((o) => `${o.id}@${o.update_time}`));
  }
}

/** The emulator's own orders of the default shop, as the sink should end up holding them. */
export function truth(emu: Emulator, cipher = TIKTOK_SHOP_TEST_SHOP_CIPHER): Map<string, Row> {
  const shop = emu.state.shopOf(TIKTOK_SHOP_TEST_OPEN_ID, cipher)!;
  return new Map(shop.orders.map((o) => [o.id, { update_time: o.update_time!, status: o.status! }]));
}

/** The emulator's orders sorted by update time, oldest first: the order in which a sync reads them. */
export function ordersByUpdate(emu: Emulator, cipher = TIKTOK_SHOP_TEST_SHOP_CIPHER): Order[] {
  const shop = emu.state.shopOf(TIKTOK_SHOP_TEST_OPEN_ID, cipher)!;
  return [...shop.orders].sort((a, b) => a.update_time! - b.update_time!);
}

/** Options for a sync against the emulator: its clock, no safety lag (it indexes at once), small pages. */
export function syncOptions(
  emu: Emulator,
  store: CheckpointStore<SyncCheckpoint>,
  sink: UpsertSink,
  more: Partial<OrderSyncOptions> = {},
): OrderSyncOptions {
  return {
    store,
    since: 0,
    safetyLagSeconds: 0,
    overlapSeconds: 600,
    pageSize: 50,
    now: () => emu.state.nowSeconds(),
    onBatch(orders, checkpoint) {
      sink.batches.push({ orders, checkpoint });
      sink.upsert(orders);
    },
    ...more,
  };
}

/** A deterministic pick of `n` distinct items (no Math.random: a failure must replay). */
export function pick<T>(items: readonly T[], n: number, seed: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  let x = seed;
  while (out.length < n && pool.length > 0) {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    out.push(pool.splice(x % pool.length, 1)[0]!);
  }
  return out;
}
