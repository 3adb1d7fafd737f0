/**
 * Reading loosely typed envelope fields: APIs send the same fact as a number in one answer and a numeric string
 * in the next (`"http_status_code": "400"`, `"total": "57"`). One definition, used by every envelope.
 */

/** A non-empty string, else undefined. */
export function readString(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A finite number from a number or a numeric string, else undefined. */
export function readNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** A plain object (not an array, not null), else undefined. */
export function readObject(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}
