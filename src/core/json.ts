import { restoreLargeIntegers } from './json-bigint-restore.js';

/**
 * int64-safe JSON decoding. TikTok Shop and Local Service ids can exceed 2^53 and JSON.parse would round them
 * silently (7010736057180325637 -> 7010736057180325000). Local Service sends shop_id, merchant_id and the like
 * as bare numbers, so that case must be fast too.
 *
 * The result is lossless-json's (its `parse` with a number parser that keeps unsafe integers as strings): an
 * integer literal beyond ±(2^53 - 1) becomes its exact decimal text ("-9223372036854775808"), every other number
 * stays a number (1e30, 12345678901234567890.5, -0, 1.0 included), strings are untouched. Unlike lossless-json,
 * a duplicate key keeps its last value, as JSON.parse does.
 *
 * Fast path: JSON.parse, then a walk of the result for a number beyond ±(2^53 - 1). Any integer literal that
 * JSON.parse cannot hold exactly parses to such a number, so none can slip through (a scan of the text instead
 * costs 0.3-1.2x a JSON.parse by itself, and ids sent as strings, which every TikTok Shop body has, defeat a
 * digit-run pre-check). Only when one is found is the text scanned to restore the literals
 * (core/json-bigint-restore.ts). Figures: bench/README.md.
 */
export function parseJson(text: string): unknown {
  const value: unknown = JSON.parse(text);
  const unsafe =
    typeof value === 'number'
      ? value > Number.MAX_SAFE_INTEGER || value < -Number.MAX_SAFE_INTEGER
      : value !== null && typeof value === 'object' && hasUnsafeNumber(value, 0);
  return unsafe ? restoreLargeIntegers(text, value) : value;
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

/** True when the text looks like a JSON object or array (cheap check before parsing). */
export function looksLikeJson(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    return c === 0x7b /* { */ || c === 0x5b; /* [ */
  }
  return false;
}
