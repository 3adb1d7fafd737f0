/**
 * `shop.orders.sync` against the emulator: every order delivered with its latest state, orders updated while the
 * sync runs, a crash or an abort at every batch, windows with overlap, and more than a page of orders in one second.
 */
import { describe, expect, it } from 'vitest';
import { AbortError, ConfigurationError, SdkError } from '../../src/core/errors/index.js';
import { MemoryCheckpointStore, type SyncCheckpoint } from '../../src/core/sync/index.js';
import { TIKTOK_SHOP_TEST_SHOP_CIPHER as CIPHER } from '../../src/testing/tiktok-shop/index.js';
import { SEARCH_PATH, setup } from './helpers.js';
import { ordersByUpdate, pick, syncOptions, truth, UpsertSink, type Emulator } from './order-sync-helpers.js';

/**
 * The crash tests' shop: 150 orders, read 20 at a time, so that a crash can hit each of about 8 batches. Its data
 * is dated from one pinned instant, so that every emulator of a test holds the same orders as the reference run's.
 */
const small = { orderCount: 150, now: new Date(Date.now() - 3_600_000) };
const smallPages = { pageSize: 20 };

/** One uninterrupted sync of a fresh emulator: the sink every interrupted run must end up equal to. */
async function reference() {
  const { emu, shop } = setup({}, small);
  const sink = new UpsertSink();
  const result = await shop.orders.sync(syncOptions(emu, new MemoryCheckpointStore(), sink, smallPages));
  return { sink, result };
}

/** Search requests the emulator received, as the (body, query) the sync sent. */
function searches(emu: Emulator) {
  return emu.faults.requests('POST', SEARCH_PATH).map((r) => ({
    body: JSON.parse(r.body) as { update_time_ge: number; update_time_lt: number },
    query: new URL(r.url).searchParams,
  }));
}

