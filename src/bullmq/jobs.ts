/**
 * What one BullMQ job of the order sync carries, and how shops become jobs: one job per shop, or per slice of a
 * shop's time range when several workers should read one shop at once. Job data is plain JSON with no secret:
 * a worker finds the seller's token in the app's token store.
 */
import { ConfigurationError } from '../core/errors/index.js';

/** The queue's name unless told otherwise. */
export const DEFAULT_QUEUE_NAME = 'scsdk-tiktok-shop-orders';

/** A shop to sync: the seller who authorized the app, and the shop's cipher (`seller.authorization.getShops()`). */
export interface OrderSyncShop {
  openId: string;
  cipher: string;
}

/** The data of one job: a shop, its checkpoint key and, for a slice, its update-time range. */
export interface OrderSyncJobData extends OrderSyncShop {
  /** The checkpoint key in the workers' store: the shop's own key, or its slice's. */
  key: string;
  /** Unix seconds where a first run starts (used only when `key` has no checkpoint). */
  since?: number;
  /** Unix seconds where this job stops (exclusive); absent: up to now minus the sync's safety lag. */
  until?: number;
}

/** What a job returns (BullMQ's `returnvalue`): the sync's counts. */
export interface OrderSyncJobResult {
  cipher: string;
  /** Orders delivered by the run that completed (see `progress.orders` for the whole job, retries included). */
  delivered: number;
  duplicates: number;
  requests: number;
  windows: number;
  /** Every update before this unix time is in the sink (`null`: nothing closed yet). */
  caughtUpTo: number | null;
}

/** A job's progress, as `job.updateProgress` publishes it after each batch. */
export interface OrderSyncJobProgress {
  cipher: string;
  /** Orders handed to `onBatch` by this job so far, over all its attempts (a batch replayed after a crash counts twice). */
  orders: number;
  batches: number;
  /** The update time the shop is synced up to, when a batch was last delivered. */
  highWater: number | null;
}

/** Options of {@link OrderSyncQueue.enqueue}. */
export interface EnqueueOptions {
  /** Unix seconds where a shop's first sync starts. Default: the sync's own default (the whole history). */
  since?: number;
  /** Unix seconds where these jobs stop. Default: none (each job reads up to now minus the safety lag). */
  until?: number;
  /**
   * Jobs per shop, that is how many workers may read one shop at once. `n > 1` splits `[since, until)` into n
   * slices of equal length (both must be given); slices 1..n-1 have keys of their own (`<key>@<start>-<end>`),
   * and the last one has the shop's key, so the next incremental sync continues from where it ended. For first
   * backfills of large shops: a shop's rate budget is shared by its slices. Default 1.
   */
  shopConcurrency?: number;
}

/** The checkpoint key of a shop: the same default as `shop.orders.sync`. */
export const shopKey = (cipher: string) => `tiktok-shop:orders:${cipher}`;

/**
 * The BullMQ job id of a shop (or slice): adding a job whose id is waiting or running is a no-op, so enqueueing a
 * shop that is already queued does not queue it twice. BullMQ refuses ':' in custom ids.
 */
export const jobIdOf = (data: OrderSyncJobData) => `orders@${data.key.replace(/:/g, '~')}`;

/** The jobs for some shops. */
export function jobsFor(shops: readonly OrderSyncShop[], options: EnqueueOptions = {}): OrderSyncJobData[] {
  const n = options.shopConcurrency ?? 1;
  if (!Number.isInteger(n) || n < 1) {
    throw new ConfigurationError(`OrderSyncQueue.enqueue: shopConcurrency must be an integer >= 1, got ${n}`);
  }
  const { since, until } = options;
  if (n > 1 && (since === undefined || until === undefined || until - since < n)) {
    throw new ConfigurationError(
      'OrderSyncQueue.enqueue: shopConcurrency > 1 splits [since, until) into slices; pass both, at least one second per slice',
    );
  }
  const jobs: OrderSyncJobData[] = [];
  for (const { openId, cipher } of shops) {
    if (!openId || !cipher) throw new ConfigurationError('OrderSyncQueue.enqueue: every shop needs an openId and a cipher');
    const key = shopKey(cipher);
    if (n === 1) {
      jobs.push({ openId, cipher, key, ...(since !== undefined && { since }), ...(until !== undefined && { until }) });
      continue;
    }
    const step = Math.floor((until! - since!) / n);
    for (let k = 0; k < n; k++) {
      const start = since! + k * step;
      const last = k === n - 1;
      const end = last ? until! : start + step;
      jobs.push({ openId, cipher, key: last ? key : `${key}@${start}-${end}`, since: start, until: end });
    }
  }
  return jobs;
}
