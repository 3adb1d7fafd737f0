import { SdkError } from '../core/errors/index.js';

/**
 * Waiting for another process's token refresh took longer than `waitTimeoutMs`. The holder is alive and still
 * refreshing (it keeps renewing the lock), or Redis kept the lock for another reason. A holder that died does not
 * cause this unless `waitTimeoutMs` is shorter than `ttlMs`: its lock expires `ttlMs` after its last renewal.
 */
export class RefreshLockTimeoutError extends SdkError {
  override name = 'RefreshLockTimeoutError';

  constructor(
    /** The lock's key as the caller named it (a seller or merchant id, never a secret). */
    readonly key: string,
    readonly waitedMs: number,
    readonly ttlMs: number,
  ) {
    super(
      `Timed out after ${waitedMs} ms waiting for the token refresh lock on "${key}": another process holds it and ` +
        `is still refreshing. A holder that dies loses the lock ${ttlMs} ms after its last renewal (ttlMs); raise ` +
        `waitTimeoutMs if refreshes legitimately take longer.`,
    );
  }
}

/** A stored token could not be read back: wrong or unknown key, a record altered in Redis, or not JSON. */
export class TokenStoreReadError extends SdkError {
  override name = 'TokenStoreReadError';

  constructor(
    readonly key: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    // The record itself is never quoted: even encrypted, it is a credential.
    super(`Could not read the stored token for "${key}": ${reason}`, options);
  }
}

/** Redis failed while the SDK coordinated work through it (rate limit, lock). `cause` holds the client's error. */
export class RedisCoordinationError extends SdkError {
  override name = 'RedisCoordinationError';

  constructor(what: string, cause: unknown) {
    super(`${what}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}
