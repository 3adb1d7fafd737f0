/**
 * The Trenz envelope: `{ data, request_id, page?, page_size?, total?, usage?, warnings? }` on success (HTTP 2xx);
 * `{ code, message, request_id, docs_url? }` with an HTTP error status on failure. The field names come from
 * Trenz's public OpenAPI document (`APIResponse`, `APIError`, `UsageInfo`); the docs pages name only the schemas.
 */
import { readNumber, readObject, readString } from '../core/coerce.js';
import type { DecodedResponse, Envelope } from '../core/envelope.js';
import type { AnyEndpoint } from '../core/endpoint.js';
import { ServerError } from '../core/errors/index.js';
import { provenanceOf } from '../core/routes.js';
import type { TrenzMeta, TrenzUsage } from './meta.js';

export const trenzEnvelope: Envelope<TrenzMeta> = {
  unwrap(res: DecodedResponse) {
    const body = readObject(res.body);
    const requestId = readString(body?.request_id) ?? res.headers['x-request-id'];
    if (res.status < 200 || res.status >= 300) {
      // The core classifies these facts with the Trenz error table (./errors.ts).
      const code = readString(body?.code);
      return {
        ok: false,
        error: {
          status: res.status,
          code,
          message: readString(body?.message) ?? '',
          requestId,
          headers: res.headers,
          docsUrl: readString(body?.docs_url),
          hint:
            res.status === 404 && (code === undefined || code === 'ROUTE_NOT_FOUND')
              ? routeNotFoundHint(res.endpoint)
              : undefined,
        },
      };
    }
    if (!body || !('data' in body)) {
      // Not an error answer the API defines: a broken success. Not retried, a replay would get the same.
      throw new ServerError({
        api: 'Trenz',
        endpoint: res.endpoint.id,
        status: res.status,
        message: 'a success response without a data field',
        requestId,
        headers: res.headers,
        retryable: false,
      });
    }
    const meta: TrenzMeta = {
      requestId,
      status: res.status,
      headers: res.headers,
      usage: usageOf(readObject(body.usage)),
      warnings: Array.isArray(body.warnings) ? body.warnings.map(String) : [],
      page: readNumber(body.page),
      page_size: readNumber(body.page_size),
      total: readNumber(body.total),
    };
    return { ok: true, data: body.data, meta };
  },
};

/** Accepts both `credits_cost`/`credits_balance` and the older `coin_cost`/`remaining_balance` names. */
export function usageOf(raw: Record<string, unknown> | undefined): TrenzUsage | undefined {
  if (!raw) return undefined;
  return {
    credits_cost: readNumber(raw.credits_cost) ?? readNumber(raw.coin_cost),
    credits_balance: readNumber(raw.credits_balance) ?? readNumber(raw.remaining_balance),
  };
}

/**
 * What to do when the server does not know a route: name the route, say whether its path is printed in the Trenz
 * docs, and how to correct it today.
 */
export function routeNotFoundHint(endpoint: AnyEndpoint): string {
  const fix = `new Trenz({ routes: { '${endpoint.name}': { path: '/open/v1/...' } } })`;
  const provenance = provenanceOf(endpoint);
  if (provenance === 'documented') {
    return `The Trenz docs print this path (route ${endpoint.name}): check baseURL; if Trenz moved the endpoint, correct the route with ${fix}.`;
  }
  return (
    `The Trenz docs do not print this path (route ${endpoint.name}, ${provenance}): it may be wrong. Correct it without waiting for a release ` +
    `with ${fix}; \`npx social-commerce-sdk probe trenz\` checks every unverified path. Please report the right path (docs/trenz.md, "A wrong path").`
  );
}
