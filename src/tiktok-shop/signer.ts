/**
 * TikTok Shop request signing (TikTok Shop docs: Sign your API request). Runs on every attempt of every call, so the key is
 * prepared once per app and a request costs one key sort and one HMAC.
 */
import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import { hmacSha256Hex } from './hmac.js';
import type { WireBody } from '../core/auth.js';

/** Query keys never signed (the docs' "Common mistakes"): the signature itself and the legacy token parameter. */
const UNSIGNED_KEYS: ReadonlySet<string> = new Set(['sign', 'access_token']);

/** What {@link signRequest} signs. */
export interface SignInput {
  /** The app secret from Partner Center; the HMAC key and the wrapper on both sides. */
  appSecret: string;
  /** Request path only, as sent: no scheme, host or query, e.g. `/authorization/202309/shops`. */
  path: string;
  /** Query parameters with their **decoded** values (as the Go and Java samples read them); `sign`/`access_token` are skipped. */
  query: Readonly<Record<string, string>>;
  /** The exact body bytes that are sent. Omit for a request without a body. */
  body?: WireBody;
  /** The request's `content-type`; a `multipart/form-data` body is not signed. */
  contentType?: string | undefined;
}

/** A signing function bound to one app secret: `(path, query, body, contentType) => sign`. */
export type Signer = (
  path: string,
  query: Readonly<Record<string, string>>,
  body: WireBody,
  contentType: string | undefined,
) => string;

/**
 * The `sign` query value: lowercase hex HMAC-SHA256, keyed with the app secret, of
 * `secret + path + {key}{value}... (keys sorted) + body (unless multipart) + secret`.
 *
 * ```ts
 * signRequest({ appSecret: 'e59af819cc', path: '/authorization/202309/shops',
 *               query: { app_key: '29a39d', timestamp: '1623812664' } });
 * // 'b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8' (the docs' worked example)
 * ```
 * Pure: no clock, no I/O. For many requests prefer {@link createSigner}, which prepares the key once.
 */
export function signRequest(input: SignInput): string {
  return createSigner(input.appSecret)(input.path, input.query, input.body, input.contentType);
}

/** Prepares the HMAC key for `appSecret` once; the returned function signs a request (see {@link signRequest}). */
export function createSigner(appSecret: string): Signer {
  const key: KeyObject = createSecretKey(Buffer.from(appSecret, 'utf8'));
  const hmacHex = hmacSha256Hex(appSecret);
  return (path, query, body, contentType) => {
    const bytes = signedBody(body, contentType);
    const head = appSecret + path + paramString(query);
    // One string, one HMAC: the common case (no body, or a JSON body). Byte bodies are hashed as bytes.
    if (bytes === undefined || typeof bytes === 'string') return hmacHex(head + (bytes ?? '') + appSecret);
    return createHmac('sha256', key).update(head, 'utf8').update(bytes).update(appSecret, 'utf8').digest('hex');
  };
}

/**
 * The string before wrapping (path, sorted parameters, body), for debugging a signature mismatch against another
 * implementation. A byte body is decoded as UTF-8 here; the signer itself hashes the bytes.
 */
export function signingString(
  path: string,
  query: Readonly<Record<string, string>>,
  body: string | Uint8Array | undefined,
  contentType: string | undefined,
): string {
  const bytes = signedBody(body, contentType);
  const text = bytes === undefined ? '' : typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8');
  return path + paramString(query) + text;
}

/** `{key}{value}` for every signed key, keys in code-unit order (Go `<`, Java and JS sort agree, as in the docs' samples). */
function paramString(query: Readonly<Record<string, string>>): string {
  const keys = Object.keys(query).sort();
  let out = '';
  for (const k of keys) if (!UNSIGNED_KEYS.has(k)) out += k + query[k];
  return out;
}

/**
 * The body as signed: nothing for multipart (detected by media type, ignoring case and `; boundary=`, which the
 * Java/Node/Python samples of the docs get wrong), else the exact bytes. `{}` is a body and is signed.
 */
function signedBody(body: WireBody, contentType: string | undefined): string | Uint8Array | undefined {
  if (body === undefined || isMultipart(contentType)) return undefined;
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  throw new TypeError(
    'TikTok Shop signing: the request body is a stream, which cannot be signed before it is sent. ' +
      'Pass the body as a string or bytes (only multipart/form-data bodies are sent unsigned).',
  );
}

function isMultipart(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const semi = contentType.indexOf(';');
  return (semi < 0 ? contentType : contentType.slice(0, semi)).trim().toLowerCase() === 'multipart/form-data';
}
