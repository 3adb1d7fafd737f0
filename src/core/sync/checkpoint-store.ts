/**
 * Where an incremental sync keeps its place between runs. A checkpoint is plain JSON (no credential, no class),
 * written only after the caller's `onBatch` resolved, so any store that can hold a string per key will do.
 */
import type { SyncCheckpoint } from './checkpoint.js';

/**
 * Loads, saves and deletes checkpoints by key (one key per shop and list, e.g. `tiktok-shop:orders:<cipher>`).
 * `save` replaces the whole value; it must be durable when it resolves (a sync moves on only after it).
 * Implementations: {@link MemoryCheckpointStore}, {@link JsonFileCheckpointStore}, and `RedisCheckpointStore`
 * in `social-commerce-sdk/redis`.
 */
export interface CheckpointStore<C = unknown> {
  /** The checkpoint saved under `key`, or `undefined` when there is none (a first run). */
  load(key: string): Promise<C | undefined>;
  /** Saves `checkpoint` under `key`, replacing the previous one. */
  save(key: string, checkpoint: C): Promise<void>;
  /** Forgets `key`: the next sync under it starts from its `since`. Deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/**
 * Checkpoints in this process's memory: for tests and for one-off scripts that run to the end. Values are kept
 * as JSON text, so a caller who changes a checkpoint object after saving it does not change the saved one, and a
 * value that JSON cannot hold fails at `save`, as it would in a file or in Redis.
 */
export class MemoryCheckpointStore<C = SyncCheckpoint> implements CheckpointStore<C> {
  readonly #values = new Map<string, string>();

  load(key: string): Promise<C | undefined> {
    const text = this.#values.get(key);
    return Promise.resolve(text === undefined ? undefined : (JSON.parse(text) as C));
  }

  save(key: string, checkpoint: C): Promise<void> {
    try {
      this.#values.set(key, JSON.stringify(checkpoint));
    } catch (err) {
      return Promise.reject(err as Error); // a promise-returning method never throws synchronously
    }
    return Promise.resolve();
  }

  delete(key: string): Promise<void> {
    this.#values.delete(key);
    return Promise.resolve();
  }

  /** The keys that hold a checkpoint. */
  keys(): string[] {
    return [...this.#values.keys()];
  }
}
