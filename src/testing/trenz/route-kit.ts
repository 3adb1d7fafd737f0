/**
 * Helpers for the files, social, publishing, ads and agent handler groups: handlers are declared from the
 * SDK's own route tables, so a corrected path moves the emulator with it.
 */
import { http, type RequestHandler } from 'msw';
import type { AnyEndpoint } from '../../core/endpoint.js';
import { TRENZ_EMULATOR_ORIGIN, type TrenzEmulatorContext } from './common.js';

export type Json = Record<string, unknown>;
export type RouteFn = (body: Json, request: Request, params: Record<string, string>) => Response | Promise<Response>;

/** msw's `:name` segments for the route table's `{name}` ones, at the path this emulator serves the route at. */
export function mswPath(ctx: TrenzEmulatorContext, endpoint: AnyEndpoint): string {
  return TRENZ_EMULATOR_ORIGIN + ctx.pathOf(endpoint).replace(/\{(\w+)\}/g, ':$1');
}

/**
 * A handler for one route, when this emulator serves it (the `serveRoutes` option); otherwise it passes the
 * request on, to the ROUTE_NOT_FOUND fallback.
 */
export function served(
  ctx: TrenzEmulatorContext,
  endpoint: AnyEndpoint,
  resolve: (info: {
    request: Request;
    params: Record<string, string | readonly string[] | undefined>;
  }) => Response | Promise<Response>,
): RequestHandler {
  const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  return http[method](mswPath(ctx, endpoint), (info) => (ctx.serves(endpoint) ? resolve(info) : undefined));
}

/**
 * A handler for one endpoint: key and balance checks (`cost` credits), then the JSON body (POST) or the query
 * (GET) as an object; a body that is not a JSON object is 400 BAD_REQUEST like a real gateway.
 */
export function route(ctx: TrenzEmulatorContext, endpoint: AnyEndpoint, fn: RouteFn, cost = 0): RequestHandler {
  return served(ctx, endpoint, ({ request, params }) =>
    ctx.guard(request, cost, async () => {
      let body: unknown;
      if (endpoint.method === 'GET') body = Object.fromEntries(new URL(request.url).searchParams);
      else body = await request.json().catch(() => undefined);
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        return ctx.error(400, 'BAD_REQUEST', 'Malformed request: the body must be a JSON object');
      const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
      return fn(body as Json, request, flat);
    }),
  );
}

/** A page of `items` by `page`/`page_size` (default 1 and 10) with `total` in the envelope. */
export function paged(ctx: TrenzEmulatorContext, items: readonly unknown[], body: Json, cost = 0, extra: Json = {}): Response {
  const page = Math.max(1, Number(body.page ?? 1) || 1);
  const pageSize = Math.max(1, Number(body.page_size ?? 10) || 10);
  const rows = items.slice((page - 1) * pageSize, page * pageSize);
  return ctx.ok({ ...extra, items: rows }, { cost, page, page_size: pageSize, total: items.length });
}

/** A missing required field: 400 MISSING_PARAM. */
export function missing(ctx: TrenzEmulatorContext, body: Json, ...fields: string[]): Response | undefined {
  const absent = fields.filter((f) => body[f] === undefined || body[f] === null || body[f] === '');
  return absent.length ? ctx.error(400, 'MISSING_PARAM', `Required parameter missing: ${absent.join(', ')}`) : undefined;
}

/** A per-context store, created on first use (the pattern of the tasks store). */
export function perContext<T>(make: (ctx: TrenzEmulatorContext) => T): (ctx: TrenzEmulatorContext) => T {
  const stores = new WeakMap<TrenzEmulatorContext, T>();
  return (ctx) => {
    let store = stores.get(ctx);
    if (store === undefined) stores.set(ctx, (store = make(ctx)));
    return store;
  };
}
