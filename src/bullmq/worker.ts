import { Worker, type ConnectionOptions, type Job, type WorkerOptions } from 'bullmq';
import { ConfigurationError } from '../core/errors/index.js';
import type { CheckpointStore } from '../core/sync/index.js';
import type { Order, OrderSyncCheckpoint, OrderSyncOptions, TikTokShop } from '../tiktok-shop/index.js';
import { DEFAULT_QUEUE_NAME, type OrderSyncJobData, type OrderSyncJobProgress, type OrderSyncJobResult } from './jobs.js';

/** What `onBatch` gets with each batch of orders. */
export interface OrderSyncBatchContext {
  /** The job's shop, key and range. */
  shop: OrderSyncJobData;
  /** The checkpoint saved once `onBatch` resolves. */
  checkpoint: OrderSyncCheckpoint;
  job: Job<OrderSyncJobData, OrderSyncJobResult>;
}

/** The sync options a worker passes to every shop's `orders.sync` (the store, key and range come from the job). */
export type WorkerSyncOptions = Pick<
  OrderSyncOptions,
  'windowSeconds' | 'overlapSeconds' | 'safetyLagSeconds' | 'pageSize' | 'now' | 'timeout' | 'maxRetries' | 'deadline' | 'headers'
>;

/** Options of {@link createOrderSyncWorker}. */
export interface OrderSyncWorkerOptions {
  /**
   * BullMQ's connection: an ioredis client with `maxRetriesPerRequest: null`, or its options. BullMQ blocks on
   * it; give the app's token store, lock and rate limiter a connection of their own.
   */
  connection: ConnectionOptions;
  /**
   * The TikTok Shop app every job calls through. To share tokens, refreshes and per-shop budgets with the other
   * workers, build it with `RedisTokenStore`, `RedisRefreshLock` and `RedisRateLimiter` with
   * `rateLimitScope: 'credential'` (`social-commerce-sdk/redis`, docs/scale-out.md).
   */
  app: TikTokShop;
  /** Where each shop's checkpoint lives, shared by every worker: a `RedisCheckpointStore`. */
  store: CheckpointStore<OrderSyncCheckpoint>;
  /**
   * Receives each batch (one page, duplicates removed) before its checkpoint is saved. Write it idempotently, as
   * an upsert by order id that keeps the newest `update_time`: a worker that dies after `onBatch` and before the
   * save has its last batch delivered again by the worker that resumes the shop.
   */
  onBatch(orders: Order[], context: OrderSyncBatchContext): Promise<void> | void;
  /** Called after each batch and when a shop's job ends, in this process. BullMQ's progress event carries the same. */
  onProgress?(progress: OrderSyncJobProgress & { done: boolean }): void;
  /** Default {@link DEFAULT_QUEUE_NAME}. The same name as the {@link OrderSyncQueue}. */
  queueName?: string;
  /** BullMQ's key prefix, the same as the queue's. Default BullMQ's (`bull`). */
  prefix?: string;
  /**
   * Shops this worker syncs at once. A shop's job mostly waits on the shop's rate budget, so this can be large:
   * the number of shops whose budgets one process should keep busy. Default 20.
   */
  concurrency?: number;
  /** Options of every shop's `orders.sync`. */
  sync?: WorkerSyncOptions;
  /**
   * BullMQ worker options (`lockDuration`, `stalledInterval`, `maxStalledCount`...). The defaults (30 s, 30 s, 1)
   * suit production: a killed worker's shops resume elsewhere within about a minute.
   */
  worker?: Omit<WorkerOptions, 'connection' | 'concurrency' | 'prefix' | 'autorun'>;
}

/**
 * A BullMQ worker that syncs the orders of the shops queued by an {@link OrderSyncQueue}. Each job runs
 * `shop.orders.sync` with the job's checkpoint key, so a job picked up again (its worker was killed and BullMQ
 * found it stalled, or it failed and is retried) resumes from the last checkpoint saved. Run as many of these
 * processes as needed; close them with `worker.close()`.
 *
 * ```ts
 * const worker = createOrderSyncWorker({ connection, app, store, concurrency: 50, onBatch: (orders) => db.upsert(orders) });
 * ```
 */
export function createOrderSyncWorker(options: OrderSyncWorkerOptions): Worker<OrderSyncJobData, OrderSyncJobResult> {
  const { app, store, onBatch, onProgress } = options;
  if (!app || !store || typeof onBatch !== 'function') {
    throw new ConfigurationError('createOrderSyncWorker: needs `app` (a TikTokShop), `store` (a CheckpointStore) and `onBatch`');
  }
  const sync = options.sync ?? {};
  // Three parameters: BullMQ then gives each job an AbortSignal (worker.cancelJob aborts it).
  const processor = async (job: Job<OrderSyncJobData, OrderSyncJobResult>, _token?: string, signal?: AbortSignal) => {
    const data = job.data;
    const prior = progressOf(job.progress);
    const progress: OrderSyncJobProgress = {
      cipher: data.cipher,
      orders: prior?.orders ?? 0,
      batches: prior?.batches ?? 0,
      highWater: prior?.highWater ?? null,
    };
    const shop = app.seller(data.openId).shop(data.cipher);
    const result = await shop.orders.sync({
      ...sync,
      store,
      key: data.key,
      ...(data.since !== undefined && { since: data.since }),
      ...(data.until !== undefined && { until: data.until }),
      ...(signal && { signal }),
      onBatch: async (orders, checkpoint) => {
        await onBatch(orders, { shop: data, checkpoint, job });
        progress.orders += orders.length;
        progress.batches++;
        progress.highWater = checkpoint.highWater;
        await job.updateProgress({ ...progress });
        onProgress?.({ ...progress, done: false });
      },
    });
    onProgress?.({ ...progress, done: true });
    return {
      cipher: data.cipher,
      delivered: result.delivered,
      duplicates: result.duplicates,
      requests: result.requests,
      windows: result.windows,
      caughtUpTo: result.caughtUpTo,
    };
  };
  const worker = new Worker<OrderSyncJobData, OrderSyncJobResult>(options.queueName ?? DEFAULT_QUEUE_NAME, processor, {
    ...options.worker,
    connection: options.connection,
    concurrency: options.concurrency ?? 20,
    ...(options.prefix !== undefined && { prefix: options.prefix }),
  });
  // A job whose lock could not be renewed may already run on another worker: stop this copy before its next
  // request, so two workers do not write one shop's checkpoint for long.
  worker.on('lockRenewalFailed', (ids: string[]) => {
    for (const id of ids) worker.cancelJob(id, 'the job lock was lost; another worker resumes this shop');
  });
  return worker;
}

function progressOf(value: unknown): OrderSyncJobProgress | undefined {
  return value && typeof value === 'object' && typeof (value as OrderSyncJobProgress).orders === 'number'
    ? (value as OrderSyncJobProgress)
    : undefined;
}
