/**
 * parseJson against lossless-json on generated JSON texts. lossless-json's `parse` with a number parser that
 * keeps unsafe integers as strings (and turns every other number into a JS number) is the reference: the SDK
 * decoded every body with big integers that way before it had its own fast path, and its users rely on exactly
 * that result. The texts are written by hand, not by JSON.stringify, so they carry what a server may send:
 * whitespace anywhere, escapes, surrogate pairs, digits inside strings, exponents, numbers around 2^53.
 *
 * Seeded (src/testing/prng.ts): a failure prints its seed and text, and the same seed gives the same text.
 */
import { isInteger, isSafeNumber, parse as losslessParse } from 'lossless-json';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/core/json.js';
import { prng } from '../../src/testing/prng.js';

function parseNumberSafely(value: string): number | string {
  return isInteger(value) && !isSafeNumber(value) ? value : Number(value);
}
const reference = (text: string): unknown => losslessParse(text, null, parseNumberSafely);

/** A text generator over one seeded stream of random numbers. */
class Gen {
  private readonly random: () => number;
  private keySerial = 0;
  /** Share of objects whose keys include array indices ("0", "7"): they take the rewrite path. */
  constructor(
    seed: number,
    private readonly indexKeys: number,
  ) {
    this.random = prng(seed);
  }

