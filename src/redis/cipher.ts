/**
 * Encryption at rest for stored tokens. Tokens are credentials: anyone who can read the Redis keyspace (a
 * replica, a backup, a `MONITOR` session) could otherwise call the API as your sellers.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { ConfigurationError } from '../core/errors/index.js';

/**
 * Turns a serialized token into what is stored, and back. Plug in your KMS or vault here, or use
 * {@link aesGcmCipher}. `context` is the token's key (seller or merchant id): bind the ciphertext to it (as
 * associated data) so that a record copied under another seller's key fails to decrypt instead of being used.
 */
export interface TokenCipher {
  encrypt(plaintext: string, context: string): string | Promise<string>;
  decrypt(ciphertext: string, context: string): string | Promise<string>;
}

/** A 256-bit key: 32 bytes, or a string of them in base64 (44 characters) or hex (64 characters). */
export type AesKey = Uint8Array | string;

/** Options of {@link aesGcmCipher}. */
export interface AesGcmCipherOptions {
  /** The key new records are encrypted with. Generate one with `openssl rand -base64 32`. */
  key: AesKey;
  /** Name written into each record, so that the right key is found after a rotation. Default `'k1'`. */
  keyId?: string;
  /** Older keys by id, still accepted for reading while records are re-written with the current key. */
  previousKeys?: Record<string, AesKey>;
}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM with node:crypto: a random 96-bit IV per record, the token's key as associated data, and the
 * record laid out as `v1:<keyId>:<base64url(iv | tag | ciphertext)>`. Key material stays in this closure: the
 * returned object shows nothing of it to `util.inspect` or JSON.
 */
export function aesGcmCipher(options: AesGcmCipherOptions): TokenCipher {
  const keyId = options.keyId ?? 'k1';
  if (!/^[\w.-]+$/.test(keyId))
    throw new ConfigurationError(`aesGcmCipher: keyId must be letters, digits, '_', '.' or '-', got "${keyId}"`);
  const keys = new Map<string, Buffer>();
  for (const [id, k] of Object.entries(options.previousKeys ?? {})) keys.set(id, toKey(k, `previousKeys.${id}`));
  const current = toKey(options.key, 'key');
  keys.set(keyId, current);

  return {
    encrypt(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const c = createCipheriv('aes-256-gcm', current, iv);
      c.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]);
      return `${VERSION}:${keyId}:${Buffer.concat([iv, c.getAuthTag(), body]).toString('base64url')}`;
    },
    decrypt(record, context) {
      const [version, id, payload, extra] = record.split(':');
      if (version !== VERSION || id === undefined || payload === undefined || extra !== undefined) {
        throw new Error('not an aesGcmCipher record (was it stored before encryption was turned on?)');
      }
      const key = keys.get(id);
      if (!key) throw new Error(`it was encrypted with key id "${id}", which is neither the current key nor in previousKeys`);
      const raw = Buffer.from(payload, 'base64url');
      if (raw.length < IV_BYTES + TAG_BYTES) throw new Error('the record is truncated');
      const d = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
      d.setAAD(Buffer.from(context, 'utf8'));
      d.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      try {
        return Buffer.concat([d.update(raw.subarray(IV_BYTES + TAG_BYTES)), d.final()]).toString('utf8');
      } catch {
        throw new Error(`authentication failed with key id "${id}": wrong key, a record moved from another key, or altered`);
      }
    },
  };
}

function toKey(k: AesKey, what: string): Buffer {
  let buf: Buffer;
  if (typeof k !== 'string') buf = Buffer.from(k);
  else if (/^[0-9a-f]{64}$/i.test(k)) buf = Buffer.from(k, 'hex');
  else buf = Buffer.from(k, 'base64');
  // The message states the length only: a key must never reach an error message or a log.
  if (buf.length !== 32)
    throw new ConfigurationError(`aesGcmCipher: ${what} must be 32 bytes (base64, hex or bytes), got ${buf.length} bytes`);
  return buf;
}
