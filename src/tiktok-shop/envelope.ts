import type { DecodedResponse, Envelope, ResponseMeta } from '../core/envelope.js';

interface Body {
  code?: unknown;
  message?: unknown;
  request_id?: unknown;
  data?: unknown;
}

/**
 * `{ code, message, request_id, data }` (the response table of every TikTok Shop endpoint page): `code === 0` is
 * success, anything else is an error even on HTTP 200. The token host uses the same envelope with
 * `"message":"success"` (TikTok Shop docs: Authorization guide (202309)).
 * `requestId` is always the body's `request_id` (the `x-tt-logid` header only when the body has none).
 */
export const tiktokShopEnvelope: Envelope = {
  unwrap(res: DecodedResponse) {
    const body = (res.body !== null && typeof res.body === 'object' ? res.body : {}) as Body;
    const requestId = typeof body.request_id === 'string' && body.request_id ? body.request_id : res.headers['x-tt-logid'];
    const meta: ResponseMeta = { requestId, status: res.status, headers: res.headers };
    const code = toCode(body.code);
    const ok = res.status >= 200 && res.status < 300;
    if (ok && code === 0) return { ok: true, data: body.data, meta };
    const message =
      typeof body.message === 'string'
        ? body.message
        : ok
          ? 'the response is not the TikTok Shop envelope (no numeric code)'
          : `HTTP ${res.status}`;
    return {
      ok: false,
      error: {
        status: res.status,
        // A 2xx without a code is not an API answer (a proxy page, a stub): an error with no code of its own.
        code: code === 0 ? undefined : code,
        message,
        requestId,
        headers: res.headers,
      },
    };
  },
};

function toCode(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  return undefined;
}
