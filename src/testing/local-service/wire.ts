/**
 * How the emulator writes responses: the `{ error, data }` envelope (Local Service docs: `ErrorStruct`) serialized
 * with lossless-json, so int64 ids go out as exact JSON numbers beyond 2^53 where the docs type them i64/int64.
 */
import { LosslessNumber, stringify } from 'lossless-json';
import { HttpResponse } from 'msw';

let seq = 0;

/** A logid like the API's: a timestamp plus a counter. */
export function newLogid(): string {
  seq++;
  return `2026${Date.now().toString().slice(-10)}${seq.toString().padStart(6, '0')}`;
}

/** An int64 id written as a JSON number, digits untouched. */
export function int64(id: string): LosslessNumber {
  return new LosslessNumber(id);
}

function json(body: unknown, status: number, logid: string): Response {
  return new HttpResponse(stringify(body) ?? 'null', {
    status,
    headers: { 'content-type': 'application/json', 'x-tt-logid': logid },
  });
}

/** Success: `error.code` "0" (`ErrorStruct`), with `data` when the endpoint has any. */
export function ok(data?: unknown, logidKey: 'logid' | 'log_id' = 'logid'): Response {
  const logid = newLogid();
  const error = { code: '0', message: 'success', [logidKey]: logid, http_status_code: '200' };
  return json(data === undefined ? { error } : { error, data }, 200, logid);
}

/**
 * Failure. Codes follow the TikTok API v2 convention (inferred: the Local Service docs have no error table);
 * `http_status_code` is a string, as `ErrorStruct` types it.
 */
export function fail(status: number, code: string, message: string, logidKey: 'logid' | 'log_id' = 'logid'): Response {
  const logid = newLogid();
  return json({ error: { code, message, [logidKey]: logid, http_status_code: String(status) } }, status, logid);
}
