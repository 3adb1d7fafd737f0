/**
 * HMAC-SHA256 in lowercase hex (RFC 2104) over a UTF-8 string, for the request signer, which runs on every attempt.
 *
 * `createHmac` allocates an Hmac object (a JS wrapper plus native state) per message; here the key's inner and outer
 * pads are prepared once and each message costs two one-shot `crypto.hash` calls over a reused buffer: ~2.0 µs
 * instead of ~2.9 µs for a signing string on Node 20, and no garbage but the hex string. Results are identical by
 * construction (HMAC is defined as these two hashes) and checked against `createHmac` and the docs' signing example in
 * test/tiktok-shop/signer.test.ts. Where `crypto.hash` is missing (Node before 20.12), `createHmac` is used.
 */
import * as crypto from 'node:crypto';

const BLOCK = 64; // SHA-256 block size in bytes
const DIGEST = 32;

type OneShotHash = (algorithm: string, data: Uint8Array, outputEncoding: 'buffer' | 'hex') => Buffer | string;
const oneShot = (crypto as unknown as { hash?: OneShotHash }).hash;

/** A function that signs `message` (UTF-8) with `secret`: `hmacSha256Hex(secret)(message)`. */
export function hmacSha256Hex(secret: string): (message: string) => string {
  if (!oneShot) return (message) => crypto.createHmac('sha256', secret).update(message, 'utf8').digest('hex');
  const hash = oneShot;
  let key = Buffer.from(secret, 'utf8');
  if (key.length > BLOCK) key = crypto.createHash('sha256').update(key).digest();
  const ipad = Buffer.alloc(BLOCK, 0x36);
  const outer = Buffer.alloc(BLOCK + DIGEST, 0x5c); // opad, then room for the inner digest
  for (let i = 0; i < key.length; i++) {
    ipad[i] = key[i]! ^ 0x36;
    outer[i] = key[i]! ^ 0x5c;
  }
  // ipad followed by the message; grown when a message does not fit. One signer is used synchronously, so one
  // buffer per signer is enough.
  let inner = Buffer.allocUnsafe(BLOCK + 1024);
  ipad.copy(inner, 0);
  return (message) => {
    const max = BLOCK + message.length * 3; // a UTF-16 code unit is at most 3 UTF-8 bytes
    if (max > inner.length) {
      inner = Buffer.allocUnsafe(max);
      ipad.copy(inner, 0);
    }
    const n = inner.write(message, BLOCK, 'utf8');
    (hash('sha256', inner.subarray(0, BLOCK + n), 'buffer') as Buffer).copy(outer, BLOCK);
    return hash('sha256', outer, 'hex') as string;
  };
}
