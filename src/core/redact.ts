/**
 * Secrets never leave the SDK in logs, error messages or util.inspect output. Redaction is by name (headers,
 * query params, body keys) and by value (the secrets a client holds, and those a request is sending).
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
  // The OAuth code being exchanged for tokens: single use, but whoever reads it first gets the seller's tokens.
  'auth_code',
  // Session credentials a proxy or gateway may set or echo.
  'cookie',
  'set-cookie',
  'proxy-authorization',
]);

/**
 * `code` is an OAuth authorization code only in a token exchange (next to `grant_type`); elsewhere it is an
 * API's error code, which must stay readable.
 */
const OAUTH_CODE = 'code';
const GRANT_TYPE = 'grant_type';

export function isSecretName(name: string): boolean {
  return SECRET_NAMES.has(name.toLowerCase());
}

/**
 * A copy of headers with secrets replaced: by name (`authorization`, `set-cookie` ...), and in every other value
 * by value and by `name=value` pair (a `Location` carrying `access_token=` or `sign=`, a header echoing a key).
 */
export function redactHeaders(
  headers: Record<string, string | string[] | undefined>,
  secrets?: Iterable<string | undefined>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined) continue;
    out[k] = isSecretName(k) ? REDACTED : redactText(Array.isArray(v) ? v.join(', ') : v, secrets);
  }
  return out;
}

/** A URL (or path?query) with secret query values replaced. Cheap when there is no query string. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const parts = url.slice(q + 1).split('&');
  const names = parts.map((part) => {
    const eq = part.indexOf('=');
    return decodeSafe(eq < 0 ? part : part.slice(0, eq));
  });
  const exchange = names.includes(GRANT_TYPE);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const name = names[i]!;
    if (isSecretName(name) || (exchange && name === OAUTH_CODE)) {
      const eq = part.indexOf('=');
      parts[i] = `${part.slice(0, eq < 0 ? part.length : eq)}=${REDACTED}`;
    }
  }
  return `${url.slice(0, q)}?${parts.join('&')}`;
}

function isPlain(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * A deep copy of a JSON-like value with secrets replaced: under a secret key, and inside every string (by
 * `name=value` pair, and by value for `secrets`). Depth-safe: iterative, so a body nested ten thousand levels deep
 * is redacted all the way down instead of returned raw past some depth (or overflowing the stack); a cycle keeps
 * its shape. Non-plain objects (class instances) are kept as they are.
 */
export function redactValue(value: unknown, secrets?: Iterable<string | undefined>): unknown {
  const list = secrets ? [...secrets] : undefined;
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? redactText(value, list) : value;
  if (!isPlain(value)) return value;
  const copyOf = (v: object): unknown[] | Record<string, unknown> => (Array.isArray(v) ? [] : {});
  const root = copyOf(value);
  const copies = new Map<object, unknown>([[value, root]]);
  const stack: [object, Record<string, unknown>][] = [[value, root as Record<string, unknown>]];
  while (stack.length > 0) {
    const [source, target] = stack.pop()!;
    const array = Array.isArray(source);
    for (const k of Object.keys(source)) {
      const v = (source as Record<string, unknown>)[k];
      let out: unknown = v;
      if (!array && isSecretName(k)) out = REDACTED;
      else if (typeof v === 'string') out = redactText(v, list);
      else if (v !== null && typeof v === 'object' && isPlain(v)) {
        out = copies.get(v);
        if (out === undefined) {
          out = copyOf(v);
          copies.set(v, out);
          stack.push([v, out as Record<string, unknown>]);
        }
      }
      // defineProperty: a `__proto__` key from JSON.parse stays a plain key of the copy.
      if (k === '__proto__')
        Object.defineProperty(target, k, { value: out, enumerable: true, writable: true, configurable: true });
      else target[k] = out;
    }
  }
  return root;
}

/**
 * The secret values a request is sending, by name: query params and headers (`refresh_token`, `auth_code`,
 * `app_secret`, a bearer token) and the fields of a form or JSON body (`client_secret`). A server may echo any
 * of them back, so an error's texts are scrubbed of them too. Read only on error paths.
 */
export function secretsSent(query: Record<string, string>, headers: Record<string, string>, body: unknown): string[] {
  const out: string[] = [];
  const exchange = GRANT_TYPE in query;
  for (const k in query) if (isSecretName(k) || (exchange && k === OAUTH_CODE)) out.push(query[k]!);
  for (const k in headers) if (isSecretName(k)) out.push(headers[k]!, headers[k]!.replace(/^\s*(?:Bearer|Basic)\s+/i, ''));
  if (typeof body !== 'string' || body.length === 0) return out;
  const type = headers['content-type'] ?? '';
  if (type.includes('application/x-www-form-urlencoded')) {
    const form = new URLSearchParams(body);
    const formExchange = form.has(GRANT_TYPE);
    for (const [k, v] of form) if (isSecretName(k) || (formExchange && k === OAUTH_CODE)) out.push(v);
  } else if (type.includes('json')) {
    try {
      collectSecretFields(JSON.parse(body), out);
    } catch {
      // not JSON after all: nothing to read by name
    }
  }
  return out;
}

function collectSecretFields(value: unknown, out: string[]): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    const exchange = !Array.isArray(v) && GRANT_TYPE in v;
    for (const [k, field] of Object.entries(v)) {
      if (typeof field === 'string' && (isSecretName(k) || (exchange && k === OAUTH_CODE))) out.push(field);
      else stack.push(field);
    }
  }
}

// "access_token":"..." / access_token=... in free text (error bodies, HTML pages, form bodies). A quoted value cut
// short (by an excerpt, by a truncated body) is redacted up to the end of the text.
const SECRET_PAIR = new RegExp(
  `("?(?:${[...SECRET_NAMES].map((n) => n.replace(/[-]/g, '\\-')).join('|')})"?\\s*[:=]\\s*)("(?:[^"\\\\]|\\\\.)*(?:"|$)|[^&\\s,;}"]+)`,
  'gi',
);

/**
 * Redacts free text: key/value pairs with secret names, and any literal occurrence of a known secret value.
 * `secrets` are the values a client holds (API key, app secret, tokens); short values are skipped to avoid
 * shredding ordinary words.
 */
export function redactText(text: string, secrets?: Iterable<string | undefined>): string {
  let out = text.replace(
    SECRET_PAIR,
    (_m, key: string, val: string) => `${key}${val.startsWith('"') ? `"${REDACTED}"` : REDACTED}`,
  );
  if (secrets) {
    for (const s of secrets) if (s && s.length >= 6 && out.includes(s)) out = out.split(s).join(REDACTED);
  }
  return out;
}

/** Text read past an excerpt's end before redacting it, so that a secret straddling the cut is still recognized. */
const EXCERPT_WINDOW = 8192;

/**
 * A short, single-line, redacted excerpt of a body, for error messages. Redacted before it is cut: a secret cut in
 * half would no longer match its value, and its first half would show.
 */
export function bodyExcerpt(text: string, secrets?: Iterable<string | undefined>, max = 200): string {
  const flat = redactText(text.slice(0, max + EXCERPT_WINDOW), secrets)
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
