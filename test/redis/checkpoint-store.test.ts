import { afterAll, describe, expect, it } from 'vitest';
import type { SyncCheckpoint } from '../../src/core/sync/index.js';
import { RedisCheckpointStore } from '../../src/redis/index.js';
import { checkpointStoreContract, sampleCheckpoint } from '../core/checkpoint-store-contract.js';
import { closeClients, connect, noRedis, uniquePrefix } from './helpers.js';

const prefix = uniquePrefix('checkpoint');

describe.skipIf(noRedis)('RedisCheckpointStore', () => {
  afterAll(() => closeClients(prefix));
  // Each store gets its own connection: a restarted worker does not share the crashed one's client.
  checkpointStoreContract(() => new RedisCheckpointStore<SyncCheckpoint>({ redis: connect(), prefix }));

  it('stores each checkpoint as JSON in one string key under its prefix, with no expiry', async () => {
    const redis = connect();
    const store = new RedisCheckpointStore<SyncCheckpoint>({ redis, prefix });
    await store.save('tiktok-shop:orders:GCP_x', sampleCheckpoint(7));
    expect(JSON.parse((await redis.get(`${prefix}tiktok-shop:orders:GCP_x`))!)).toEqual(sampleCheckpoint(7));
    expect(await redis.ttl(`${prefix}tiktok-shop:orders:GCP_x`)).toBe(-1);
    expect(new RedisCheckpointStore({ redis }).prefix).toBe('scsdk:checkpoint:');
  });
});
