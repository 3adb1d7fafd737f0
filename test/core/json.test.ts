import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/core/json.js';

describe('int64-safe JSON decoding', () => {
  it('keeps 7010736057180325637 exact, as a string', () => {
    const v = parseJson('{"id":7010736057180325637,"shop_id":-7010736057180325637}') as Record<string, unknown>;
    expect(v.id).toBe('7010736057180325637');
    expect(v.shop_id).toBe('-7010736057180325637');
  });

  it('leaves safe integers, floats and strings as they are', () => {
    const text = '{"a":9007199254740991,"b":1.25,"c":"7010736057180325637","d":[1,2,3],"e":null,"f":true}';
    expect(parseJson(text)).toEqual(JSON.parse(text));
  });

  it('turns 2^53 + 1 into a string (the first integer JSON.parse would round)', () => {
    expect((parseJson('[9007199254740993]') as unknown[])[0]).toBe('9007199254740993');
  });

  it('takes the fast path for bodies without unsafe integers (ids as strings included) and still parses them', () => {
    const body = JSON.stringify({ orders: Array.from({ length: 100 }, (_, i) => ({ id: `${i}`, n: i })) });
    expect(parseJson(body)).toEqual(JSON.parse(body));
  });

  it('parses long digit runs inside strings exactly on the slow path', () => {
    const text = '{"token":"abc1234567890123456789","n":12}';
    expect(parseJson(text)).toEqual({ token: 'abc1234567890123456789', n: 12 });
  });

  it('keeps huge floats as numbers (only integers become strings)', () => {
    expect(parseJson('{"a":1e300,"b":12345678901234567890.5,"c":7010736057180325637}')).toEqual({
      a: 1e300,
      // eslint-disable-next-line no-loss-of-precision -- the float JSON.parse makes of the same text
      b: 12345678901234567890.5,
      c: '7010736057180325637',
    });
  });

  it('throws SyntaxError on truncated JSON', () => {
    expect(() => parseJson('{"id":7010736057180325637,"x":')).toThrow(SyntaxError);
    expect(() => parseJson('{"a":1,')).toThrow(SyntaxError);
  });
});
