import type { AuthStrategy, PreparedRequest } from './auth.js';
import type { AnyEndpoint } from './endpoint.js';
import { ApiError, ServerError, apiErrorClassForStatus } from './errors/index.js';
import type { TransportResponse } from './http.js';
import { looksLikeJson, parseJson } from './json.js';
import { bodyExcerpt, secretsSent } from './redact.js';

/**
 * Turns a response body into JSON, or into a clear ApiError when it is not the API's JSON: an HTML error page
 * from a proxy, an empty body on an error status, JSON cut short by a dropped connection.
 * An empty body on a 2xx status decodes to undefined; the envelope decides what that means.
 */
export function decodeBody(res: TransportResponse, api: string, endpoint: AnyEndpoint, auth: AuthStrategy): unknown {
  const ok = res.status >= 200 && res.status < 300;
  const text = res.text;
  if (text.length === 0 || /^\s*$/.test(text)) {
    if (ok) return undefined;
    throw notJson(res, api, endpoint, 'the response body is empty', undefined);
  }
  if (looksLikeJson(text)) {
    try {
      return parseJson(text);
    } catch (err) {
      if (err instanceof RangeError) throw beyondRuntimeLimits(res, api, endpoint, err);
      throw notJson(
        res,
        api,
        endpoint,
        'the JSON body is invalid or was cut short',
        bodyExcerpt(text, secretsOf(auth)),
        withoutText(err),
      );
    }
  }
  const type = res.headers['content-type'] ?? 'unknown content type';
  throw notJson(res, api, endpoint, `the body is not JSON (${type})`, bodyExcerpt(text, secretsOf(auth)));
}

function notJson(
  res: TransportResponse,
  api: string,
  endpoint: AnyEndpoint,
  what: string,
  excerpt: string | undefined,
  cause?: unknown,
): ApiError {
  const ok = res.status >= 200 && res.status < 300;
  // A 2xx whose body is unreadable was damaged on the way (proxy, cut connection): retryable for reads.
  const Cls = ok ? ServerError : apiErrorClassForStatus(res.status);
  const retryable = ok || res.status === 408 || res.status === 429 || res.status >= 500;
  return new Cls({
    api,
    endpoint: endpoint.id,
    status: res.status,
    message: what,
    requestId: res.headers['x-tt-logid'] ?? res.headers['x-request-id'],
    retryable,
    headers: res.headers,
    bodyExcerpt: excerpt,
    cause,
    hint: ok
      ? 'The response was damaged in transit; reads are retried automatically. If it persists, check proxies between you and the API.'
      : undefined,
  });
}

/**
 * The parser's error without the text it quotes: V8 shows the characters around the error (`..."k": echo_secre"...`),
 * which may be part of a secret the server echoed, too short a part for redaction by value to recognize.
 */
function withoutText(err: unknown): unknown {
  if (!(err instanceof SyntaxError)) return err;
  return new SyntaxError(err.message.replace(/,? *(?:\.\.\.)?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, ' is not valid JSON'));
}

/**
 * A RangeError out of the decoder is the runtime running out of room for this body: the call stack, on nesting
 * (the SDK's own walks switch to loops past 1,000 levels and V8's JSON.parse uses no stack per level, but other
 * engines' can), or the longest string it allows. That is not damage in transit: the same body would come back,
 * so it is never retried, whatever the status. No excerpt: it would be brackets only.
 */
function beyondRuntimeLimits(res: TransportResponse, api: string, endpoint: AnyEndpoint, cause: RangeError): ApiError {
  const Cls = apiErrorClassForStatus(res.status);
  const detail = /call stack/i.test(cause.message)
    ? 'the JSON body is nested too deeply to decode'
    : `the JSON body could not be decoded (${cause.message})`;
  return new Cls({
    api,
    endpoint: endpoint.id,
    status: res.status,
    message: `${detail}; ${res.text.length} characters`,
    requestId: res.headers['x-tt-logid'] ?? res.headers['x-request-id'],
    retryable: false,
    headers: res.headers,
    cause,
    hint: 'This JavaScript runtime cannot decode a body this deep (or this long); it was not retried, since the same body would come back. Report it to the API provider with the request id.',
  });
}

/** The secrets an auth strategy holds, to scrub from any text that leaves the SDK (read only on error paths). */
export function secretsOf(auth: AuthStrategy): Iterable<string | undefined> {
  return auth.secrets?.() ?? [];
}

/**
 * Every secret in play for one attempt: those its auth strategy holds, and those the request itself was sending
 * (a refresh token or an auth code in the query, a client secret in a form body), which a strategy may not hold.
 */
export function secretsOfAttempt(auth: AuthStrategy, req: PreparedRequest): string[] {
  const out = secretsSent(req.query, req.headers, req.body);
  for (const s of secretsOf(auth)) if (s) out.push(s);
  return out;
}
