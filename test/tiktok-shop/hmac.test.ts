import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256Hex } from '../../src/tiktok-shop/hmac.js';

/** The reference is node:crypto's own HMAC (RFC 2104); plus RFC 4231's test case 2 as a fixed vector. */
const reference = (key: string, msg: string) => createHmac('sha256', key).update(msg, 'utf8').digest('hex');

describe('hmacSha256Hex', () => {
  it("matches RFC 4231 test case 2 (key 'Jefe')", () => {
    expect(hmacSha256Hex('Jefe')('what do ya want for nothing?')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('matches createHmac for short, block-sized and longer-than-a-block keys, and messages of every size', () => {
    const keys = ['', 'e59af819cc', 'k'.repeat(63), 'k'.repeat(64), 'k'.repeat(65), 'ключ-🔑'.repeat(20)];
    for (const key of keys) {
      const sign = hmacSha256Hex(key);
      // The same signer across growing messages exercises the reused buffer and its growth past 1 KB.
      for (const len of [0, 1, 55, 56, 63, 64, 119, 1000, 1024, 5000, 70_000, 12]) {
        const msg = 'aé口😀'.repeat(len).slice(0, len);
        expect(sign(msg)).toBe(reference(key, msg));
      }
    }
  });

  it('encodes a lone surrogate as createHmac does (U+FFFD)', () => {
    expect(hmacSha256Hex('s')('a\ud800b')).toBe(reference('s', 'a\ud800b'));
  });
});
