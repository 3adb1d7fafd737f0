/**
 * What every CheckpointStore must do, run against each one (memory, JSON file, Redis), and a sync that crashes and
 * resumes through the store from a new store object (as a restarted worker would build it).
 */
import { expect, it } from 'vitest';
import type { CheckpointStore, SyncCheckpoint } from '../../src/core/sync/index.js';
import { TIKTOK_SHOP_TEST_SHOP_CIPHER as CIPHER } from '../../src/testing/tiktok-shop/index.js';
import { setup } from '../tiktok-shop/helpers.js';
import { syncOptions, truth, UpsertSink } from '../tiktok-shop/order-sync-helpers.js';

/** A checkpoint with every field in use, large enough that a torn write would not parse. */
export function sampleCheckpoint(n: number): SyncCheckpoint {
  const seen: Record<string, number> = {};
  for (let i = 0; i < 500; i++) seen[String(576461413038785752n + BigInt(i))] = 1_700_000_000 + n;
  return {
    version: 1,
    window: { start: 1_699_000_000, end: 1_700_000_000 + n },
    position: 1_699_500_000 + n,
    cursor: 'b2Zmc2V0OjUw',
    run: { pass: 1, read: n, total: 130, fresh: 2 },
    highWater: 1_699_500_000 + n,
    caughtUpTo: 1_699_000_600,
    seen,
  };
}

export function checkpointStoreContract(make: () => CheckpointStore<SyncCheckpoint>) {
  it('loads undefined for a key never saved, the value last saved, and undefined again once deleted', async () => {
    const store = make();
    expect(await store.load('tiktok-shop:orders:none')).toBeUndefined();
    await store.save('tiktok-shop:orders:a', sampleCheckpoint(1));
    await store.save('tiktok-shop:orders:a', sampleCheckpoint(2));
    await store.save('tiktok-shop:orders:b', sampleCheckpoint(3));
    expect(await make().load('tiktok-shop:orders:a')).toEqual(sampleCheckpoint(2));
    expect(await store.load('tiktok-shop:orders:b')).toEqual(sampleCheckpoint(3));
    await store.delete('tiktok-shop:orders:a');
    await store.delete('tiktok-shop:orders:a'); // deleting a missing key is not an error
    expect(await store.load('tiktok-shop:orders:a')).toBeUndefined();
    expect(await store.load('tiktok-shop:orders:b')).toEqual(sampleCheckpoint(3));
  });

  it('keeps what was saved, not the object: changing it after save changes nothing', async () => {
    const store = make();
    const cp = sampleCheckpoint(4);
    await store.save('k', cp);
    (cp.window as { start: number }).start = 0;
    expect((await store.load('k'))!.window.start).toBe(1_699_000_000);
  });

  it('never hands a reader half a checkpoint while saves of the same key go on', async () => {
    const store = make();
    await store.save('busy', sampleCheckpoint(0));
    const reads: Promise<SyncCheckpoint | undefined>[] = [];
    const writes: Promise<void>[] = [];
    for (let i = 1; i <= 40; i++) {
      writes.push(store.save('busy', sampleCheckpoint(i)));
      reads.push(make().load('busy'));
    }
    await Promise.all(writes);
    for (const cp of await Promise.all(reads)) expect(Object.keys(cp!.seen)).toHaveLength(500);
  });

  it('resumes an order sync after a crash, from a new store object, with the sink ending complete', async () => {
    const { emu, shop } = setup({}, { orderCount: 120 });
    const sink = new UpsertSink();
    const key = `test:${CIPHER}`;
    const crash = syncOptions(emu, make(), sink, {
      key,
      pageSize: 20,
      onBatch(orders, checkpoint) {
        if (sink.batches.length === 3) throw new Error('worker killed');
        sink.batches.push({ orders, checkpoint });
        sink.upsert(orders);
      },
    });
    await expect(shop.orders.sync(crash)).rejects.toThrow('worker killed');
    const restarted = make();
    expect(await restarted.load(key)).toEqual(sink.batches[2]!.checkpoint);
    const acked = sink.deliveries().length;
    const result = await shop.orders.sync(syncOptions(emu, restarted, sink, { key, pageSize: 20 }));
    expect(result.delivered).toBe(120 - acked);
    expect(sink.rows).toEqual(truth(emu));
    await restarted.delete(key);
  });
}