describe('shop.orders.sync: one run', () => {
  it('delivers every order once, oldest update first, and asks by update time, ascending, in [ge, lt)', async () => {
    const { emu, shop } = setup();
    const sink = new UpsertSink();
    const store = new MemoryCheckpointStore<SyncCheckpoint>();
    const now = emu.state.nowSeconds();
    const result = await shop.orders.sync(syncOptions(emu, store, sink, { now: () => now }));

    expect(sink.rows).toEqual(truth(emu));
    const delivered = sink.deliveries();
    expect(delivered).toHaveLength(500);
    expect(new Set(delivered).size).toBe(500);
    const times = sink.batches.flatMap((b) => b.orders.map((o) => o.update_time!));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(result).toMatchObject({ delivered: 500, batches: sink.batches.length, windows: 1 });
    expect(result.requests).toBe(searches(emu).length);

    const [first] = searches(emu);
    expect(first!.body).toEqual({ update_time_ge: 0, update_time_lt: now });
    expect(first!.query.get('sort_field')).toBe('update_time');
    expect(first!.query.get('sort_order')).toBe('ASC');
    expect(first!.query.get('page_size')).toBe('50');
    // Each later request starts a fresh query where the last page ended; none is paged by offset.
    expect(searches(emu).every((s) => s.query.get('page_token') === null)).toBe(true);
  });

  it('sends the call options it is given with every request, and retries a failed page as a read', async () => {
    const { emu, shop } = setup();
    emu.faults.add({ path: SEARCH_PATH, kind: 'status', status: 503, times: 1 });
    const sink = new UpsertSink();
    const result = await shop.orders.sync(
      syncOptions(emu, new MemoryCheckpointStore(), sink, { headers: { 'x-job': 'sync-7' } }),
    );
    const sent = emu.faults.requests('POST', SEARCH_PATH);
    expect(sent.length).toBe(result.requests + 1); // the 503 was retried by the client, not seen by the sync
    expect(sent.every((r) => r.headers['x-job'] === 'sync-7')).toBe(true);
    expect(sink.rows).toEqual(truth(emu));
  });

  it('saves, under tiktok-shop:orders:<cipher>, the checkpoint each batch was handed, once the batch is done', async () => {
    const { emu, shop } = setup();
    const sink = new UpsertSink();
    const store = new MemoryCheckpointStore<SyncCheckpoint>();
    const saved: (SyncCheckpoint | undefined)[] = [];
    const result = await shop.orders.sync(
      syncOptions(emu, store, sink, {
        async onBatch(orders, checkpoint) {
          saved.push(await store.load(`tiktok-shop:orders:${CIPHER}`)); // still the previous one while the batch runs
          sink.batches.push({ orders, checkpoint });
        },
      }),
    );
    expect(store.keys()).toEqual([`tiktok-shop:orders:${CIPHER}`]);
    expect(saved[0]).toBeUndefined();
    for (let i = 1; i < saved.length; i++) expect(saved[i]).toEqual(sink.batches[i - 1]!.checkpoint);
    const last = await store.load(`tiktok-shop:orders:${CIPHER}`);
    expect(last).toEqual(result.checkpoint);
    expect(JSON.parse(JSON.stringify(last))).toEqual(last); // plain JSON
    expect(last).toMatchObject({ version: 1, window: { end: null }, cursor: null, run: null, caughtUpTo: result.caughtUpTo });
  });

  it('resumes from the store: a second run delivers only what changed since, a third drops the overlap it re-reads', async () => {
    const { emu, shop } = setup();
    const sink = new UpsertSink();
    const store = new MemoryCheckpointStore<SyncCheckpoint>();
    await shop.orders.sync(syncOptions(emu, store, sink));
    emu.state.setClockOffset(3_600_000); // an hour later: every order of the data set is older than the overlap
    const changed = pick(ordersByUpdate(emu), 3, 7).map((o) => emu.state.updateOrder(CIPHER, o.id, { status: 'CANCELLED' }).id);
    emu.state.setClockOffset(3_605_000);
    const before = sink.batches.length;
    const second = await shop.orders.sync(syncOptions(emu, store, sink));
    expect(
      sink.batches
        .slice(before)
        .flatMap((b) => b.orders.map((o) => o.id))
        .sort(),
    ).toEqual(changed.sort());
    expect(second).toMatchObject({ delivered: 3, windows: 1 });
    expect(sink.rows).toEqual(truth(emu));

    emu.state.setClockOffset(3_610_000);
    const third = await shop.orders.sync(syncOptions(emu, store, sink)); // the 3 are inside its 600 s overlap
    expect(third).toMatchObject({ delivered: 0, duplicates: 3, batches: 0, requests: 1 });
    expect(third.caughtUpTo).toBeGreaterThan(second.caughtUpTo!);
  });

  it('reads in windows no longer than windowSeconds, each re-reading the overlap before it, and delivers each version once', async () => {
    const { emu, shop } = setup();
    const sink = new UpsertSink();
    const since = ordersByUpdate(emu)[0]!.update_time! - 1;
    const until = ordersByUpdate(emu).at(-1)!.update_time! + 1;
    const result = await shop.orders.sync(
      syncOptions(emu, new MemoryCheckpointStore(), sink, { since, until, windowSeconds: 3 * 86_400, overlapSeconds: 7_200 }),
    );
    expect(result.caughtUpTo).toBe(until);
    // Windows of 3 days, each starting 2 hours before the previous one's end, until one reaches `until`.
    const [w, o] = [3 * 86_400, 7_200];
    expect(result.windows).toBe(1 + Math.ceil(Math.max(0, until - since - w) / (w - o)));
    expect(result.windows).toBeGreaterThan(5);
    expect(result.duplicates).toBeGreaterThan(0);
    expect(new Set(sink.deliveries()).size).toBe(sink.deliveries().length);
    expect(sink.rows).toEqual(truth(emu));
    for (const s of searches(emu)) expect(s.body.update_time_lt - s.body.update_time_ge).toBeLessThanOrEqual(3 * 86_400);
  });
});

describe('shop.orders.sync: whose clock', () => {
  it("closes windows by TikTok's clock as the client learned it, not by a host clock that runs behind", async () => {
    const { emu, shop } = setup();
    emu.state.setClockOffset(3_600_000); // the server is an hour ahead: the first call learns the skew
    await shop.orders.search({ page_size: 1 });
    const order = emu.state.updateOrder(CIPHER, ordersByUpdate(emu)[0]!.id, {
      status: 'CANCELLED',
      update_time: emu.state.nowSeconds() - 10, // closed on the server's clock
    });
    expect(order.update_time).toBeGreaterThan(Date.now() / 1000 + 3_000); // later than the host's now
    const sink = new UpsertSink();
    const { now: _emulatorClock, ...options } = syncOptions(emu, new MemoryCheckpointStore(), sink);
    const result = await shop.orders.sync({ ...options, safetyLagSeconds: 0 });
    expect(sink.rows.get(order.id)).toEqual({ update_time: order.update_time, status: 'CANCELLED' });
    expect(result.caughtUpTo).toBeGreaterThan(order.update_time!);
  });
});

