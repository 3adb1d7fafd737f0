/**
 * Query values are kept decoded until the last moment: TikTok Shop signs decoded values and sends encoded
 * ones (ENDPOINTS.md 4.6), so encoding happens once, when the URL is built.
 */

/** Flattens params to strings: arrays comma-joined, objects as JSON, undefined/null dropped. */
export function toQueryRecord(params: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!params || typeof params !== 'object') return out;
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) out[k] = v.map(String).join(',');
    else if (typeof v === 'object') out[k] = JSON.stringify(v);
    else out[k] = String(v);
  }
  return out;
}

/** `a=1&b=x%2By`: RFC 3986 encoding of keys and values (a `+` must never reach the server raw). */
export function encodeQuery(query: Record<string, string>): string {
  let out = '';
  for (const k in query) {
    if (out) out += '&';
    out += `${encodeURIComponent(k)}=${encodeURIComponent(query[k]!)}`;
  }
  return out;
}
