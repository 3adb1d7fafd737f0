import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SdkError } from '../errors/index.js';
import type { CheckpointStore } from './checkpoint-store.js';
import type { SyncCheckpoint } from './checkpoint.js';

/** Options of {@link JsonFileCheckpointStore}. */
export interface JsonFileCheckpointStoreOptions {
  /** The directory that holds one `<key>.json` file per key. Created on the first save. */
  directory: string;
}

/**
 * Checkpoints as JSON files, one file per key in one directory: `tiktok-shop:orders:GCP_x` is stored as
 * `tiktok-shop%3Aorders%3AGCP_x.json`. One file per key (not one file for all keys) so that processes syncing
 * different shops never rewrite each other's files. Each save writes a temporary file next to the target and
 * renames it over the target, which is atomic on one file system: a crash leaves the old checkpoint or the new
 * one, never half of one. Two processes saving the same key at once is a lost update (the last rename wins):
 * run one sync per key at a time.
 */
export class JsonFileCheckpointStore<C = SyncCheckpoint> implements CheckpointStore<C> {
  readonly directory: string;
  #made = false;

  constructor(options: JsonFileCheckpointStoreOptions) {
    this.directory = options.directory;
  }

  /** The file that holds `key`'s checkpoint. */
  pathOf(key: string): string {
    // encodeURIComponent leaves no path separator, and '.' alone is the only name it can produce that the OS
    // treats specially: `.json` appended makes every name an ordinary file.
    return join(this.directory, `${encodeURIComponent(key)}.json`);
  }

  async load(key: string): Promise<C | undefined> {
    const path = this.pathOf(key);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    try {
      return JSON.parse(text) as C;
    } catch (err) {
      // Saves are atomic, so this is a file changed by hand or by another program. A checkpoint holds no secret.
      throw new SdkError(
        `JsonFileCheckpointStore: ${path} is not valid JSON (${(err as Error).message}); ` +
          'delete the file to start that sync again from `since`.',
        { cause: err },
      );
    }
  }

  async save(key: string, checkpoint: C): Promise<void> {
    const target = this.pathOf(key);
    const text = JSON.stringify(checkpoint);
    if (!this.#made) {
      await mkdir(this.directory, { recursive: true });
      this.#made = true;
    }
    const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      // flush: the bytes are on disk before the rename makes them the checkpoint.
      await writeFile(temp, text, { encoding: 'utf8', flush: true });
      await rename(temp, target);
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