describe('shop.orders.sync: orders updated while it runs', () => {
  it('shows the hazard it avoids: page-token paging by update time loses an unchanged order when another one moves', async () => {
    const { emu, shop } = setup();
    const seen = new Set<string>();
    let first = true;
    for await (const page of shop.orders
      .search({ update_time_lt: emu.state.nowSeconds(), sort_field: 'update_time', sort_order: 'ASC', page_size: 50 })
      .pages()) {
      for (const o of page.items) seen.add(o.id);
      if (first) {
        first = false;
        // An order already read moves out of the query: every order after it shifts one place back.
        emu.state.updateOrder(CIPHER, page.items[0]!.id);
      }
    }
    const lost = ordersByUpdate(emu).filter((o) => !seen.has(o.id));
    expect(lost).toHaveLength(1);
    expect(lost[0]!.update_time).toBeLessThan(emu.state.nowSeconds() - 86_400); // unchanged, and never read
  });

  it('delivers every order with its latest state: those updated before caughtUpTo at once, the rest on the next run', async () => {
    const { emu, shop } = setup();
    const sink = new UpsertSink();
    const store = new MemoryCheckpointStore<SyncCheckpoint>();
    const touched = new Set<string>();
    const first = await shop.orders.sync(
      syncOptions(emu, store, sink, {
        onBatch(orders, checkpoint) {
          sink.batches.push({ orders, checkpoint });
          sink.upsert(orders);
          if (sink.batches.length > 4) return;
          const delivered = new Set(sink.rows.keys());
          const unread = ordersByUpdate(emu).filter((o) => !delivered.has(o.id));
          // Orders not read yet (they leave the window, shifting the ones after them) and orders already delivered.
          for (const o of [...pick(unread, 6, sink.batches.length), ...pick(orders, 2, sink.batches.length)]) {
            emu.state.updateOrder(CIPHER, o.id, { status: 'CANCELLED' });
            touched.add(o.id);
          }
        },
      }),
    );
    expect(touched.size).toBeGreaterThan(20);
    // Every order whose latest update is before caughtUpTo is in the sink, at that update.
    const settled = [...truth(emu)].filter(([, row]) => row.update_time < first.caughtUpTo!);
    expect(settled.length).toBeGreaterThan(400);
    for (const [id, row] of settled) expect(sink.rows.get(id), id).toEqual(row);
    // The others were all updated during the run (at or after caughtUpTo): the next run delivers them.
    for (const [id] of [...truth(emu)].filter(([, row]) => row.update_time >= first.caughtUpTo!))
      expect(touched.has(id)).toBe(true);

    emu.state.setClockOffset(5_000); // the updates' second closes: the next run reads it
    const final = await shop.orders.sync(syncOptions(emu, store, sink));
    expect(sink.rows).toEqual(truth(emu));
    expect(final.caughtUpTo).toBeGreaterThan(Math.max(...[...truth(emu).values()].map((r) => r.update_time)));
  });
});

