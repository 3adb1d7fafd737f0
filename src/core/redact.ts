/**
 * Secrets never leave the SDK in logs, error messages or util.inspect output (DESIGN.md "Secrets").
 * Redaction is by name (headers, query params, body keys) and by value (the secrets a client was given).
 */

export const REDACTED = '[REDACTED]';

/** Names (lower-case) whose values are secrets wherever they appear: header, query param or body key. */
export const SECRET_NAMES: ReadonlySet<string> = new Set([
  'x-api-key',
  'authorization',
  'x-tts-access-token',
  'access_token',
  'refresh_token',
  'app_secret',
  'client_secret',
  'sign',
  'api_key',
  'apikey',
  'password',
  // Presigned object-storage URLs carry their credential in the query (S3 / TOS style).
  'signature',
  'x-amz-signature',
  'x-amz-credential',
  'x-amz-security-token',
  'x-tos-signature',
  'x-tos-credential',
  'x-tos-security-token',
]);

export function isSecretName(name: string): boolean {
  return SECRET_NAMES.has(name.toLowerCase());
}

/** A copy of headers with secret values replaced. */
export function redactHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined) continue;
    out[k] = isSecretName(k) ? REDACTED : Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

/** A URL (or path?query) with secret query values replaced. Cheap when there is no query string. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const parts = url.slice(q + 1).split('&');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const eq = part.indexOf('=');
    const name = decodeSafe(eq < 0 ? part : part.slice(0, eq));
    if (isSecretName(name)) parts[i] = `${part.slice(0, eq < 0 ? part.length : eq)}=${REDACTED}`;
  }
  return `${url.slice(0, q)}?${parts.join('&')}`;
}

/** A deep copy of a JSON-like value with secret keys replaced. Non-plain objects are kept as they are. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (depth > 20 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = isSecretName(k) ? REDACTED : redactValue(v, depth + 1);
  return out;
}

// "access_token":"..." / access_token=... in free text (error bodies, HTML pages, form bodies).
const SECRET_PAIR = new RegExp(
  `("?(?:${[...SECRET_NAMES].map((n) => n.replace(/[-]/g, '\\-')).join('|')})"?\\s*[:=]\\s*)("(?:[^"\\\\]|\\\\.)*"|[^&\\s,;}"]+)`,
  'gi',
);

/**
 * Redacts free text: key/value pairs with secret names, and any literal occurrence of a known secret value.
 * `secrets` are the values a client holds (API key, app secret, tokens); short values are skipped to avoid
 * shredding ordinary words.
 */
export function redactText(text: string, secrets?: Iterable<string | undefined>): string {
  let out = text.replace(SECRET_PAIR, (_m, key: string, val: string) =>
    `${key}${val.startsWith('"') ? `"${REDACTED}"` : REDACTED}`,
  );
  if (secrets) {
    for (const s of secrets) if (s && s.length >= 6 && out.includes(s)) out = out.split(s).join(REDACTED);
  }
  return out;
}

/** A short, single-line, redacted excerpt of a body, for error messages. */
export function bodyExcerpt(text: string, secrets?: Iterable<string | undefined>, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const cut = flat.length > max ? `${flat.slice(0, max)}…` : flat;
  return redactText(cut, secrets);
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