  int(n: number): number {
    return Math.floor(this.random() * n);
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  digits(n: number, leading = '123456789'): string {
    let s = this.pick([...leading]);
    for (let i = 1; i < n; i++) s += String(this.int(10));
    return s;
  }

  /** JSON whitespace, often none (servers send compact JSON), sometimes a lot. */
  ws(): string {
    if (this.chance(0.6)) return '';
    let s = '';
    for (let i = 1 + this.int(this.chance(0.1) ? 12 : 3); i > 0; i--) s += this.pick([' ', '\t', '\n', '\r']);
    return s;
  }

  number(): string {
    const sign = this.chance(0.35) ? '-' : '';
    switch (this.int(12)) {
      case 0:
        return sign + String(this.int(1000));
      case 1: // around 2^53 - 1, 2^53, 2^53 + 1: the boundary of "safe"
        return sign + String(9007199254740991n + BigInt(this.int(5) - 2));
      case 2: // 16 digits: below or above 2^53 depending on the digits
        return sign + this.digits(16);
      case 3: // int64 ids, and beyond
        return sign + this.digits(17 + this.int(4));
      case 4:
        return this.pick(['9223372036854775807', '-9223372036854775808', '18446744073709551615', '-0', '0']);
      case 5: // not integers per lossless-json, though some have an integer value
        return sign + this.pick(['1.0', '12345678901234567890.0', '12345678901234567890.5', '9007199254740993.0', '0.5']);
      case 6: // exponents, small and beyond 2^53 and beyond a double
        return sign + this.pick(['1e5', '1E+30', '2.5e-7', '9007199254740993e0', '1e400', '1e-400', '7010736057180325637E0']);
      case 7:
        return `${sign}${this.digits(1 + this.int(20))}.${this.digits(1 + this.int(20), '0123456789')}`;
      case 8:
        return `${sign}${this.digits(1 + this.int(18))}${this.pick(['e', 'E'])}${this.pick(['', '+', '-'])}${this.int(40)}`;
      case 9:
        return sign + this.digits(1 + this.int(15));
      default:
        return sign + this.digits(1 + this.int(22));
    }
  }

  /** The body of a string literal (without its quotes), built from pieces that trip scanners. */
  stringBody(): string {
    // Often ending in an escaped backslash: its closing quote follows a backslash and still closes the string.
    if (this.chance(0.1)) return `${this.stringBody()}\\\\`;
    let s = '';
    for (let n = this.int(6); n > 0; n--) {
      s += this.pick([
        'abc',
        ' ',
        this.digits(1 + this.int(22)),
        `-${this.digits(17)}`,
        `:${this.digits(19)},`, // looks like a member inside the string
        `[${this.digits(19)}]`,
        '\\"', // escaped quote, then whatever follows
        `\\"${this.digits(19)}`,
        `a\\\\\\"${this.digits(17)}`, // a\\\" then digits: backslash, then an escaped quote
        '\\\\', // an escaped backslash: the quote after it (if any) closes the string
        '\\/',
        '\\b\\f\\n\\r\\t',
        '\\u0041',
        '\\u0022', // a quote, escaped as \u
        '\\u005c', // a backslash, escaped as \u
        '\\ud83d\\ude00', // a surrogate pair, escaped
        '😀', // the same, raw
        'Größe 口红 – ✓',
        '\\uD834\\uDD1E',
        `{\\"id\\":${this.digits(19)}}`, // an escaped member: {\"id\":7010736057180325637}
        '}],',
      ]);
    }
    return s;
  }

  key(): string {
    if (this.chance(this.indexKeys)) return String(this.int(12));
    if (this.chance(0.02)) return '__proto__';
    // Distinct keys only: lossless-json rejects duplicate keys (JSON.parse keeps the last; tested on its own).
    // The serial first or last, so that keys end with escapes too (a key ending in \\ is closed by the next ").
    return this.chance(0.5) ? `${this.stringBody()}#${this.keySerial++}` : `#${this.keySerial++}${this.stringBody()}`;
  }

  value(depth: number): string {
    // Containers at the top, scalars more often deeper down: documents of a few hundred characters, 2-8 levels.
    const roll = depth === 0 ? 6 + this.int(4) : this.int(depth > 5 ? 6 : 10);
    if (roll < 3) return this.number();
    if (roll < 5) return `"${this.stringBody()}"`;
    if (roll === 5) return this.pick(['true', 'false', 'null']);
    if (roll < 8) {
      const items: string[] = [];
      for (let n = this.int(this.chance(0.2) ? 12 : 5); n > 0; n--) items.push(this.ws() + this.value(depth + 1) + this.ws());
      return `[${items.join(',') || this.ws()}]`;
    }
    const members: string[] = [];
    const seen = new Set<string>();
    for (let n = this.int(7); n > 0; n--) {
      const k = this.key();
      if (seen.has(k)) continue; // index keys may repeat
      seen.add(k);
      members.push(`${this.ws()}"${k}"${this.ws()}:${this.ws()}${this.value(depth + 1)}${this.ws()}`);
    }
    return `{${members.join(',') || this.ws()}}`;
  }

  document(): string {
    // Top-level numbers (big ones too) and strings as well as containers.
    const top = this.chance(0.1) ? this.number() : this.chance(0.05) ? `"${this.stringBody()}"` : this.value(0);
    return this.ws() + top + this.ws();
  }
}

/** Same result, and strictly: a string is not a number, -0 is not 0, no extra or missing key, same prototypes. */
function check(text: string, seed: number): void {
  let expected: unknown;
  try {
    expected = reference(text);
  } catch {
    expect(() => parseJson(text), `seed ${seed}: ${text}`).toThrow(SyntaxError);
    return;
  }
  const actual = parseJson(text);
  // node's isDeepStrictEqual is several times faster than toStrictEqual; the latter only runs to print a diff.
  if (!isDeepStrictEqual(actual, expected)) {
    expect(actual, `seed ${seed}: ${text}`).toStrictEqual(expected);
    expect.fail(`seed ${seed}: not deep-strict-equal: ${text}`);
  }
}

describe('parseJson = lossless-json, on generated JSON', () => {
  it('3,000 documents with numbers near and beyond 2^53 everywhere', () => {
    for (let seed = 1; seed <= 3_000; seed++) check(new Gen(seed, 0).document(), seed);
  });

  it('1,000 documents with array-index keys (the path that quotes and parses again)', () => {
    for (let seed = 10_001; seed <= 11_000; seed++) check(new Gen(seed, 0.3).document(), seed);
  });

  it('the same documents cut short: an error wherever lossless-json has one', () => {
    for (let seed = 20_001; seed <= 21_000; seed++) {
      const text = new Gen(seed, 0.1).document();
      const cut = prng(seed)();
      check(text.slice(0, Math.floor(cut * text.length)), seed);
    }
  });

  it('strings that end in escaped backslashes, or hold escaped quotes, right before big integers', () => {
    const texts = [
      String.raw`["\\",12345678901234567890,"\\\"",-12345678901234567890]`,
      String.raw`{"a\\":9007199254740993,"b\"\\":[9007199254740992,"\""],"c":"\\\\","d":-9007199254740993}`,
      String.raw`["\"",9007199254740993,"\"12345678901234567890\\",-9007199254740993,"\\\\\"\\"]`,
    ];
    for (const text of texts) expect(() => JSON.parse(text)).not.toThrow();
    for (const text of texts) check(text, 0);
  });

  it('a page of objects with bare int64 ids among string ids and digits in strings', () => {
    const g = new Gen(42, 0);
    const rows: string[] = [];
    for (let i = 0; i < 500; i++) {
      rows.push(
        `{"id":${g.digits(19)},"shop_id":-${g.digits(18)},"sku_id":"${g.digits(19)}","note":"${g.stringBody()}",` +
          `"price":${g.number()},"ids":[${g.digits(19)},${g.number()},"${g.digits(19)}"]}`,
      );
    }
    check(`{"data":{"list":[${rows.join(',')}]},"total":${g.digits(19)}}`, 42);
  });
});

describe('parseJson where it differs from lossless-json on purpose', () => {
  it('keeps the last value of a duplicate key, as JSON.parse does, with every id exact', () => {
    // lossless-json throws here. JSON.parse keeps the last "a" at the first "a"'s place: the value's order is no
    // longer the text's, which is why such bodies are quoted and parsed again rather than patched in order.
    const text = '{"a":1,"b":{"id":7010736057180325637},"a":{"id":7010736057180325638}}';
    expect(parseJson(text)).toStrictEqual({ a: { id: '7010736057180325638' }, b: { id: '7010736057180325637' } });
    expect(parseJson('{"a":7010736057180325637,"a":7010736057180325638}')).toStrictEqual({ a: '7010736057180325638' });
  });

  it('orders array-index keys as JavaScript does, each with its own exact id', () => {
    const v = parseJson('{"x":7010736057180325637,"2":7010736057180325638,"1":7010736057180325639}');
    expect(v).toStrictEqual({ 1: '7010736057180325639', 2: '7010736057180325638', x: '7010736057180325637' });
  });

  it('nests 100,000 levels (arrays, objects, both) without overflowing, big integers at every level', () => {
    const n = 100_000;
    // Walked with loops, and one expect per document: 100,000 expects would take seconds.
    let v = parseJson(`${'[9007199254740993,'.repeat(n)}-9223372036854775808${']'.repeat(n)}`);
    let wrong = 0;
    for (let i = 0; i < n; i++) {
      if ((v as unknown[])[0] !== '9007199254740993') wrong++;
      v = (v as unknown[])[1];
    }
    expect([wrong, v]).toStrictEqual([0, '-9223372036854775808']);

    v = parseJson(`${'{"id":9007199254740993,"next":'.repeat(n)}[1e30]${'}'.repeat(n)}`);
    for (let i = 0; i < n; i++) {
      if ((v as { id: unknown }).id !== '9007199254740993') wrong++;
      v = (v as { next: unknown }).next;
    }
    expect([wrong, v]).toStrictEqual([0, [1e30]]);

    v = parseJson(`${'{"a":['.repeat(n)}12345678901234567890.5${']}'.repeat(n)}`);
    for (let i = 0; i < n; i++) v = (v as { a: unknown[] }).a[0];
    // eslint-disable-next-line no-loss-of-precision -- the same double JSON.parse gives: decimals stay numbers
    expect(v).toBe(12345678901234567890.5);
  });
});
