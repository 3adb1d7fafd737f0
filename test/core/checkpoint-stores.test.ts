import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { JsonFileCheckpointStore, MemoryCheckpointStore, type SyncCheckpoint } from '../../src/core/sync/index.js';
import { checkpointStoreContract, sampleCheckpoint } from './checkpoint-store-contract.js';

describe('MemoryCheckpointStore', () => {
  const shared = new MemoryCheckpointStore<SyncCheckpoint>(); // one process: every "new" store is the same memory
  checkpointStoreContract(() => shared);

  it('refuses at save a value JSON cannot hold, as a file or Redis would', async () => {
    const store = new MemoryCheckpointStore<unknown>();
    await expect(store.save('k', { n: 1n })).rejects.toThrow(/BigInt/);
    expect(store.keys()).toEqual([]);
  });
});

describe('JsonFileCheckpointStore', () => {
  const root = mkdtempSync(join(tmpdir(), 'scsdk-checkpoints-'));
  const directory = join(root, 'nested', 'checkpoints'); // created on the first save
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  checkpointStoreContract(() => new JsonFileCheckpointStore({ directory }));

  it('keeps one JSON file per key, named after the key, inside its directory whatever the key holds', async () => {
    const dir = join(root, 'names');
    const store = new JsonFileCheckpointStore<SyncCheckpoint>({ directory: dir });
    await store.save('tiktok-shop:orders:GCP_x/y', sampleCheckpoint(1));
    await store.save('../escape', sampleCheckpoint(2));
    expect(readdirSync(dir).sort()).toEqual(['..%2Fescape.json', 'tiktok-shop%3Aorders%3AGCP_x%2Fy.json']);
    expect(JSON.parse(readFileSync(store.pathOf('../escape'), 'utf8'))).toEqual(sampleCheckpoint(2));
  });

  it('leaves no temporary file behind, after saves and after a failed one', async () => {
    const dir = join(root, 'temp');
    const store = new JsonFileCheckpointStore<unknown>({ directory: dir });
    await store.save('k', sampleCheckpoint(1));
    await store.save('k', sampleCheckpoint(2));
    await expect(store.save('k', { n: 1n })).rejects.toThrow(/BigInt/);
    expect(readdirSync(dir)).toEqual(['k.json']);
    expect(await store.load('k')).toEqual(sampleCheckpoint(2)); // the failed save changed nothing
  });

  it('says which file holds JSON it cannot parse', async () => {
    const dir = join(root, 'broken');
    const store = new JsonFileCheckpointStore<unknown>({ directory: dir });
    await store.save('k', {});
    writeFileSync(store.pathOf('k'), '{"version":1,');
    await expect(store.load('k')).rejects.toThrow(store.pathOf('k'));
  });
});
