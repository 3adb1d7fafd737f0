/**
 * Query values are kept decoded until the last moment: TikTok Shop signs decoded values and sends encoded
 * ones (TikTok Shop docs: Sign your API request), so encoding happens once, when the URL is built.
 */

/** Flattens params to strings: arrays comma-joined, objects as JSON, undefined/null dropped. */
export function toQueryRecord(params: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!params || typeof params !== 'object') return out;
  for (const k in params) {
    if (!Object.hasOwn(params, k)) continue;
    const v = (params as Record<string, unknown>)[k];
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
    out += `${encodeComponent(k)}=${encodeComponent(query[k]!)}`;
  }
  return out;
}

/**
 * encodeURIComponent, skipped when there is nothing to encode. Most values on the wire (a sign in hex, a
 * timestamp, an app key, a shop cipher, ids) are made of unreserved characters only, and a scan of those is
 * cheaper than the runtime call that would return the same string.
 */
function encodeComponent(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || UNRESERVED[c] === 0) return encodeURIComponent(s);
  }
  return s;
}

/** 1 for the characters encodeURIComponent leaves as they are: A-Z a-z 0-9 - _ . ! ~ * ' ( ). */
const UNRESERVED = (() => {
  const table = new Uint8Array(128);
  for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()") table[ch.charCodeAt(0)] = 1;
  return table;
})();
