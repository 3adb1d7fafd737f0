/**
 * `social-commerce-sdk/bullmq`: keep a database in step with the orders of hundreds or thousands of TikTok Shop
 * shops, on BullMQ. {@link OrderSyncQueue} turns "sync these shops" into one job per shop (or per slice of a
 * shop's range); {@link createOrderSyncWorker} runs them in any number of processes that share tokens, refreshes
 * and per-shop rate budgets through `social-commerce-sdk/redis`, and save each shop's checkpoint in Redis as they
 * go, so a worker killed mid-shop is resumed by another from the last checkpoint. Install `bullmq` (v6, an
 * optional peer dependency) yourself. See docs/scale-out.md, "A fleet of shops on BullMQ".
 * @packageDocumentation
 */
export { OrderSyncQueue, type OrderSyncQueueOptions, type FleetProgress, type FleetWatch } from './queue.js';
export {
  createOrderSyncWorker,
  type OrderSyncWorkerOptions,
  type OrderSyncBatchContext,
  type WorkerSyncOptions,
} from './worker.js';
export {
  DEFAULT_QUEUE_NAME,
  shopKey,
  jobIdOf,
  type OrderSyncShop,
  type OrderSyncJobData,
  type OrderSyncJobResult,
  type OrderSyncJobProgress,
  type EnqueueOptions,
} from './jobs.js';
