import type { AnyEndpoint } from './endpoint.js';

/** Facts about a response that are not the payload. Every API has `requestId`; others add their own. */
// A type alias, not an interface: it then fits `Record<string, unknown>` (pages read API-specific meta keys).
export type ResponseMeta = {
  /** The id to quote to support (`request_id`, `logid`). */
  readonly requestId: string | undefined;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
};

/** A response after transport and JSON decoding, before the envelope judges it. */
export interface DecodedResponse {
  readonly api: string;
  readonly endpoint: AnyEndpoint;
  readonly status: number;
  readonly headers: Record<string, string>;
  /** Decoded JSON (int64-safe), or undefined for an empty body. */
  readonly body: unknown;
}

import type { ErrorFacts } from './errors/rules.js';

/** A successful response's payload and meta. */
export interface Unwrapped<M extends ResponseMeta = ResponseMeta> {
  ok: true;
  data: unknown;
  meta: M;
}

/** A failed response, as read by the envelope; the core classifies it with the API's error rules. */
export interface Failed {
  ok: false;
  error: ErrorFacts;
}

/**
 * Each API's way of saying success or failure. `unwrap` returns the payload and meta, or the facts of the failure
 * (code, message, request id), which the core turns into the right ApiError with the API's error-rule table.
 * HTTP status alone never decides success for APIs that report errors in the body.
 */
export interface Envelope<M extends ResponseMeta = ResponseMeta> {
  unwrap(res: DecodedResponse): Unwrapped<M> | Failed;
}
