import { isInteger, isSafeNumber, parse as losslessParse } from 'lossless-json';

/**
 * int64-safe JSON decoding (DESIGN.md "int64"). TikTok and Local Service ids can exceed 2^53 and JSON.parse
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
  return hasUnsafeNumber(value) ? losslessParse(text, null, parseNumberSafely) : value;
}

function hasUnsafeNumber(v: unknown): boolean {
  if (typeof v === 'number') return v > Number.MAX_SAFE_INTEGER || v < -Number.MAX_SAFE_INTEGER;
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (hasUnsafeNumber(v[i])) return true;
    return false;
  }
  for (const k in v) if (hasUnsafeNumber((v as Record<string, unknown>)[k])) return true;
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
