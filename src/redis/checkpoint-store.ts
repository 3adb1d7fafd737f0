import type { CheckpointStore } from '../core/sync/checkpoint-store.js';
import type { RedisClient } from './types.js';
import type { SyncCheckpoint } from '../core/sync/checkpoint.js';

/** Options of {@link RedisCheckpointStore}. */
export interface RedisCheckpointStoreOptions {
  redis: RedisClient;
  /** Prepended to every key, e.g. `'myapp:checkpoint:'`. Default `'scsdk:checkpoint:'`. */
  prefix?: string;
}

/**
 * A {@link CheckpointStore} in Redis, for syncs that run on many workers: whichever worker runs a shop's next sync
 * resumes where the last one stopped. Each checkpoint is one string key holding JSON, written with one `SET`
 * (atomic: a reader sees the old checkpoint or the new one). No expiry: a checkpoint is worth keeping until the
 * shop leaves, then `delete` it. One sync per key at a time (the BullMQ fleet gives each shop one job).
 */
export class RedisCheckpointStore<C = SyncCheckpoint> implements CheckpointStore<C> {
  readonly prefix: string;
  readonly #redis: RedisClient;

  constructor(options: RedisCheckpointStoreOptions) {
    this.#redis = options.redis;
    this.prefix = options.prefix ?? 'scsdk:checkpoint:';
  }

  async load(key: string): Promise<C | undefined> {
    const text = await this.#redis.get(this.prefix + key);
    return text === null ? undefined : (JSON.parse(text) as C);
  }

  async save(key: string, checkpoint: C): Promise<void> {
    await this.#redis.set(this.prefix + key, JSON.stringify(checkpoint));
  }

  async delete(key: string): Promise<void> {
    await this.#redis.del(this.prefix + key);
  }
}
