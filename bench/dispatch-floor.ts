/**
 * The lowest floor undici offers for a JSON call: `dispatcher.dispatch` with a handler that collects the chunks,
 * then UTF-8 decoding and JSON.parse. No Node stream (undici.request wraps every body in one), no URL parsing.
 * The SDK's buffered transport (src/core/send-request.ts) is built the same way, so this row shows what is left
 * of the SDK's cost once both sides use the same transport.
 */
import type { Dispatcher } from 'undici';
import { TIKTOK_ORIGIN } from './loopback.js';

export function dispatchJson(
  dispatcher: Dispatcher,
  origin = TIKTOK_ORIGIN,
  path = '/order/202507/orders',
  headers?: Record<string, string>,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let status = 0;
    dispatcher.dispatch(
      { origin, path, method: 'GET', ...(headers ? { headers } : {}) },
      {
        onRequestStart() {},
        onResponseStart(_c, statusCode) {
          status = statusCode;
        },
        onResponseData(_c, chunk) {
          chunks.push(chunk);
        },
        onResponseEnd() {
          if (status !== 200) return reject(new Error(`HTTP ${status}`));
          resolve(JSON.parse((chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8')));
        },
        onResponseError(_c, err) {
          reject(err);
        },
      },
    );
  });
}