describe('shop.orders.sync: crash and resume', () => {
  it('a throw in onBatch at any batch: resuming replays that batch only, and the sink ends as after one run', async () => {
    const ref = await reference();
    const count = ref.sink.batches.length;
    expect(count).toBeGreaterThanOrEqual(8);
    for (let k = 1; k <= count; k++) {
      const { emu, shop } = setup({}, small);
      const store = new MemoryCheckpointStore<SyncCheckpoint>();
      const sink = new UpsertSink();
      let failed: string[] = [];
      const crash = syncOptions(emu, store, sink, {
        ...smallPages,
        onBatch(orders, checkpoint) {
          if (sink.batches.length === k - 1) {
            failed = orders.map((o) => `${o.id}@${o.update_time}`);
            throw new Error('sink down');
          }
          sink.batches.push({ orders, checkpoint });
          sink.upsert(orders);
        },
      });
      await expect(shop.orders.sync(crash)).rejects.toThrow('sink down');
      expect(await store.load(`tiktok-shop:orders:${CIPHER}`)).toEqual(sink.batches.at(-1)?.checkpoint);

      const acked = new Set(sink.deliveries());
      const before = sink.batches.length;
      await shop.orders.sync(syncOptions(emu, store, sink, smallPages));
      const resumed = sink.batches.slice(before).flatMap((b) => b.orders.map((o) => `${o.id}@${o.update_time}`));
      expect(resumed.slice(0, failed.length), `crash at batch ${k}`).toEqual(failed);
      expect(
        resumed.filter((d) => acked.has(d)),
        `crash at batch ${k}`,
      ).toEqual([]);
      expect(sink.rows, `crash at batch ${k}`).toEqual(ref.sink.rows);
    }
  });

  it('an abort at any batch stops before the next request, and resuming replays nothing', async () => {
    const ref = await reference();
    for (let k = 1; k < ref.sink.batches.length; k++) {
      const { emu, shop } = setup({}, small);
      const store = new MemoryCheckpointStore<SyncCheckpoint>();
      const sink = new UpsertSink();
      const controller = new AbortController();
      const run = syncOptions(emu, store, sink, {
        ...smallPages,
        signal: controller.signal,
        onBatch(orders, checkpoint) {
          sink.batches.push({ orders, checkpoint });
          sink.upsert(orders);
          if (sink.batches.length === k) controller.abort();
        },
      });
      await expect(shop.orders.sync(run)).rejects.toBeInstanceOf(AbortError);
      const acked = new Set(sink.deliveries());
      const before = sink.batches.length;
      expect(before).toBe(k);
      await shop.orders.sync(syncOptions(emu, store, sink, smallPages));
      const resumed = sink.batches.slice(before).flatMap((b) => b.orders.map((o) => `${o.id}@${o.update_time}`));
      expect(
        resumed.filter((d) => acked.has(d)),
        `abort at batch ${k}`,
      ).toEqual([]);
      expect(sink.rows, `abort at batch ${k}`).toEqual(ref.sink.rows);
    }
  });

  it('a crash while orders are updated, then resume and a final pass: the sink holds every order at its latest', async () => {
    const { emu, shop } = setup();
    const store = new MemoryCheckpointStore<SyncCheckpoint>();
    const sink = new UpsertSink();
    const crash = syncOptions(emu, store, sink, {
      onBatch(orders, checkpoint) {
        const unread = ordersByUpdate(emu).filter((o) => !sink.rows.has(o.id));
        for (const o of pick(unread, 4, sink.batches.length + 1)) emu.state.updateOrder(CIPHER, o.id, { status: 'IN_TRANSIT' });
        if (sink.batches.length === 5) throw new Error('worker killed');
        sink.batches.push({ orders, checkpoint });
        sink.upsert(orders);
      },
    });
    await expect(shop.orders.sync(crash)).rejects.toThrow('worker killed');
    await shop.orders.sync(syncOptions(emu, store, sink));
    emu.state.setClockOffset(5_000);
    await shop.orders.sync(syncOptions(emu, store, sink));
    expect(sink.rows).toEqual(truth(emu));
  });
});

