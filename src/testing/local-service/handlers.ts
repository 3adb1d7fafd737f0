/**
 * msw handlers for the nine Local Service endpoints and the merchant token endpoint (external evidence: TikTok's
 * "Obtain Access Token for APIs" page). Every business endpoint: QPS check, then bearer check, then the body.
 */
import { http, type RequestHandler } from 'msw';
import { REQUIRED_COUPON_KEYS } from '../../local-service/coupon/build.js';
import { noteAuth } from '../inspector/auth-notes.js';
import { MERCHANT_TOKEN_PATH } from '../../local-service/merchant-token.js';
import { LOCAL_SERVICE_HOLIDAYS, LOCAL_SERVICE_SHOPS, LOCAL_SERVICE_BASE_PATH, LOCAL_SERVICE_ORIGIN } from './fixtures.js';
import { LOCAL_SERVICE_LIST_TAB_ALL, ProductStoreError, type StoredLocalServiceProduct } from './products.js';
import type { LocalServiceEmulatorState } from './state.js';
import { categoryPath, categoryTree, productDetail, productSummary, shopInfo } from './views.js';
import { fail, int64, ok } from './wire.js';

type Body = Record<string, unknown>;
class BadParams extends Error {}

const str = (b: Body, key: string, required = true): string => {
  const v = b[key];
  if (typeof v === 'string' && v !== '') return v;
  if (!required && v === undefined) return '';
  throw new BadParams(`${key} is required and must be a string`);
};

