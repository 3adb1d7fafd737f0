/**
 * How the inspector keeps secrets out of what it serves: values under a secret name (the SDK's own list, from
 * src/core/redact.ts) are masked, and so is every occurrence of a secret the emulator knows (its app secret, keys
 * and static tokens), wherever it appears. A masked value keeps its first two characters, enough to tell two
 * credentials apart without revealing either.
 */
import { isSecretName } from '../../core/redact.js';

const MASK = '•••';

/** `em•••` for `emu_e59af819cc_secret`; a value too short to show anything of is `•••`. */
export function mask(value: string): string {
  return value.length >= 8 ? value.slice(0, 2) + MASK : MASK;
}

/**
 * Whether a query key, header or body field holds a credential. The SDK's list minus `sign`, which is a digest
 * (showing it is the point of the inspector), plus `code` next to `grant_type` (an OAuth code being exchanged).
 */
export function isSecretField(name: string, inTokenExchange = false): boolean {
  const lower = name.toLowerCase();
  if (lower === 'sign') return false;
  return isSecretName(lower) || (inTokenExchange && lower === 'code');
}

/** A header value as shown: masked when it carries a credential, keeping an `Authorization` scheme readable. */
export function maskHeader(name: string, value: string): string {
  if (!isSecretField(name)) return value;
  const scheme = /^(Bearer|Basic)\s+(.*)$/i.exec(value);
  return scheme ? `${scheme[1]} ${mask(scheme[2]!)}` : mask(value);
}

/** Query pairs (decoded) as shown, secret values masked. */
export function maskPairs(pairs: Iterable<[string, string]>): [string, string][] {
  const list = [...pairs];
  const exchange = list.some(([k]) => k === 'grant_type');
  return list.map(([k, v]) => [k, isSecretField(k, exchange) ? mask(v) : v]);
}

/** A deep copy of a parsed body with the values of secret fields masked (depth-bounded: bodies are display-only). */
export function maskFields(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth > 64) return value;
  if (Array.isArray(value)) return value.map((v) => maskFields(v, depth + 1));
  const out: Record<string, unknown> = {};
  const exchange = 'grant_type' in value;
  for (const [k, v] of Object.entries(value)) {
    const shown =
      isSecretField(k, exchange) && (typeof v === 'string' || typeof v === 'number') ? mask(String(v)) : maskFields(v, depth + 1);
    Object.defineProperty(out, k, { value: shown, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * Replaces every known secret inside the strings of a JSON-like value (in place, on a value the inspector built
 * itself): the net under the name-based masking, for a secret sent where no name says so (in a path, a body text).
 */
export function scrubSecrets<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0) return value;
  const scrub = (text: string): string => {
    let out = text;
    for (const s of secrets) if (out.includes(s)) out = out.split(s).join(mask(s));
    return out;
  };
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return scrub(v);
    if (v === null || typeof v !== 'object' || depth > 64) return v;
    const record = v as Record<string, unknown>;
    for (const k of Object.keys(record)) record[k] = walk(record[k], depth + 1);
    return v;
  };
  return walk(value, 0) as T;
}
