import type { DecodedResponse, Envelope } from '../core/envelope.js';
import { ServerError } from '../core/errors/index.js';
import { trenzError, type TrenzErrorBody } from './errors.js';
import type { TrenzMeta, TrenzUsage } from './meta.js';

interface TrenzBody {
  data?: unknown;
  request_id?: unknown;
  page?: unknown;
  page_size?: unknown;
  total?: unknown;
  usage?: Record<string, unknown>;
  warnings?: unknown;
}

/**
 * `{ data, request_id, page?, page_size?, total?, usage?, warnings? }` on success (HTTP 2xx); `{ code, message,
 * request_id, docs_url? }` with an HTTP error status on failure (ENDPOINTS.md 1.3; names are external evidence).
 */
export const trenzEnvelope: Envelope<TrenzMeta> = {
  unwrap(res: DecodedResponse) {
    const body = (res.body && typeof res.body === 'object' ? res.body : undefined) as TrenzBody | undefined;
    if (res.status < 200 || res.status >= 300) {
      throw trenzError({
        endpoint: res.endpoint.id,
        status: res.status,
        headers: res.headers,
        body: body as TrenzErrorBody | undefined,
      });
    }
    if (!body || !('data' in body)) {
      throw new ServerError({
        api: 'Trenz',
        endpoint: res.endpoint.id,
        status: res.status,
        message: 'a success response without a data field',
        requestId: str(body?.request_id),
        headers: res.headers,
        retryable: false,
      });
    }
    const meta: TrenzMeta = {
      requestId: str(body.request_id) ?? res.headers['x-request-id'],
      status: res.status,
      headers: res.headers,
      usage: usageOf(body.usage),
      warnings: Array.isArray(body.warnings) ? body.warnings.map(String) : [],
      page: num(body.page),
      page_size: num(body.page_size),
      total: num(body.total),
    };
    return { data: body.data, meta };
  },
};

/** Accepts both `credits_cost`/`credits_balance` and the older `coin_cost`/`remaining_balance` (ENDPOINTS.md 1.3). */
export function usageOf(raw: Record<string, unknown> | undefined): TrenzUsage | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  return {
    credits_cost: num(raw.credits_cost) ?? num(raw.coin_cost),
    credits_balance: num(raw.credits_balance) ?? num(raw.remaining_balance),
  };
}

function num(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
