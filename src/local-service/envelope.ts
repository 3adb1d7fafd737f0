import type { DecodedResponse, Envelope, Failed, ResponseMeta, Unwrapped } from '../core/envelope.js';
import { readNumber, readObject, readString } from '../core/coerce.js';
import type { ErrorFacts } from '../core/errors/index.js';
import { LOCAL_SERVICE } from './errors.js';

interface ErrorStruct {
  code?: unknown;
  message?: unknown;
  logid?: unknown;
  log_id?: unknown;
  http_status_code?: unknown;
}

/**
 * `{ error: { code, message, logid, http_status_code }, data? }` (Local Service docs: `ErrorStruct`). Success is
 * `error.code === "0"`, compared as a string (a numeric 0 is read as "0"); anything else is an ApiError carrying
 * the code, the message and the logid as `requestId`. The HTTP status never decides success on its own: a 200
 * with a non-zero code fails, and a body without the error struct is not trusted either.
 */
export const localServiceEnvelope: Envelope = {
  unwrap(res) {
    return unwrapLocalService(res, false);
  },
};

/**
 * The merchant token endpoint's envelope (external evidence: TikTok's "Obtain Access Token for APIs" page): the same
 * struct with `log_id`, or a bare `{ access_token, ... }` body, or an OAuth-style
 * `{ error: "invalid_client", error_description }`.
 */
export const merchantTokenEnvelope: Envelope = {
  unwrap(res) {
    return unwrapLocalService(res, true);
  },
};

function unwrapLocalService(res: DecodedResponse, tokenEndpoint: boolean): Unwrapped | Failed {
  const body = readObject(res.body);
  const err = body?.error;
  const headerLogid = res.headers['x-tt-logid'];
  const fail = (f: Omit<ErrorFacts, 'status' | 'headers'>): Failed => ({
    ok: false,
    error: { status: res.status, headers: res.headers, ...f },
  });
  const e = readObject(err) as ErrorStruct | undefined;
  if (e) {
    // The product docs name it `logid`; the merchant token page names it `log_id`: accept both.
    const logid = readString(e.logid) ?? readString(e.log_id) ?? headerLogid;
    const meta: ResponseMeta = { requestId: logid, status: res.status, headers: res.headers };
    const code = e.code === undefined || e.code === null ? undefined : String(e.code);
    if (code === '0') return { ok: true, data: body?.data, meta };
    return fail({
      code,
      message: readString(e.message) ?? '',
      requestId: logid,
      effectiveStatus: readNumber(e.http_status_code),
    });
  }
  const logid = readString(body?.log_id) ?? readString(body?.logid) ?? headerLogid;
  if (tokenEndpoint && typeof err === 'string') {
    return fail({ code: err, message: readString(body?.error_description) ?? '', requestId: logid });
  }
  if (tokenEndpoint && res.status >= 200 && res.status < 300 && typeof body?.access_token === 'string') {
    return { ok: true, data: body, meta: { requestId: logid, status: res.status, headers: res.headers } };
  }
  // A bare 404 is most often a base URL without the API's path prefix.
  const message =
    res.status === 404
      ? `${LOCAL_SERVICE} answered 404 without the error struct: check that baseURL ends with /v2/localservice/saas (got a path outside the API)`
      : `${LOCAL_SERVICE} answered without the error struct, so success cannot be confirmed`;
  return fail({ code: undefined, message, requestId: logid });
}
