import type { DecodedResponse, Envelope, ResponseMeta } from '../core/envelope.js';
import { LOCAL_SERVICE, localServiceError } from './errors.js';

interface ErrorStruct {
  code?: unknown;
  message?: unknown;
  logid?: unknown;
  log_id?: unknown;
  http_status_code?: unknown;
}

/**
 * `{ error: { code, message, logid, http_status_code }, data? }` (L:13-19, ENDPOINTS.md 3.3). Success is
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
 * The merchant token endpoint's envelope (ENDPOINTS.md 3.2.1, external evidence): the same struct with `log_id`,
 * or a bare `{ access_token, ... }` body, or an OAuth-style `{ error: "invalid_client", error_description }`.
 */
export const merchantTokenEnvelope: Envelope = {
  unwrap(res) {
    return unwrapLocalService(res, true);
  },
};

function unwrapLocalService(res: DecodedResponse, tokenEndpoint: boolean) {
  const body = isObject(res.body) ? res.body : undefined;
  const err = body?.error;
  const headerLogid = res.headers['x-tt-logid'];
  if (isObject(err)) {
    const e = err as ErrorStruct;
    // seed 001 names it `logid` (L:17); the external token doc names it `log_id` (ENDPOINTS.md 3.2.1): accept both.
    const logid = str(e.logid) ?? str(e.log_id) ?? headerLogid;
    const meta: ResponseMeta = { requestId: logid, status: res.status, headers: res.headers };
    const code = e.code === undefined || e.code === null ? undefined : String(e.code);
    if (code === '0') return { data: body?.data, meta };
    throw localServiceError({
      endpoint: res.endpoint.id,
      status: res.status,
      headers: res.headers,
      code,
      message: str(e.message) ?? '',
      logid,
      httpStatusCode: num(e.http_status_code),
    });
  }
  const logid = str(body?.log_id) ?? str(body?.logid) ?? headerLogid;
  if (tokenEndpoint && typeof err === 'string') {
    throw localServiceError({
      endpoint: res.endpoint.id,
      status: res.status,
      headers: res.headers,
      code: err,
      message: str(body?.error_description) ?? '',
      logid,
      httpStatusCode: undefined,
    });
  }
  if (tokenEndpoint && res.status >= 200 && res.status < 300 && typeof body?.access_token === 'string') {
    return { data: body, meta: { requestId: logid, status: res.status, headers: res.headers } };
  }
  throw localServiceError({
    endpoint: res.endpoint.id,
    status: res.status,
    headers: res.headers,
    code: undefined,
    message: `${LOCAL_SERVICE} answered without the error struct, so success cannot be confirmed`,
    logid,
    httpStatusCode: undefined,
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function num(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isInteger(n) ? n : undefined;
}
