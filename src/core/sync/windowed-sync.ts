import { AbortError, ConfigurationError } from '../errors/index.js';
import type { PageCursor } from '../cursors.js';
import { checkCheckpoint, initialCheckpoint, type SyncCheckpoint } from './checkpoint.js';
import type { CheckpointStore } from './checkpoint-store.js';

/** One request of a sync: items with `ge <= update time < lt`, oldest update first, from `cursor` (or the start). */
export interface SyncQuery {
  readonly ge: number;
  readonly lt: number;
  readonly cursor: PageCursor | null;
  readonly pageSize: number;
  readonly signal: AbortSignal | undefined;
}

/** What a source hands back for a {@link SyncQuery}: one page, its next-page cursor and the server's count. */
export interface SyncPage<T> {
  readonly items: readonly T[];
  /** `null` when the query has no more items. */
  readonly nextCursor: PageCursor | null;
  /** How many items the server counts for the whole query, if it says. */
  readonly total: number | undefined;
}

/** @internal What an API plugs into {@link windowedSync}: one page fetch and how to read an item's id and time. */
export interface SyncSource<T> {
  /** Names the sync in errors, e.g. `'TikTok Shop orders.sync'`. */
  readonly name: string;
  fetch(query: SyncQuery): Promise<SyncPage<T>>;
  id(item: T): string;
  /** The item's update time in unix seconds, or `undefined` if the server left it out. */
  updateTime(item: T): number | undefined;
}

/** Options every incremental sync takes (TikTok Shop `shop.orders.sync`). */
export interface SyncOptions<T> {
  /** Where the checkpoint is loaded from and saved to, after each batch. */
  store: CheckpointStore<SyncCheckpoint>;
  /** The key of this sync's checkpoint in `store`. A second sync with the same store and key resumes. */
  key?: string;
  /** Unix seconds: where a first run starts (no checkpoint under the key). Default 0: the whole history. */
  since?: number;
  /**
   * Unix seconds: read up to this update time (exclusive) and stop. Default, and at most: now minus
   * `safetyLagSeconds`, taken when the sync starts (a window is read only once the server can no longer add items
   * to it; what is updated after the sync started is for the next sync).
   */
  until?: number;
  /**
   * Longest window in seconds. Default: none (one window up to `until`). Must be longer than `overlapSeconds`.
   * Each window costs at least one request, even an empty one: with a `since` years back, keep the default.
   */
  windowSeconds?: number;
  /**
   * Seconds each window re-reads before the previous window's end, for updates the server indexed late. Items
   * read again unchanged are dropped (by id and update time). Default 300.
   */
  overlapSeconds?: number;
  /**
   * Seconds behind now that a window must end, so that the server has finished writing it. Default 60.
   */
  safetyLagSeconds?: number;
  /** Items per request, 1-100. Default 100. */
  pageSize?: number;
  /**
   * Receives each batch (one page, duplicates removed; never empty) with the checkpoint that will be saved once
   * this resolves. Throw to stop the sync: the batch was not saved and the next sync delivers it again.
   */
  onBatch(items: T[], checkpoint: SyncCheckpoint): Promise<void> | void;
  /** Stops the sync before its next request; the last saved checkpoint stays. */
  signal?: AbortSignal;
  /**
   * Unix seconds now. Default: the API's clock as the client knows it (TikTok Shop: the local clock corrected by
   * the skew learned from timestamp errors). Tests pass the emulator's.
   */
  now?: () => number;
}

/** What a sync did, and where it stands. */
export interface SyncResult {
  /** Items handed to `onBatch`. */
  delivered: number;
  /** Items read again unchanged (the overlap, the edge second) and not delivered. */
  duplicates: number;
  /** Calls of `onBatch`. */
  batches: number;
  /** Requests sent. */
  requests: number;
  /** Windows opened by this sync (a resumed window counts too). */
  windows: number;
  /** Every update before this unix time has been delivered: the end of the last window read whole (`null`: none yet). */
  caughtUpTo: number | null;
  /** The checkpoint saved last (or loaded, if nothing was read). */
  checkpoint: SyncCheckpoint;
}

const DEFAULT_OVERLAP = 300; // inferred: the vendor documents no indexing delay; 5 minutes covers observed delays
const DEFAULT_SAFETY_LAG = 60; // inferred, as above
const MAX_PAGE_SIZE = 100;
/** Passes over a crowded second after which one that found nothing new ends it, whatever the server's count. */
const MAX_PASSES = 3;

/**
 * Reads every item whose update time lies in closed windows, oldest update first, and hands them to `onBatch`
 * page by page, saving a checkpoint after each. How it cannot miss an item, and what it guarantees, is in
 * docs/order-sync.md; in short: each request starts a fresh query at the highest update time read (so an item
 * that moves out of a window cannot shift the next page), and only a run of more than a page of items in one
 * second is paged by token, and re-read until a pass reads as many items as the server counted.
 */
