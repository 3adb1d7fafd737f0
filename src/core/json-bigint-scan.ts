/**
 * Finds, in a JSON text that JSON.parse has already accepted, every number literal whose value lies beyond
 * ±(2^53 - 1): the literals JSON.parse may have rounded. One pass, no recursion (a body nested 100,000 levels
 * deep is just a long run of brackets here), and no copy of the text.
 *
 * Strings are skipped with `indexOf('"')`, one call per string: measured on the ~300 KB order page of the bench,
 * that is ~0.6x a JSON.parse of the same text, where a charCodeAt loop through the strings costs ~0.85x and any
 * regex over the whole text 0.3-1.2x before it could tell a string from a number.
 *
 * Because the text is known to be valid JSON, outside strings a `-` or digit always starts a number token and
 * the token's grammar is fixed: `-? int (. digits)? ([eE] [+-]? digits)?`.
 */

/** The number literals of a text whose value is beyond ±(2^53 - 1), in document order. */
export interface LargeLiterals {
  /** Offset of each literal's first character (its minus sign, when it has one). */
  starts: number[];
  /** Offset just past each literal. */
  ends: number[];
  /**
   * Whether each is an integer literal, as lossless-json's `isInteger` says (`/^-?[0-9]+$/`: no fraction, no
   * exponent; `1.0` and `1e30` are not). Only these become strings; the others stay numbers.
   */
  integer: boolean[];
  /** How many object keys the text holds, duplicates included (JSON.parse keeps one value per name). */
  keys: number;
}

const MAX_SAFE_DIGITS = '9007199254740991'; // Number.MAX_SAFE_INTEGER: 16 digits

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const LOWER_E = 0x65;
const UPPER_E = 0x45;

/** `text` must be valid JSON (JSON.parse accepted it): an invalid text gives meaningless offsets. */
export function scanLargeLiterals(text: string): LargeLiterals {
  const found: LargeLiterals = { starts: [], ends: [], integer: [], keys: 0 };
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const close = closingQuote(text, i + 1);
      // A string followed by a colon is an object key (JSON whitespace may come between).
      let k = close + 1;
      let n = text.charCodeAt(k);
      while (n === 0x20 || n === 0x0a || n === 0x0d || n === 0x09) n = text.charCodeAt(++k);
      if (n === COLON) found.keys++;
      i = k;
    } else if (c === MINUS || (c >= ZERO && c <= NINE)) {
      i = number(text, i, found);
    } else {
      i++;
    }
  }
  return found;
}

/** The offset of the quote that closes the string whose content starts at `from`. */
function closingQuote(text: string, from: number): number {
  let q = text.indexOf('"', from);
  // A quote preceded by an odd run of backslashes is escaped (`\"`); an even run (`\\"`) is not.
  while (text.charCodeAt(q - 1) === BACKSLASH) {
    let b = q - 2;
    while (text.charCodeAt(b) === BACKSLASH) b--;
    if ((q - b) % 2 === 1) break;
    q = text.indexOf('"', q + 1);
  }
  return q;
}

/** Reads the number token at `start`, records it when its value is beyond ±(2^53 - 1); returns its end. */
function number(text: string, start: number, found: LargeLiterals): number {
  let i = start;
  if (text.charCodeAt(i) === MINUS) i++;
  const digitsStart = i;
  let c = text.charCodeAt(i);
  while (c >= ZERO && c <= NINE) c = text.charCodeAt(++i);
  const intDigits = i - digitsStart;
  let integer = true;
  let exponent = false;
  if (c === DOT) {
    integer = false;
    c = text.charCodeAt(++i);
    while (c >= ZERO && c <= NINE) c = text.charCodeAt(++i);
  }
  if (c === LOWER_E || c === UPPER_E) {
    integer = false;
    exponent = true;
    c = text.charCodeAt(++i);
    if (c === PLUS || c === MINUS) c = text.charCodeAt(++i);
    while (c >= ZERO && c <= NINE) c = text.charCodeAt(++i);
  }
  // Up to 15 integer digits (no exponent) is below 10^15: always safe, the common case, decided without a call.
  if (intDigits < 16 && !exponent) return i;
  let large: boolean;
  if (integer) {
    // JSON has no leading zeros, so digit count then digit order compare the magnitude exactly.
    large = intDigits > 16 || text.slice(digitsStart, i) > MAX_SAFE_DIGITS;
  } else {
    // Decided on the parsed value, like the JSON.parse result it is matched against (both round the same way).
    const v = Number(text.slice(start, i));
    large = v > Number.MAX_SAFE_INTEGER || v < -Number.MAX_SAFE_INTEGER;
  }
  if (large) {
    found.starts.push(start);
    found.ends.push(i);
    found.integer.push(integer);
  }
  return i;
}
