import { SdkError } from '../errors/index.js';
import type { PageCursor } from '../cursors.js';

/**
 * Where an incremental sync stands, as plain JSON: what a {@link CheckpointStore} saves after each batch and
 * what `onBatch` receives with the batch. Read it for monitoring (`window`, `highWater`); change it only by
 * deleting it (the next sync starts again from `since`).
 */
export interface SyncCheckpoint {
  /** Shape version. A checkpoint of another version is refused with an error saying what to do. */
  readonly version: 1;
  /**
   * The update-time window being read, `[start, end)` in unix seconds. `end` is `null` between windows: the next
   * sync opens the window that starts at `start` (the previous window's end minus the overlap).
   */
  readonly window: { readonly start: number; readonly end: number | null };
  /** Where the next request starts (its `update_time_ge`): the highest update time read so far in this window. */
  readonly position: number;
  /**
   * The page token inside a run of more than a page of items that share the update second `position`; `null`
   * otherwise (every other request starts a fresh query at `position`, so the server's offset paging can never
   * skip an item that moved).
   */
  readonly cursor: PageCursor | null;
  /**
   * While reading such a run: which pass over the second this is (from 1), how many items the pass has read,
   * how many the server counted at the pass's start (`null` if it sends no count), and how many it delivered.
   * A pass that read fewer items than it counted lost some to offset shifts, and is followed by another.
   */
  readonly run: {
    readonly pass: number;
    readonly read: number;
    readonly total: number | null;
    readonly fresh: number;
  } | null;
  /** The highest update time delivered so far (unix seconds), or `null` before the first item. */
  readonly highWater: number | null;
  /** Every update before this unix time has been delivered: the end of the last window read whole (`null`: none yet). */
  readonly caughtUpTo: number | null;
  /**
   * The items already delivered that a later request can return again (those at `position`, and those in the
   * overlap at the window's end), as id -> update time. An item read again with the same (or an older) update
   * time is dropped as a duplicate; with a newer one it is delivered again.
   */
  readonly seen: Readonly<Record<string, number>>;
}

/** A first run's checkpoint: nothing read, the first window starting at `since`. */
export function initialCheckpoint(since: number): SyncCheckpoint {
  return {
    version: 1,
    window: { start: since, end: null },
    position: since,
    cursor: null,
    run: null,
    highWater: null,
    caughtUpTo: null,
    seen: {},
  };
}

/** Checks a loaded checkpoint's shape, so that a foreign or hand-edited value fails here and not mid-sync. */
export function checkCheckpoint(value: unknown, where: string, key: string): SyncCheckpoint {
  const cp = value as Partial<SyncCheckpoint> | null;
  const problem = !cp || typeof cp !== 'object' ? 'it is not an object' : shapeProblem(cp);
  if (problem) {
    throw new SdkError(
      `${where}: the checkpoint saved under key ${JSON.stringify(key)} cannot be resumed (${problem}). ` +
        'Delete it (store.delete(key)) to start again from `since`, or pass another key.',
    );
  }
  return cp as SyncCheckpoint;
}

function shapeProblem(cp: Partial<SyncCheckpoint>): string | undefined {
  if (cp.version !== 1) return `version ${JSON.stringify(cp.version)}, this SDK reads version 1`;
  const w = cp.window;
  if (!w || !isTime(w.start) || (w.end !== null && !isTime(w.end))) return 'window is not { start, end }';
  if (!isTime(cp.position)) return 'position is not a unix time';
  if (cp.highWater !== null && !isTime(cp.highWater)) return 'highWater is not a unix time';
  if (cp.caughtUpTo !== null && !isTime(cp.caughtUpTo)) return 'caughtUpTo is not a unix time';
  if (!cp.seen || typeof cp.seen !== 'object' || Array.isArray(cp.seen)) return 'seen is not an object';
  for (const id in cp.seen) if (!isTime(cp.seen[id])) return `seen[${JSON.stringify(id)}] is not a unix time`;
  if (cp.cursor === undefined) return 'cursor is missing';
  const run = cp.run;
  if (run === undefined) return 'run is missing';
  if (run !== null && !(isTime(run.pass) && isTime(run.read) && isTime(run.fresh) && (run.total === null || isTime(run.total)))) {
    return 'run is not { pass, read, total, fresh }';
  }
  return undefined;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
