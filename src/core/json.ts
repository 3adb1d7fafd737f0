import { isInteger, isSafeNumber, parse as losslessParse } from 'lossless-json';

/**
 * int64-safe JSON decoding. TikTok and Local Service ids can exceed 2^53 and JSON.parse
 * would round them silently (7010736057180325637 -> 7010736057180325000).
 *
 * Fast path: JSON.parse, then a walk of the result for a number beyond ±(2^53 - 1). Any integer literal that
 * JSON.parse cannot hold exactly parses to such a number, so none can slip through; only then is the text parsed
 * again with lossless-json, which turns unsafe integers into decimal strings and leaves every other number a
 * number. (A scan of the text for long digit runs was tried first: ids sent as strings, which every TikTok Shop
 * body has, sent every response down the slow path, 6-19x JSON.parse; see bench/README.md.)
 */
export function parseJson(text: string): unknown {
  const value: unknown = JSON.parse(text);
  const unsafe =
    typeof value === 'number'
      ? value > Number.MAX_SAFE_INTEGER || value < -Number.MAX_SAFE_INTEGER
      : value !== null && typeof value === 'object' && hasUnsafeNumber(value, 0);
  return unsafe ? losslessParse(text, null, parseNumberSafely) : value;
}

/** Recursion is the fastest walk, but a body nested deeper than this finishes on an explicit stack instead. */
const MAX_RECURSION = 1_000;

// Numbers are checked in the loop and only containers recursed into: half the cost of one call per value.
function hasUnsafeNumber(v: object, depth: number): boolean {
  if (depth === MAX_RECURSION) return hasUnsafeNumberDeep(v);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (typeof x === 'number') {
        if (x > Number.MAX_SAFE_INTEGER || x < -Number.MAX_SAFE_INTEGER) return true;
      } else if (x !== null && typeof x === 'object' && hasUnsafeNumber(x, depth + 1)) return true;
    }
    return false;
  }
  for (const k in v) {
    const x = (v as Record<string, unknown>)[k];
    if (typeof x === 'number') {
      if (x > Number.MAX_SAFE_INTEGER || x < -Number.MAX_SAFE_INTEGER) return true;
    } else if (x !== null && typeof x === 'object' && hasUnsafeNumber(x, depth + 1)) return true;
  }
  return false;
}

/** The same walk without recursion: JSON nested 100,000 levels deep must not overflow the call stack. */
function hasUnsafeNumberDeep(root: object): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'number') {
      if (v > Number.MAX_SAFE_INTEGER || v < -Number.MAX_SAFE_INTEGER) return true;
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push(v[i]);
    } else if (v !== null && typeof v === 'object') {
      for (const k in v) stack.push((v as Record<string, unknown>)[k]);
    }
  }
  return false;
}

function parseNumberSafely(value: string): number | string {
  if (isInteger(value) && !isSafeNumber(value)) return value;
  return Number(value);
}

/** True when the text looks like a JSON object or array (cheap check before parsing). */
export function looksLikeJson(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    return c === 0x7b /* { */ || c === 0x5b /* [ */;
  }
  return false;
}
