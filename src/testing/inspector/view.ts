/**
 * One inspected request as the inspector serves it (JSON, SSE, the page): built from the journal entry, the
 * handler's auth note and the outcome, only when someone asks, with every secret masked.
 */
import { parseJson } from '../../core/json.js';
import { TIKTOK_SHOP_AUTH_BASE_URL, TIKTOK_SHOP_BASE_URL } from '../../tiktok-shop/api.js';
import { signingString, signRequest } from '../../tiktok-shop/signer.js';
import type { JournalEntry } from '../journal.js';
import { LOCAL_SERVICE_ORIGIN } from '../local-service/fixtures.js';
import { TRENZ_EMULATOR_ORIGIN } from '../trenz/common.js';
import type { AuthNote, TikTokShopAuthNote } from './auth-notes.js';
import { mask, maskFields, maskHeader, maskPairs, scrubSecrets } from './mask.js';
import { routeIdOf, type InspectedApi } from './routes.js';

/** How a request ended: answered with a status, or not answered at all. */
export type InspectionOutcome =
  | { readonly type: 'pending' }
  | { readonly type: 'response'; readonly status: number }
  | { readonly type: 'reset' }
  | { readonly type: 'aborted' };

/** The TikTok Shop signature check, explained (TikTok Shop docs: Sign your API request). */
export interface InspectedSignature {
  /** `<app_secret>` + path + sorted `{key}{value}` pairs + body + `<app_secret>`: the secret itself is never shown. */
  readonly stringToSign: string;
  /** The app secret the emulator signs with, masked (`em•••`). */
  readonly secret: string;
  /** The `sign` the emulator computed from what it received. Null when the body was too large to keep. */
  readonly expected: string | null;
  /** The `sign` query parameter as received, or null when there was none. */
  readonly received: string | null;
  readonly match: boolean;
  /** The `timestamp` query parameter, and the window the emulator accepts around its own clock (Unix seconds). */
  readonly timestamp: { readonly received: string | null; readonly now: number; readonly window: readonly [number, number] };
}

/** One request, as the inspector page shows it. JSON-safe. */
export interface InspectedRequest {
  /** The journal's sequence number (arrival order). */
  readonly seq: number;
  /** ISO 8601 arrival time. */
  readonly at: string;
  readonly api: InspectedApi;
  readonly method: string;
  /** Pathname as sent (no query). */
  readonly path: string;
  /** The SDK's route id for this method and path, or null. */
  readonly routeId: string | null;
  /** HTTP status sent, or null when none was (pending, connection dropped, client gone). */
  readonly status: number | null;
  readonly outcome: InspectionOutcome['type'];
  /**
   * `ok`, the failed check (`bad signature`, `timestamp too old`, `missing shop_cipher`, `invalid key`...), `not checked`
   * (no credential check on that path, or a fault answered first), or `pending` while the request is in flight.
   */
  readonly verdict: string;
  /** The fault rule that applied to this request (`status 503`, `delay 200 ms`...), or null. */
  readonly fault: string | null;
  /** Decoded query parameters in order, secrets masked. */
  readonly query: readonly (readonly [string, string])[];
  /** Request headers, credentials masked. */
  readonly headers: readonly (readonly [string, string])[];
  readonly body: {
    readonly contentType: string | null;
    readonly bytes: number;
    readonly truncated: boolean;
    /** The body as the emulator parsed it (JSON or a form), secret fields masked; null when it is not parsed. */
    readonly parsed: unknown;
    /** The body text when it was not parsed (empty for none; cut at 4 KiB), secrets scrubbed. */
    readonly text: string;
  };
  /** TikTok Shop business requests: the signature check. */
  readonly signature: InspectedSignature | null;
  /** Trenz and Local Service: which header carried the credential, and the verdict on it. */
  readonly auth: { readonly header: string | null; readonly verdict: string } | null;
}

const API_BY_ORIGIN: ReadonlyMap<string, InspectedApi> = new Map([
  [TIKTOK_SHOP_BASE_URL, 'TikTok Shop'],
  [TIKTOK_SHOP_AUTH_BASE_URL, 'TikTok Shop'],
  [TRENZ_EMULATOR_ORIGIN, 'Trenz'],
  [LOCAL_SERVICE_ORIGIN, 'Local Service'],
]);

