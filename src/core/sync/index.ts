// Incremental sync by update time: the checkpoint, its stores, and the options and result every sync shares.
export { MemoryCheckpointStore, type CheckpointStore } from './checkpoint-store.js';
export { JsonFileCheckpointStore, type JsonFileCheckpointStoreOptions } from './json-file-checkpoint-store.js';
export type { SyncCheckpoint } from './checkpoint.js';
export type { SyncOptions, SyncResult, SyncQuery, SyncPage } from './windowed-sync.js';
