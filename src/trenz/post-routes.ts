/**
 * Shared by the social, ads and agent route tables: every Social and Ads endpoint is a POST with a JSON body
 * (ENDPOINTS.md 5.1.12), most bodies and responses are n/g in the seed, and lists page by number.
 */
import { z } from 'zod';
import type { CallInit, CoreClient, WithMeta } from '../core/client.js';
import { pageNumberCursor } from '../core/cursors.js';
import type { AnyEndpoint, EndpointResponse } from '../core/endpoint.js';
import type { CallOptions } from '../core/options.js';
import type { PagePromise } from '../core/pagination.js';
import type { TrenzMeta } from './meta.js';

/** Why a proposed path is believed: ENDPOINTS.md 1.10 derives it from the documented `/social/{area}/{action}` paths. */
export const PROPOSED = 'proposed (ENDPOINTS.md 1.10.3 convention /open/v1/social/{area}/{action}); not in the seed';

/** A response whose fields the seed does not give: any object, every field kept. */
export const Loose = z.looseObject({});
export type Loose = z.infer<typeof Loose>;

/**
 * Paging fields of POST list bodies. inferred: the names come from external evidence for the GET searches
 * (ENDPOINTS.md 1.4: `page`, `page_size`); that POST lists take them in the body is the documented-convention guess.
 */
export const pageFields = {
  page: z.number().int().min(1).optional(),
  page_size: z.number().int().min(1).optional(),
};

/** A body the seed gives no fields for: any fields, sent as given (inferred: names follow the API's snake_case). */
export function looseBody<S extends z.ZodRawShape>(shape: S) {
  return z.looseObject(shape);
}

/** A list body: paging fields plus any filters. */
export const ListBody = looseBody(pageFields);
export type ListBody = z.input<typeof ListBody>;

/** A list payload: rows in `data.items` (external evidence, ENDPOINTS.md 1.3), other fields kept. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.looseObject({ items: z.array(item).optional() });
}

/** Page-number paging over `body.page`, rows in `data.items`, `total`/`page_size` from the envelope (ENDPOINTS.md 1.4). */
export const bodyPages = pageNumberCursor<CallInit>({
  pageParam: 'body.page',
  items: 'data.items',
  total: 'meta.total',
  pageSize: 'meta.page_size',
});

/** The row type of a list endpoint. */
export type ItemOf<E> = EndpointResponse<E> extends { items?: (infer I)[] | undefined } ? I : unknown;

/** The result of a single POST call: the payload with `requestId`, `usage` and `warnings` attached. */
export type Result<E> = Promise<WithMeta<EndpointResponse<E>, TrenzMeta>>;

/**
 * A body as callers give it. Methods type their parameter with the schema's input type (`z.input<typeof X>`);
 * this helper takes any object, and the endpoint's schema checks it before anything is sent.
 */
export type BodyInput = object | undefined;

/** Calls a POST endpoint with its JSON body: the one line every thin resource method is. */
export function post<E extends AnyEndpoint>(
  core: CoreClient<TrenzMeta>,
  endpoint: E,
  body: BodyInput,
  options?: CallOptions,
): Result<E> {
  return request(core, endpoint, { ...options, body } as CallInit<E>);
}

/** `core.request` for a Trenz endpoint (the payload's own fields win over the meta's names). */
export function request<E extends AnyEndpoint>(core: CoreClient<TrenzMeta>, endpoint: E, init: CallInit<E>): Result<E> {
  return core.request(endpoint, init);
}

/** Calls a POST list endpoint: `await` for the first page, `for await` over every row. */
export function list<E extends AnyEndpoint>(
  core: CoreClient<TrenzMeta>,
  endpoint: E,
  body: BodyInput,
  options?: CallOptions,
): PagePromise<ItemOf<E>, unknown, TrenzMeta> {
  return core.paginate<E, ItemOf<E>>(endpoint, { ...options, body } as CallInit<E>, bodyPages);
}