const TEXT_LIMIT = 4096;

/** Builds the view of one request. `secrets`: values to scrub wherever they appear. */
export function inspectedRequest(
  entry: JournalEntry,
  note: AuthNote | undefined,
  outcome: InspectionOutcome,
  secrets: readonly string[],
): InspectedRequest {
  const url = new URL(entry.url);
  const api = API_BY_ORIGIN.get(url.origin) ?? 'emulator';
  const contentType = entry.headers['content-type'] ?? null;
  const view: InspectedRequest = {
    seq: entry.seq,
    at: new Date(entry.at).toISOString(),
    api,
    method: entry.method,
    path: entry.pathname,
    routeId: routeIdOf(api, entry.method, entry.pathname),
    status: outcome.type === 'response' ? outcome.status : null,
    outcome: outcome.type,
    verdict: outcome.type === 'pending' ? 'pending' : verdictOf(note),
    fault: entry.fault ? describeFault(entry.fault) : null,
    query: maskPairs(url.searchParams),
    headers: Object.entries(entry.headers).map(([k, v]) => [k, maskHeader(k, v)] as const),
    body: { contentType, bytes: entry.bodyBytes, truncated: entry.bodyTruncated, ...parsedBody(entry.body, contentType) },
    signature: note?.api === 'tiktok-shop' ? signatureOf(note, entry, url, contentType) : null,
    auth: note && note.api !== 'tiktok-shop' ? { header: note.header ?? null, verdict: note.verdict } : null,
  };
  return scrubSecrets(view, secrets);
}

function verdictOf(note: AuthNote | undefined): string {
  if (!note) return 'not checked';
  if (note.api === 'tiktok-shop') return note.rule ?? 'ok';
  return note.verdict;
}

function describeFault(fault: NonNullable<JournalEntry['fault']>): string {
  switch (fault.kind) {
    case 'status':
      return `status ${fault.status}`;
    case 'delay':
      return `delay ${fault.ms} ms`;
    case 'reset':
      return `reset ${fault.when ?? 'before-headers'}${fault.tcpReset ? ' (TCP RST)' : ''}`;
    case 'truncate':
      return `truncate${fault.bytes === undefined ? '' : ` at ${fault.bytes} bytes`}`;
  }
}

/** JSON (int64-safe, as the SDK parses it) or a form, as the handlers read them; any other body as text. */
function parsedBody(body: string, contentType: string | null): { parsed: unknown; text: string } {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (body !== '' && (type === 'application/json' || type.endsWith('+json'))) {
    try {
      return { parsed: maskFields(parseJson(body)), text: '' };
    } catch {
      // Not JSON after all: shown as text below, which is what a developer needs to see.
    }
  }
  if (type === 'application/x-www-form-urlencoded')
    return { parsed: Object.fromEntries(maskPairs(new URLSearchParams(body))), text: '' };
  if (type === 'multipart/form-data') return { parsed: null, text: `(multipart body, not shown)` };
  return { parsed: null, text: body.length > TEXT_LIMIT ? `${body.slice(0, TEXT_LIMIT)}…` : body };
}

/**
 * The signature check as the emulator ran it (verify.ts), recomputed from the journaled request with the SDK's own
 * signer: the same decoded query (first value of a repeated key), path and body bytes.
 */
function signatureOf(note: TikTokShopAuthNote, entry: JournalEntry, url: URL, contentType: string | null): InspectedSignature {
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) query[k] ??= v;
  const body = entry.body || undefined;
  const received = url.searchParams.get('sign');
  const expected =
    note.expectedSign ??
    (entry.bodyTruncated
      ? null
      : signRequest({ appSecret: note.appSecret, path: url.pathname, query, body, contentType: contentType ?? undefined }));
  return {
    stringToSign: `<app_secret>${signingString(url.pathname, query, body, contentType ?? undefined)}<app_secret>`,
    secret: mask(note.appSecret),
    expected,
    received,
    match: expected !== null && expected === received,
    timestamp: {
      received: url.searchParams.get('timestamp'),
      now: note.nowSeconds,
      window: [note.nowSeconds - 300, note.nowSeconds + 30],
    },
  };
}
