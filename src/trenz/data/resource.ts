/**
 * Turns a Data route table into methods, so the 33 Data verbs are declared once (in routes.ts) and never written
 * by hand. The public type of each method is derived from its endpoint:
 * - a list without `{id}` (search): `(params, options?) => PagePromise<Row>`
 * - a list under `{id}` (relation): `(id, params?, options?) => PagePromise<Row>`
 * - anything else (detail): `(id, options?) => Promise<Entity & TrenzMeta>`
 */
import type { CoreClient } from '../../core/client.js';
import { pageNumberCursor } from '../../core/cursors.js';
import type { AnyEndpoint, Endpoint } from '../../core/endpoint.js';
import type { CallOptions } from '../../core/options.js';
import type { PagePromise } from '../../core/pagination.js';
import type { TrenzMeta } from '../meta.js';
import { trenzRequest, type TrenzResult } from '../result.js';

/** An entity id: int64 ids are strings in results; a number that fits in 2^53 is accepted too. */
export type TrenzId = string | number;

/** Per-call options of Data methods. */
export interface DataCallOptions extends CallOptions {
  /**
   * Query params the SDK does not know, sent as they are after validation. For the sort and include params whose
   * names the seed does not give (it only names their errors, INVALID_SORT_FIELD and INVALID_INCLUDE, T:101-102).
   */
  extraQuery?: Record<string, string>;
}

/**
 * Trenz page-number paging (ENDPOINTS.md 1.4): `page`/`page_size` in the query, rows in `data.items`, and
 * `page`, `page_size`, `total` at the top of the envelope (the core hands the envelope meta to the cursor).
 */
export const trenzPageCursor = pageNumberCursor({
  pageParam: 'query.page',
  items: 'data.items',
  total: 'meta.total',
  pageSize: 'meta.page_size',
});

type Params<Q> = {} extends Q ? [params?: Q] : [params: Q];

/** The method an endpoint becomes (see the file comment). */
export type DataVerb<E> =
  E extends Endpoint<infer Path, any, any, infer R, infer Q, any> // Q: the query schema's input type (what callers pass)
    ? R extends { items: (infer Row)[] }
      ? Path extends `${string}{id}${string}`
        ? (id: TrenzId, params?: Q, options?: DataCallOptions) => PagePromise<Row, unknown, TrenzMeta>
        : (...args: [...Params<Q>, options?: DataCallOptions]) => PagePromise<Row, unknown, TrenzMeta>
      : (id: TrenzId, options?: DataCallOptions) => Promise<TrenzResult<R>>
    : never;

/** The methods of one route table; hovering a method shows the TSDoc of its route-table entry. */
export type DataResource<Routes> = { readonly [K in keyof Routes]: DataVerb<Routes[K]> };

/** Builds the methods of a route table on a client. */
export function dataResource<Routes extends Record<string, AnyEndpoint>>(
  core: CoreClient<TrenzMeta>,
  routes: Routes,
): DataResource<Routes> {
  const methods: Record<string, unknown> = {};
  for (const [verb, endpoint] of Object.entries(routes)) {
    const byId = endpoint.path.includes('{id}');
    if (endpoint.pagination === 'page-number') {
      methods[verb] = byId
        ? (id: TrenzId, params?: object, options?: DataCallOptions) =>
            core.paginate(endpoint, { ...options, path: { id }, query: params ?? {} }, trenzPageCursor)
        : (params?: object, options?: DataCallOptions) =>
            core.paginate(endpoint, { ...options, query: params ?? {} }, trenzPageCursor);
    } else {
      methods[verb] = (id: TrenzId, options?: DataCallOptions) => trenzRequest(core, endpoint, { ...options, path: { id } });
    }
  }
  return Object.freeze(methods) as DataResource<Routes>;
}
