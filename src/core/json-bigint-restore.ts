import { scanLargeLiterals, type LargeLiterals } from './json-bigint-scan.js';

/**
 * Puts back the exact text of the integer literals JSON.parse rounded, into the value it returned.
 *
 * The cheap way is to patch that value in place rather than parse again: a second parse of the text costs one
 * JSON.parse more, and a rewritten copy of the text (quotes added) about two more, because V8 has to allocate and
 * flatten a new large string first. Measured on the bench's ~300 KB page with bare int64 ids, in all: patching
 * 1.7-1.85x JSON.parse, rewriting and parsing again ~5.5x, lossless-json 9-15x (bench/README.md).
 *
 * Patching pairs the scanner's large literals (document order) with the value's large numbers (walk order).
 * The two orders agree unless an object has an array-index key ("0", "17": JavaScript enumerates those first)
 * or a duplicate key (JSON.parse keeps the last value at the first key's place). Both are detected, and so is
 * nesting too deep to walk by recursion; then the text is rewritten with the integers quoted and parsed again,
 * which is exact in every case. Each pair is also checked (the literal parses to the number it replaces).
 */
export function restoreLargeIntegers(text: string, value: unknown): unknown {
  const found = scanLargeLiterals(text);
  if (typeof value === 'number') {
    // A bare number as the whole body: the one literal there is.
    return found.integer[0] === true ? text.slice(found.starts[0], found.ends[0]) : value;
  }
  const refs = new LargeNumberRefs();
  if (value !== null && typeof value === 'object') collect(value, 0, refs);
  return patch(text, found, refs) ? value : parseQuoted(text, found);
}

/** Beyond this depth the walk would risk the call stack; such bodies take the rewrite path, which has no recursion. */
const MAX_DEPTH = 1_000;

/** Where the walk found a number beyond ±(2^53 - 1): `holders[n][keys[n]]`, in walk order. */
class LargeNumberRefs {
  holders: Record<string | number, unknown>[] = [];
  keys: (string | number)[] = [];
  /** Object keys seen, to compare with the text's count: fewer means duplicate keys were merged. */
  objectKeys = 0;
  /** Set when the walk order may differ from the text's order, or the walk stopped: pairing is not safe. */
  unordered = false;
}

function collect(v: object, depth: number, refs: LargeNumberRefs): void {
  if (depth > MAX_DEPTH) {
    refs.unordered = true;
    return;
  }
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (typeof x === 'number') {
        if (x > Number.MAX_SAFE_INTEGER || x < -Number.MAX_SAFE_INTEGER) {
          refs.holders.push(v as unknown as Record<number, unknown>);
          refs.keys.push(i);
        }
      } else if (x !== null && typeof x === 'object') {
        collect(x, depth + 1, refs);
      }
      if (refs.unordered) return;
    }
    return;
  }
  const o = v as Record<string, unknown>;
  for (const k in o) {
    refs.objectKeys++;
    const first = k.charCodeAt(0);
    if (first >= 0x30 && first <= 0x39 && isArrayIndex(k)) refs.unordered = true;
    const x = o[k];
    if (typeof x === 'number') {
      if (x > Number.MAX_SAFE_INTEGER || x < -Number.MAX_SAFE_INTEGER) {
        refs.holders.push(o);
        refs.keys.push(k);
      }
    } else if (x !== null && typeof x === 'object') {
      collect(x, depth + 1, refs);
    }
    if (refs.unordered) return;
  }
}

/** Array-index keys (canonical integers below 2^32 - 1) are enumerated before all others, in numeric order. */
function isArrayIndex(k: string): boolean {
  return /^(?:0|[1-9][0-9]{0,9})$/.test(k) && Number(k) < 4_294_967_295;
}

/** Writes the literals' text into the value; false (nothing written) when the pairing cannot be trusted. */
function patch(text: string, found: LargeLiterals, refs: LargeNumberRefs): boolean {
  const n = refs.holders.length;
  if (refs.unordered || refs.objectKeys !== found.keys || n !== found.starts.length) return false;
  const literals: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const literal = text.slice(found.starts[i], found.ends[i]);
    if (Number(literal) !== refs.holders[i]![refs.keys[i]!]) return false;
    literals[i] = literal;
  }
  // Checked in full before the first write, so a failed check leaves the value untouched for the rewrite path.
  for (let i = 0; i < n; i++) if (found.integer[i]) refs.holders[i]![refs.keys[i]!] = literals[i];
  return true;
}

/** The exact path for any valid text: quote every large integer literal, then JSON.parse the result. */
function parseQuoted(text: string, found: LargeLiterals): unknown {
  let out = '';
  let copied = 0;
  for (let i = 0; i < found.starts.length; i++) {
    if (!found.integer[i]) continue;
    const start = found.starts[i]!;
    const end = found.ends[i]!;
    out += `${text.slice(copied, start)}"${text.slice(start, end)}"`;
    copied = end;
  }
  return JSON.parse(out + text.slice(copied));
}
