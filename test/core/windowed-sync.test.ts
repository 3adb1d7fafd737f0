/**
 * The core sync engine against a table that pages like the TikTok Shop search (offset tokens over a sorted,
 * filtered result), but with the server behaviours the emulator does not have: no count, a count that is always
 * off, and an item whose body is newer than the index it was found by.
 */
import { describe, expect, it } from 'vitest';
import { AbortError } from '../../src/core/errors/index.js';
import { MemoryCheckpointStore, type SyncCheckpoint } from '../../src/core/sync/index.js';
import { windowedSync, type SyncSource } from '../../src/core/sync/windowed-sync.js';

interface Row {
  id: string;
  /** The update time the server filters and sorts by. */
  indexed: number;
  /** The update time the server returns (newer when the order changed after it was indexed). */
  t?: number;
}

function table(rows: Row[], count: (real: number) => number | undefined) {
  const requests: { ge: number; lt: number; cursor: unknown }[] = [];
  const source: SyncSource<Row> = {
    name: 'test rows.sync',
    fetch({ ge, lt, cursor, pageSize }) {
      requests.push({ ge, lt, cursor });
      const selected = rows.filter((r) => r.indexed >= ge && r.indexed < lt).sort((a, b) => a.indexed - b.indexed);
      const offset = cursor === null ? 0 : Number(cursor);
      const items = selected.slice(offset, offset + pageSize).map((r) => ({ ...r }));
      const end = offset + items.length;
      return Promise.resolve({ items, nextCursor: end < selected.length ? String(end) : null, total: count(selected.length) });
    },
    id: (r) => r.id,
    updateTime: (r) => r.t ?? r.indexed,
  };
  return { source, requests };
}

/** 30 rows in the second 100, then one row a second from 200. */
function crowded(): Row[] {
  return [
    ...Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, indexed: 100 })),
    ...Array.from({ length: 10 }, (_, i) => ({ id: `r${i}`, indexed: 200 + i })),
  ];
}

async function sync(source: SyncSource<Row>, onPage?: (rows: Row[], checkpoint: SyncCheckpoint) => void) {
  const delivered: Row[] = [];
  const result = await windowedSync(source, 'k', {
    store: new MemoryCheckpointStore<SyncCheckpoint>(),
    safetyLagSeconds: 0,
    pageSize: 10,
    now: () => 1_000,
    onBatch(rows, checkpoint) {
      delivered.push(...rows);
      onPage?.(rows, checkpoint);
    },
  });
  return { delivered, result };
}

describe('windowedSync: a crowded second on servers the emulator does not imitate', () => {
  it('without a count: passes over the second until one finds nothing new, losing no row that stayed', async () => {
    const rows = crowded();
    const { source, requests } = table(rows, () => undefined);
    let moved = false;
    const { delivered } = await sync(source, (_, checkpoint) => {
      if (moved || checkpoint.cursor === null) return;
      moved = true; // mid-pass, a row of the second already read leaves it: the pass's next page skips one row
      rows.find((r) => r.id === 'c1')!.indexed = 5_000;
    });
    expect(moved).toBe(true);
    const ids = new Set(delivered.map((r) => r.id));
    for (const r of rows.filter((r) => r.indexed < 1_000)) expect(ids.has(r.id), r.id).toBe(true);
    expect(requests.filter((q) => q.ge === 100 && q.lt === 101 && q.cursor === null)).toHaveLength(3);
  });

  it('with a count that is always off: stops after three passes that find nothing new', async () => {
    const { source, requests } = table(crowded(), (real) => real + 5);
    const { delivered } = await sync(source);
    expect(new Set(delivered.map((r) => r.id)).size).toBe(40);
    expect(delivered).toHaveLength(40);
    expect(requests.filter((q) => q.ge === 100 && q.lt === 101 && q.cursor === null)).toHaveLength(3);
  });
});

describe('windowedSync: positions and bounds', () => {
  it('does not move past unread rows on a row whose body is newer than the window (updated after indexing)', async () => {
    const rows: Row[] = [
      { id: 'x', indexed: 50 },
      { id: 'a', indexed: 100, t: 10_000 },
      { id: 'b', indexed: 120 },
      { id: 'c', indexed: 130 },
    ];
    const { source } = table(rows, (n) => n);
    const delivered: string[] = [];
    await windowedSync(source, 'k', {
      store: new MemoryCheckpointStore<SyncCheckpoint>(),
      safetyLagSeconds: 0,
      pageSize: 2,
      now: () => 1_000,
      onBatch: (batch) => void delivered.push(...batch.map((r) => r.id)),
    });
    expect(delivered.sort()).toEqual(['a', 'b', 'c', 'x']);
  });

  it('reads [since, until) and reports it caught up to until', async () => {
    const { source, requests } = table(crowded(), (n) => n);
    const delivered: Row[] = [];
    const result = await windowedSync(source, 'k', {
      store: new MemoryCheckpointStore<SyncCheckpoint>(),
      since: 150,
      until: 205,
      safetyLagSeconds: 0,
      now: () => 1_000,
      onBatch: (batch) => void delivered.push(...batch),
    });
    expect(delivered.map((r) => r.indexed)).toEqual([200, 201, 202, 203, 204]);
    expect(requests[0]).toMatchObject({ ge: 150, lt: 205 });
    expect(result.caughtUpTo).toBe(205);
    expect(result.checkpoint.window).toEqual({ start: 150, end: null }); // the overlap (300 s) stops at since
  });

  it('an aborted signal stops it before its first request', async () => {
    const { source, requests } = table(crowded(), (n) => n);
    const run = windowedSync(source, 'k', {
      store: new MemoryCheckpointStore<SyncCheckpoint>(),
      signal: AbortSignal.abort(),
      onBatch: () => undefined,
    });
    await expect(run).rejects.toBeInstanceOf(AbortError);
    expect(requests).toHaveLength(0);
  });
});