export async function windowedSync<T>(source: SyncSource<T>, key: string, options: SyncOptions<T>): Promise<SyncResult> {
  const { overlap, lag, windowSeconds, pageSize, until, since } = checkOptions(source.name, options);
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  const stored = await options.store.load(key);
  let cp = stored === undefined ? initialCheckpoint(since) : checkCheckpoint(stored, source.name, key);
  // A page token saved by an earlier run may have expired since: restart that crowded second's pass instead of
  // trusting it (what the pass delivered already is in `seen` and is dropped).
  if (cp.cursor !== null && cp.run !== null) cp = { ...cp, cursor: null, run: { ...cp.run, read: 0, total: null, fresh: 0 } };
  const result: SyncResult = {
    delivered: 0,
    duplicates: 0,
    batches: 0,
    requests: 0,
    windows: 0,
    caughtUpTo: null,
    checkpoint: cp,
  };
  if (cp.window.end !== null) result.windows++; // a resumed window

  // Fixed for the run: a run that chased the clock could go on for ever when each request takes over a second.
  // What is updated after the run started is for the next run.
  const bound = Math.min(until, now() - lag);
  for (;;) {
    if (options.signal?.aborted) throw new AbortError(undefined, { cause: options.signal.reason });
    if (cp.window.end === null) {
      if (cp.window.start >= bound) break; // nothing closed to read yet
      const end = Math.min(bound, cp.window.start + windowSeconds);
      cp = { ...cp, window: { start: cp.window.start, end }, position: Math.max(cp.position, cp.window.start) };
      result.windows++;
    }
    const end = cp.window.end!;
    const inRun = cp.run !== null;
    const ge = cp.position;
    const lt = inRun ? Math.min(ge + 1, end) : end;
    const page = await source.fetch({ ge, lt, cursor: cp.cursor, pageSize, signal: options.signal });
    result.requests++;

    const seen: Record<string, number> = { ...cp.seen };
    const fresh: T[] = [];
    let top: number | undefined; // highest update time inside [ge, lt) on this page
    let highWater = cp.highWater;
    for (const item of page.items) {
      // An item without an update time is placed at the query's start: delivered, never moving the position.
      const time = source.updateTime(item) ?? ge;
      if (time >= ge && time < lt && (top === undefined || time > top)) top = time;
      const id = source.id(item);
      const before = seen[id];
      if (before !== undefined && before >= time) {
        result.duplicates++; // read again unchanged (or an older copy of what was delivered)
        continue;
      }
      seen[id] = time;
      fresh.push(item);
      if (highWater === null || time > highWater) highWater = time;
    }

    let windowDone = false;
    let next: SyncCheckpoint;
    if (inRun) {
      const run = cp.run!;
      const read = run.read + page.items.length;
      const total = cp.cursor === null ? (page.total ?? null) : run.total;
      const found = run.fresh + fresh.length;
      if (page.nextCursor !== null) {
        next = { ...cp, cursor: page.nextCursor, run: { ...run, read, total, fresh: found }, highWater, seen };
      } else {
        // A pass is whole when it read every item counted at its start: items only leave a closed second (an
        // update moves them to now), and each one that leaves shifts later items one place back, to be skipped.
        // Without a count, or with a count that never matches (a server that estimates it), a pass that found
        // nothing new after MAX_PASSES passes is taken as whole.
        const counted = total !== null && read >= total && (page.total ?? total) === total;
        const whole = counted || (found === 0 && (total === null || run.pass >= MAX_PASSES));
        next = whole
          ? { ...cp, position: ge + 1, cursor: null, run: null, highWater, seen: prune(seen, ge + 1, end - overlap) }
          : { ...cp, cursor: null, run: { pass: run.pass + 1, read: 0, total: null, fresh: 0 }, highWater, seen };
        windowDone = whole && ge + 1 >= end;
      }
    } else if (page.nextCursor === null) {
      windowDone = true;
      next = { ...cp, highWater, seen };
    } else if (top === undefined || top === ge) {
      // A full page all in the second `ge`: a fresh query at `ge` would return the same page. Page that second by
      // token instead, in passes (see above).
      next = { ...cp, cursor: null, run: { pass: 1, read: 0, total: null, fresh: 0 }, highWater, seen };
    } else {
      next = { ...cp, position: top, highWater, seen: prune(seen, top, end - overlap) };
    }
    if (windowDone) {
      // Never before this window's start: the first window starts at `since`, and nothing before it is wanted.
      const start = Math.max(cp.window.start, end - overlap);
      next = {
        ...next,
        window: { start, end: null },
        position: start,
        cursor: null,
        run: null,
        caughtUpTo: end,
        seen: prune(next.seen, start, start),
      };
    }

    if (fresh.length > 0) {
      await options.onBatch(fresh, next);
      result.batches++;
      result.delivered += fresh.length;
    }
    await options.store.save(key, next);
    cp = next;
    result.checkpoint = cp;
    if (windowDone && end >= bound) break;
  }
  result.caughtUpTo = cp.caughtUpTo;
  return result;
}

/** The entries a later request can return again: at or after `position`, or in the overlap before the window's end. */
function prune(seen: Record<string, number>, position: number, overlapStart: number): Record<string, number> {
  const floor = Math.min(position, overlapStart);
  const kept: Record<string, number> = {};
  for (const id in seen) if (seen[id]! >= floor) kept[id] = seen[id]!;
  return kept;
}

function checkOptions(name: string, o: SyncOptions<unknown>) {
  const int = (field: string, value: number | undefined, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) => {
    const v = value ?? fallback;
    if (!Number.isSafeInteger(v) || v < min || v > max) {
      throw new ConfigurationError(`${name}: ${field} must be an integer from ${min} to ${max}, got ${String(value)}`);
    }
    return v;
  };
  const overlap = int('overlapSeconds', o.overlapSeconds, DEFAULT_OVERLAP, 0);
  const windowSeconds = int('windowSeconds', o.windowSeconds, Number.MAX_SAFE_INTEGER, overlap + 1);
  return {
    overlap,
    windowSeconds,
    lag: int('safetyLagSeconds', o.safetyLagSeconds, DEFAULT_SAFETY_LAG, 0),
    pageSize: int('pageSize', o.pageSize, MAX_PAGE_SIZE, 1, MAX_PAGE_SIZE),
    since: int('since', o.since, 0, 0),
    until: int('until', o.until, Number.MAX_SAFE_INTEGER, 1),
  };
}
