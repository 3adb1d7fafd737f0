import { isInteger, isSafeNumber, parse as losslessParse } from 'lossless-json';

/**
 * int64-safe JSON decoding (DESIGN.md "int64"). TikTok and Local Service ids can exceed 2^53 and JSON.parse
 * would round them silently (7010736057180325637 -> 7010736057180325000).
 *
 * Fast path: a body with no run of 16+ digits cannot hold an integer beyond 2^53 (9007199254740992 has 16
 * digits), so plain JSON.parse is exact. Only bodies that may hold one take the slower lossless parser, which
 * turns unsafe integers into decimal strings and leaves every other number a number.
 */
const MAYBE_BIG_INT = /\d{16}/;

export function parseJson(text: string): unknown {
  if (!MAYBE_BIG_INT.test(text)) return JSON.parse(text);
  return losslessParse(text, null, parseNumberSafely);
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