describe('shop.orders.sync: more than a page of orders in one second', () => {
  const T = 1_650_000_000; // before every generated order: the first second the sync reads

  it('pages that second by token, and reads it again when an order leaves it mid-pass', async () => {
    const { emu, shop } = setup();
    for (const o of pick(ordersByUpdate(emu), 130, 3)) emu.state.updateOrder(CIPHER, o.id, { update_time: T });
    const sink = new UpsertSink();
    const store = new MemoryCheckpointStore<SyncCheckpoint>();
    let moved = false;
    await shop.orders.sync(
      syncOptions(emu, store, sink, {
        onBatch(orders, checkpoint) {
          sink.batches.push({ orders, checkpoint });
          sink.upsert(orders);
          if (!moved && checkpoint.run !== null && checkpoint.cursor !== null) {
            moved = true; // an order of the second, not read yet, is updated: the rest of the pass shifts back
            const unread = ordersByUpdate(emu).filter((o) => o.update_time === T && !sink.rows.has(o.id));
            emu.state.updateOrder(CIPHER, unread.at(-1)!.id, { status: 'CANCELLED' });
          }
        },
      }),
    );
    expect(moved).toBe(true);
    const passes = searches(emu).filter((s) => s.body.update_time_ge === T && s.body.update_time_lt === T + 1);
    expect(passes.filter((s) => s.query.get('page_token') === null).length).toBe(2); // the second pass is whole
    expect(new Set(sink.deliveries()).size).toBe(sink.deliveries().length);
    emu.state.setClockOffset(5_000);
    await shop.orders.sync(syncOptions(emu, store, sink));
    expect(sink.rows).toEqual(truth(emu));
  });

  it('a crash inside that second: the next run reads the second again from its start, and replays only the failed batch', async () => {
    const { emu, shop } = setup();
    for (const o of pick(ordersByUpdate(emu), 130, 3)) emu.state.updateOrder(CIPHER, o.id, { update_time: T });
    const sink = new UpsertSink();
    const store = new MemoryCheckpointStore<SyncCheckpoint>();
    let failed: string[] = [];
    const crash = syncOptions(emu, store, sink, {
      onBatch(orders, checkpoint) {
        if (sink.batches.at(-1)?.checkpoint.cursor) {
          failed = orders.map((o) => `${o.id}@${o.update_time}`); // the second page of the token pass
          throw new Error('worker killed');
        }
        sink.batches.push({ orders, checkpoint });
        sink.upsert(orders);
      },
    });
    await expect(shop.orders.sync(crash)).rejects.toThrow('worker killed');
    expect((await store.load(`tiktok-shop:orders:${CIPHER}`))!.cursor).not.toBeNull();
    const acked = new Set(sink.deliveries());
    const before = sink.batches.length;
    const requests = emu.faults.count('POST', SEARCH_PATH);
    await shop.orders.sync(syncOptions(emu, store, sink));
    const restart = emu.faults.requests('POST', SEARCH_PATH)[requests]!;
    expect(new URL(restart.url).searchParams.get('page_token')).toBeNull(); // the saved token is not reused
    const resumed = sink.batches.slice(before).flatMap((b) => b.orders.map((o) => `${o.id}@${o.update_time}`));
    expect(resumed.slice(0, failed.length)).toEqual(failed);
    expect(resumed.filter((d) => acked.has(d))).toEqual([]);
    expect(sink.rows).toEqual(truth(emu));
  });

  it('needs one pass when nothing moves', async () => {
    const { emu, shop } = setup();
    for (const o of pick(ordersByUpdate(emu), 130, 3)) emu.state.updateOrder(CIPHER, o.id, { update_time: T });
    const sink = new UpsertSink();
    await shop.orders.sync(syncOptions(emu, new MemoryCheckpointStore(), sink));
    const passes = searches(emu).filter((s) => s.body.update_time_ge === T && s.body.update_time_lt === T + 1);
    expect(passes.filter((s) => s.query.get('page_token') === null).length).toBe(1);
    expect(sink.rows).toEqual(truth(emu));
  });
});

describe('shop.orders.sync: refusals', () => {
  it('refuses a checkpoint it cannot read, and says how to start again', async () => {
    const { emu, shop } = setup();
    const store = new MemoryCheckpointStore<SyncCheckpoint>();
    await store.save(`tiktok-shop:orders:${CIPHER}`, { version: 2 } as unknown as SyncCheckpoint);
    const sync = shop.orders.sync(syncOptions(emu, store, new UpsertSink()));
    await expect(sync).rejects.toBeInstanceOf(SdkError);
    await expect(sync).rejects.toThrow(/version 2.*store\.delete\(key\)/);
  });

  it('refuses a window no longer than its overlap, and a page size above 100, before sending anything', async () => {
    const { emu, shop } = setup();
    const store = new MemoryCheckpointStore<SyncCheckpoint>();
    const sink = new UpsertSink();
    await expect(shop.orders.sync(syncOptions(emu, store, sink, { windowSeconds: 600 }))).rejects.toBeInstanceOf(
      ConfigurationError,
    );
    await expect(shop.orders.sync(syncOptions(emu, store, sink, { pageSize: 101 }))).rejects.toThrow(/pageSize/);
    expect(searches(emu)).toHaveLength(0);
  });
});
