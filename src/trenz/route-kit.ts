/**
 * What every Trenz route table shares: how lists page, what a list payload looks like, and the notes that mark a
 * path the Trenz docs do not print. The docs name every endpoint and its method, but print few paths; the others
 * follow the naming convention of the documented ones and say so in their `inferred` note, so a wrong one is a
 * one-line fix in its table.
 */
import { z } from 'zod';
import { pageNumberCursor } from '../core/cursors.js';

/**
 * Trenz page-number paging: `page` and `page_size` among the params (the query of a GET, the JSON body of a POST:
 * the route's schemas decide), rows in `data.items`, and `page`, `page_size`, `total` at the top of the envelope.
 * A page's `nextCursor` is `{ page: n }`.
 */
export const trenzPages = pageNumberCursor({
  items: 'items',
  pageParam: 'page',
  total: 'meta.total',
  pageSize: 'meta.page_size',
});

/** A path that Trenz's public OpenAPI document gives but the Trenz docs pages do not print. */
export const EXTERNAL = 'external evidence: in the public Trenz OpenAPI document, not printed in the Trenz docs';

/** Why a path that no Trenz document prints is believed: the naming convention of the documented paths. */
export function proposed(convention: string): string {
  return `proposed: follows the ${convention} naming of the documented Trenz paths`;
}

/** The convention of the Social paths, like the documented `/open/v1/social/publish/session/cancel`. */
export const SOCIAL_PROPOSED = proposed('/open/v1/social/{area}/{action}');

/** A response whose fields the Trenz docs do not give: any object, every field kept. */
export const Loose = z.looseObject({});
export type Loose = z.infer<typeof Loose>;

/**
 * A request body the Trenz docs give no fields for: the fields the SDK knows are typed and checked, any other is
 * sent as given (names follow the API's snake_case).
 */
export function looseBody<S extends z.ZodRawShape>(shape: S) {
  return z.looseObject(shape);
}

/**
 * Paging fields of POST list bodies. inferred: the GET searches take `page`/`page_size`; that POST lists take the
 * same names in their body follows that convention.
 */
export const pageFields = {
  page: z.number().int().min(1).optional(),
  page_size: z.number().int().min(1).optional(),
};

/** A POST list body: paging fields plus any filters. */
export const ListBody = looseBody(pageFields);

/** A list payload: rows in `data.items`, other fields kept. A server that omits an empty array gives an empty page. */
export function listOf<T extends z.ZodType>(item: T): z.ZodType<TrenzList<z.output<T>>> {
  return z.looseObject({ items: z.array(item).default([]) });
}

/** The payload of a Trenz list page (`page.data`): its `items`, and any other field Trenz sends beside them. */
export interface TrenzList<T> {
  items: T[];
  [key: string]: unknown;
}

/**
 * An id sent in a request: a string, as every id the SDK returns is (int64 ids exceed 2^53). Responses read ids
 * with the core's `idString`, which also accepts the numbers some endpoints send.
 */
export const RequestId = z.string().min(1);
