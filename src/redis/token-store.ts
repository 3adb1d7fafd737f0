import { inspect } from 'node:util';
import type { TokenStore } from '../core/tokens.js';
import type { TokenCipher } from './cipher.js';
import { TokenStoreReadError } from './errors.js';
import type { RedisClient } from './types.js';

/** Options of {@link RedisTokenStore}. */
export interface RedisTokenStoreOptions<T> {
  redis: RedisClient;
  /**
   * Prepended to every key. Use one prefix per API and app (sellers and merchants are different id spaces):
   * e.g. `'myapp:tts:token:'` and `'myapp:ls:token:'`. Default `'scsdk:token:'`.
   */
  prefix?: string;
  /** Encrypts records at rest; strongly advised (see {@link aesGcmCipher}). Default: stored as plain JSON. */
  cipher?: TokenCipher;
  /**
   * Unix seconds after which the record is useless (typically the refresh token's expiry), so that tokens of
   * sellers who left do not stay in Redis for ever. `undefined`: kept until deleted. Default: kept.
   */
  expiresAt?: (token: T) => number | undefined;
  /** How a token becomes a string and back. Default JSON, which fits the SDK's token types. */
  serialize?: (token: T) => string;
  deserialize?: (text: string) => T;
}

/**
 * A {@link TokenStore} in Redis, shared by every process of the app: a token one worker refreshed is the token
 * every other worker reads next. Pair it with {@link RedisRefreshLock} so that only one of them refreshes.
 * Values are JSON, encrypted by `cipher` when given, and bound to their key by it.
 */
export class RedisTokenStore<T> implements TokenStore<T> {
  readonly prefix: string;
  private readonly redis: RedisClient;
  private readonly cipher: TokenCipher | undefined;
  private readonly expiresAt: ((token: T) => number | undefined) | undefined;
  private readonly serialize: (token: T) => string;
  private readonly deserialize: (text: string) => T;

  constructor(options: RedisTokenStoreOptions<T>) {
    this.redis = options.redis;
    this.prefix = options.prefix ?? 'scsdk:token:';
    this.cipher = options.cipher;
    this.expiresAt = options.expiresAt;
    this.serialize = options.serialize ?? ((t) => JSON.stringify(t));
    this.deserialize = options.deserialize ?? ((s) => JSON.parse(s) as T);
  }

  async get(key: string): Promise<T | undefined> {
    const stored = await this.redis.get(this.prefix + key);
    if (stored === null) return undefined;
    let text: string;
    try {
      text = this.cipher ? await this.cipher.decrypt(stored, key) : stored;
    } catch (err) {
      throw new TokenStoreReadError(key, `decryption failed: ${err instanceof Error ? err.message : String(err)}`, {
        cause: err,
      });
    }
    try {
      return this.deserialize(text);
    } catch (err) {
      // The parser's message may quote the text, which is a credential: keep it out of ours and out of `cause`.
      throw new TokenStoreReadError(
        key,
        `the record is not valid ${this.cipher ? 'after decryption' : 'JSON'} (${err instanceof Error ? err.name : 'error'})`,
      );
    }
  }

  async set(key: string, value: T): Promise<void> {
    const text = this.serialize(value);
    const stored = this.cipher ? await this.cipher.encrypt(text, key) : text;
    const until = this.expiresAt?.(value);
    if (until !== undefined && Number.isFinite(until)) {
      // EXAT in the past deletes the key: a token whose refresh has expired is worth nothing anyway.
      await this.redis.set(this.prefix + key, stored, 'EXAT', Math.max(1, Math.floor(until)));
    } else {
      await this.redis.set(this.prefix + key, stored);
    }
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(this.prefix + key);
  }

  /** Shows the prefix and whether records are encrypted; never the client's options (they hold the password). */
  [inspect.custom](): string {
    return `RedisTokenStore { prefix: '${this.prefix}', encrypted: ${this.cipher !== undefined} }`;
  }
}