/** The handlers, bound to one state. */
export function localServiceHandlers(state: LocalServiceEmulatorState, origin = LOCAL_SERVICE_ORIGIN): RequestHandler[] {
  const route = (path: string, handle: (body: Body) => Response) =>
    http.post(`${origin}${LOCAL_SERVICE_BASE_PATH}/${path}`, async ({ request }) => {
      // inferred: HTTP 429 + rate_limit_exceeded, the TikTok API v2 convention (the Local Service docs give no code).
      const header = request.headers.has('authorization') ? 'authorization' : undefined;
      if (!state.qps.admit(path)) {
        noteAuth(request, { api: 'local-service', header, verdict: 'rate limited (20 QPS)' });
        return fail(429, 'rate_limit_exceeded', `QPS limit of 20 exceeded for ${path}`);
      }
      const token = request.headers.get('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1];
      const valid = state.tokens.valid(token);
      noteAuth(request, {
        api: 'local-service',
        header,
        verdict: valid ? 'ok' : token ? 'invalid or expired token' : 'missing token',
      });
      // inferred: HTTP 401 + access_token_invalid (TikTok API v2 convention).
      if (!valid) return fail(401, 'access_token_invalid', 'The access token is invalid or expired.');
      let body: Body;
      try {
        body = (await request.json()) as Body;
      } catch {
        return fail(400, 'invalid_params', 'The body is not JSON.');
      }
      try {
        return handle(body ?? {});
      } catch (err) {
        if (err instanceof BadParams || err instanceof ProductStoreError) return fail(400, 'invalid_params', err.message);
        throw err;
      }
    });

  const page = <T>(items: readonly T[], body: Body) => {
    const p = (body.pagination ?? {}) as { page_no?: unknown; page_size?: unknown };
    if (typeof p.page_no !== 'number' || p.page_no < 1) throw new BadParams('pagination.page_no is required and starts at 1');
    const size = typeof p.page_size === 'number' && p.page_size > 0 ? Math.min(p.page_size, 50) : 10;
    const start = (p.page_no - 1) * size;
    const slice = items.slice(start, start + size);
    return {
      slice,
      next_pagination: { current_page_size: slice.length, has_more: start + size < items.length, total: items.length },
    };
  };
  const product = (b: Body, merchantRequired = true): StoredLocalServiceProduct =>
    state.products.get(
      merchantRequired ? str(b, 'merchant_id') : str(b, 'merchant_id', false) || undefined,
      str(b, 'third_product_id'),
    );

  return [
    http.post(`${origin}${MERCHANT_TOKEN_PATH}`, async ({ request }) => {
      const form = new URLSearchParams(await request.text());
      const merchantId = form.get('merchant_id') ?? '';
      const clientOk = form.get('client_key') === state.clientKey && form.get('client_secret') === state.clientSecret;
      noteAuth(request, {
        api: 'local-service',
        header: undefined,
        verdict: clientOk ? 'ok' : 'client_key or client_secret wrong',
      });
      if (!clientOk) return fail(401, 'invalid_client', 'client_key or client_secret is wrong', 'log_id');
      if (!state.merchantIds.has(merchantId))
        return fail(400, 'invalid_grant', 'the merchant has not authorized this app', 'log_id');
      const grant = form.get('grant_type');
      if (grant === 'access_token') return ok(state.tokens.issue(merchantId), 'log_id');
      if (grant === 'refresh_token') {
        const next = state.tokens.exchange(form.get('refresh_token') ?? '', merchantId);
        return next ? ok(next, 'log_id') : fail(400, 'invalid_grant', 'refresh_token is invalid or expired', 'log_id');
      }
      return fail(400, 'invalid_params', 'grant_type must be access_token or refresh_token', 'log_id');
    }),

    route('product/save/', (b) => {
      const attrs = b.attr_key_value_map as Record<string, unknown> | undefined;
      if (!attrs || typeof attrs !== 'object') throw new BadParams('attr_key_value_map is required');
      // A full replace (Update/Create Product): every required key, every value a string.
      const missing = REQUIRED_COUPON_KEYS.filter((k) => typeof attrs[k] !== 'string');
      if (missing.length) throw new BadParams(`attr_key_value_map misses ${missing.join(', ')} (save is a full replace)`);
      const bad = Object.entries(attrs).find(([, v]) => typeof v !== 'string');
      if (bad) throw new BadParams(`attr_key_value_map.${bad[0]} must be a string`);
      const categoryId = str(b, 'category_id');
      if (!categoryPath(categoryId)) throw new BadParams(`category_id ${categoryId} is not a leaf category of this merchant`);
      if (b.product_type !== 2 && b.product_type !== '2')
        throw new BadParams('only product_type 2 (DISCOUNT_VOUCHER) is supported');
      state.products.save(str(b, 'merchant_id'), str(b, 'third_product_id'), b.product_type, {
        category_id: categoryId,
        attrs: attrs as Record<string, string>,
      });
      return ok();
    }),

    route('product/update_free_audit/', (b) => {
      const audit = (b.product_free_audit ?? {}) as Body;
      if (audit.third_product_id !== b.third_product_id) throw new BadParams('product_free_audit.third_product_id must match');
      state.products.updateLive(product(b), {
        actual_amount: str(audit, 'actual_amount'),
        local_currency: str(audit, 'local_currency'),
        stock_num: Number(audit.stock_num),
        stock_qty_limit_type: Number(audit.stock_qty_limit_type),
      });
      return ok();
    }),

    route('product/offline', (b) => {
      str(b, 'language');
      state.products.delist(product(b));
      return ok();
    }),

    route('product/withdraw_audit', (b) => {
      str(b, 'language');
      state.products.withdraw(product(b));
      return ok();
    }),

    route('product/batch_query/', (b) => {
      // Both are required (Product List Query): a missing one is refused, not read as a default.
      if (!Array.isArray(b.product_type_list) || b.product_type_list.length === 0)
        throw new BadParams('product_type_list is required and must be a non-empty list');
      if (b.list_tab === undefined || b.list_tab === null || b.list_tab === '') throw new BadParams('list_tab is required');
      const types = b.product_type_list.map(String);
      const tab = Number(b.list_tab);
      const name = typeof b.product_name === 'string' ? b.product_name.toLowerCase() : '';
      const rows = state.products
        .all(str(b, 'merchant_id'))
        .filter((p) => types.includes(String(p.product_type)))
        .filter((p) => tab === LOCAL_SERVICE_LIST_TAB_ALL || p.status === tab)
        .filter((p) => !name || productSummary(p).product_name.toLowerCase().includes(name));
      const { slice, next_pagination } = page(rows, b);
      return ok({ products: slice.map((p) => productSummary(state.products.read(p))), next_pagination });
    }),

    route('product/query/', (b) => {
      if (typeof b.online !== 'boolean') throw new BadParams('online is required and must be a boolean');
      const p = state.products.read(product(b, false));
      const version = b.online ? p.online : (p.draft ?? p.online);
      if (!version) throw new BadParams(`product ${p.third_product_id} has no ${b.online ? 'online' : 'draft'} version`);
      return ok({ product_detail: productDetail(p, version) });
    }),

    route('product_opt_category/query/', (b) => {
      str(b, 'merchant_id');
      str(b, 'language');
      return ok({ category_tree_list: categoryTree() });
    }),

    route('product_opt_shops/query/', (b) => {
      const merchantId = str(b, 'merchant_id');
      str(b, 'language');
      const { slice, next_pagination } = page(LOCAL_SERVICE_SHOPS, b);
      return ok({ shops: slice.map((s) => shopInfo(s, merchantId)), next_pagination });
    }),

    route('holiday/batch_query/', (b) => {
      if (!Array.isArray(b.countries) || b.countries.length === 0) throw new BadParams('countries is required');
      const holiday_map: Record<string, unknown[]> = {};
      for (const c of b.countries.map(String)) {
        holiday_map[c] = (LOCAL_SERVICE_HOLIDAYS[c] ?? []).map((h) => ({ ...h, holiday_id: int64(h.holiday_id) }));
      }
      return ok({ holiday_map });
    }),
  ];
}
