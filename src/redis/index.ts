/**
 * `social-commerce-sdk/redis`: run many worker processes as one app. A token store every worker shares, a lock
 * so that one worker refreshes a seller's token while the others wait and read it, and a rate limiter that
 * gives all workers one budget, and a checkpoint store for incremental syncs. Bring your own ioredis client (an optional peer dependency: only its types are
 * used here). No other entry of the SDK imports this one. See docs/scale-out.md.
 * @packageDocumentation
 */
export { RedisTokenStore, type RedisTokenStoreOptions } from './token-store.js';
export { aesGcmCipher, type AesGcmCipherOptions, type AesKey, type TokenCipher } from './cipher.js';
export { RedisRefreshLock, type RedisRefreshLockOptions } from './lock.js';
export { RedisRateLimiter, type RedisRateLimiterOptions } from './rate-limiter.js';
export { RedisCheckpointStore, type RedisCheckpointStoreOptions } from './checkpoint-store.js';
export { RefreshLockTimeoutError, TokenStoreReadError, RedisCoordinationError } from './errors.js';
export type { RedisClient } from './types.js';
