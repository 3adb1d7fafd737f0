import { Queue, QueueEvents, type ConnectionOptions, type JobsOptions } from 'bullmq';
import {
  DEFAULT_QUEUE_NAME,
  jobIdOf,
  jobsFor,
  type EnqueueOptions,
  type OrderSyncJobData,
  type OrderSyncJobProgress,
  type OrderSyncJobResult,
  type OrderSyncShop,
} from './jobs.js';

/** Options of {@link OrderSyncQueue}. */
export interface OrderSyncQueueOptions {
  /** BullMQ's connection (an ioredis client or its options). */
  connection: ConnectionOptions;
  /** Default {@link DEFAULT_QUEUE_NAME}; the workers use the same. */
  name?: string;
  /** BullMQ's key prefix; the workers use the same. Default BullMQ's (`bull`). */
  prefix?: string;
  /**
   * Options of every job. Default: 5 attempts with exponential backoff from 5 s (a failed shop resumes from its
   * checkpoint), completed jobs removed (so the shop can be queued again at once), the last 1000 failed kept.
   */
  jobOptions?: JobsOptions;
}

/** The whole fleet's progress, from BullMQ's events: what {@link OrderSyncQueue.watch} reports. */
export interface FleetProgress {
  /** Jobs (shops, or slices) this watch expects to finish. */
  jobs: number;
  /** Jobs completed. */
  done: number;
  /** Jobs that failed for good (their attempts spent). */
  failed: number;
  /** Orders delivered, over all shops (from each job's last progress). */
  orders: number;
  /** Orders delivered per shop cipher. */
  byShop: Map<string, number>;
}

const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 5000 },
  removeOnComplete: true,
  removeOnFail: 1000,
};

/**
 * Turns "sync these shops" into BullMQ jobs, one per shop (or per slice of a shop's range), for
 * {@link createOrderSyncWorker} processes to run. Run it on a schedule (cron, or a BullMQ job scheduler) to keep a
 * database in step: each run continues every shop from its checkpoint. A shop that is still queued or running
 * is not queued twice.
 *
 * ```ts
 * const queue = new OrderSyncQueue({ connection });
 * await queue.enqueue(shops);                           // [{ openId, cipher }, ...]
 * const watch = queue.watch((p) => console.log(`${p.done}/${p.jobs} shops, ${p.orders} orders`));
 * await watch.finished;
 * ```
 */
export class OrderSyncQueue {
  readonly queue: Queue<OrderSyncJobData, OrderSyncJobResult>;
  readonly name: string;
  readonly #connection: ConnectionOptions;
  readonly #prefix: string | undefined;

  constructor(options: OrderSyncQueueOptions) {
    this.name = options.name ?? DEFAULT_QUEUE_NAME;
    this.#connection = options.connection;
    this.#prefix = options.prefix;
    this.queue = new Queue<OrderSyncJobData, OrderSyncJobResult>(this.name, {
      connection: options.connection,
      ...(options.prefix !== undefined && { prefix: options.prefix }),
      defaultJobOptions: { ...DEFAULT_JOB_OPTIONS, ...options.jobOptions },
    });
  }

  /** Queues the shops' jobs; resolves with the jobs' data (their keys). Shops already queued or running are skipped by BullMQ. */
  async enqueue(shops: readonly OrderSyncShop[], options: EnqueueOptions = {}): Promise<OrderSyncJobData[]> {
    const jobs = jobsFor(shops, options);
    // addBulk sends one round trip per call; batches of 500 keep each one small.
    for (let i = 0; i < jobs.length; i += 500) {
      await this.queue.addBulk(jobs.slice(i, i + 500).map((data) => ({ name: 'sync', data, opts: { jobId: jobIdOf(data) } })));
    }
    return jobs;
  }

  /**
   * Follows the fleet through BullMQ's events (from any worker process) until `jobs` jobs have completed or failed
   * for good; `onProgress` is called on each progress, completion and failure. `jobs` defaults to the jobs
   * waiting, delayed or running when the watch starts. Call before enqueueing what it should count if those
   * jobs may finish at once.
   */
  watch(onProgress?: (progress: FleetProgress) => void, jobs?: number): FleetWatch {
    const events = new QueueEvents(this.name, {
      connection: this.#connection,
      ...(this.#prefix !== undefined && { prefix: this.#prefix }),
    });
    const state: FleetProgress = { jobs: jobs ?? 0, done: 0, failed: 0, orders: 0, byShop: new Map() };
    const perJob = new Map<string, number>();
    let counted = jobs !== undefined;
    let settle: () => void = () => undefined;
    const finished = new Promise<FleetProgress>((resolve) => {
      settle = () => {
        if (counted && state.done + state.failed >= state.jobs) resolve(state);
      };
    });
    const report = () => {
      onProgress?.(state);
      settle();
    };
    events.on('progress', ({ jobId, data }) => {
      const p = data as Partial<OrderSyncJobProgress>;
      if (typeof p?.orders !== 'number' || typeof p.cipher !== 'string') return;
      const delta = p.orders - (perJob.get(jobId) ?? 0);
      perJob.set(jobId, p.orders);
      state.orders += delta;
      state.byShop.set(p.cipher, (state.byShop.get(p.cipher) ?? 0) + delta);
      report();
    });
    events.on('completed', () => {
      state.done++;
      report();
    });
    events.on('failed', ({ jobId }) => {
      // BullMQ emits `failed` for every failed attempt: count the job only once it will not be retried.
      void this.queue.getJob(jobId).then((job) => {
        if (!job || job.attemptsMade >= (job.opts.attempts ?? 1)) {
          state.failed++;
          report();
        }
      });
    });
    const ready = (async () => {
      await events.waitUntilReady();
      if (jobs === undefined) {
        const counts = await this.queue.getJobCounts('waiting', 'delayed', 'active', 'prioritized', 'waiting-children');
        state.jobs = Object.values(counts).reduce((n, c) => n + c, 0);
        counted = true;
      }
      settle();
    })();
    return { progress: state, ready, finished, close: () => events.close() };
  }

  /** Closes the queue's connection (not the connection object you passed, if you passed a client). */
  close(): Promise<void> {
    return this.queue.close();
  }
}

/** A running {@link OrderSyncQueue.watch}. */
export interface FleetWatch {
  /** Live counts. */
  readonly progress: FleetProgress;
  /** Resolves once the watch listens to BullMQ's events. */
  readonly ready: Promise<void>;
  /** Resolves once the expected jobs have completed or failed for good. */
  readonly finished: Promise<FleetProgress>;
  close(): Promise<void>;
}
