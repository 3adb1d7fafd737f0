/**
 * The three paging styles of the three APIs, as data: where a page's items are, and the cursor of the next page.
 * A cursor is a plain JSON value holding only what the API needs to find a page (a page token, a page number):
 * never a credential, so it can be stored in a checkpoint and resumed by another process.
 */
import { InvalidParamsError, SdkError } from './errors/index.js';

/** Where the next page starts: a page token, or a small object such as `{ page: 3 }`. JSON, no secret. */
export type PageCursor = string | { readonly [key: string]: number };

/** One decoded page as the paginator sees it: the envelope's payload and meta. */
export interface RawPage {
  data: unknown;
  meta: { readonly requestId?: string | undefined } & Readonly<Record<string, unknown>>;
}

/** The caller's params object of a list call. */
export type ListParams = Record<string, unknown> | undefined;

/** A paging style: pure functions of a page and its params, no I/O. `K` is the payload field of the items. */
export interface CursorStyle<K extends string = string> {
  /** The payload field that holds a page's items (`'orders'`, `'items'`). */
  readonly itemsField: K;
  /** The kind, for docs and error messages. */
  readonly kind: 'page-token' | 'page-number' | 'page-no-has-more';
  /** The page's items, in order. A missing array reads as an empty page. */
  items(page: RawPage): unknown[];
  /** The cursor of the page after `page` (fetched with `params`), or `null` when it is the last page. */
  next(page: RawPage, params: ListParams): PageCursor | null;
  /** The params of the page at `cursor`: a copy of the caller's params with the cursor where the API reads it. */
  at(params: ListParams, cursor: PageCursor): Record<string, unknown>;
  /** Whether `cursor` has this style's shape (a cursor of another list is refused before anything is sent). */
  accepts(cursor: unknown): boolean;
}

/** A dot path inside `{ data, meta, params }`, e.g. `'meta.total'` or `'params.page_size'`. */
export type FieldPath = string | readonly string[];

/**
 * Opaque-token paging (TikTok Shop: `page_token` in, `next_page_token` out). The cursor is the token. Stops when
 * the token is empty or missing, and when the server hands back the token it was sent (a loop otherwise).
 */
export function pageTokenCursor<K extends string>(opts: {
  items: K;
  tokenParam: string;
  nextToken: FieldPath;
}): CursorStyle<NoInfer<K>> {
  return {
    itemsField: opts.items,
    kind: 'page-token',
    items: (page) => readItems(page, opts.items),
    next(page, params) {
      const token = locate(page, params, opts.nextToken);
      if (typeof token !== 'string' || token === '' || token === params?.[opts.tokenParam]) return null;
      return token;
    },
    at: (params, cursor) => ({ ...params, [opts.tokenParam]: cursor }),
    accepts: (cursor) => typeof cursor === 'string' && cursor !== '',
  };
}

/**
 * Page-number paging (Trenz: `page` + `page_size` in, `total` out). The cursor is `{ [pageParam]: n }`. Stops on
 * an empty page or when `page * page_size >= total`; a short page alone does not stop it (servers cap page_size).
 */
export function pageNumberCursor<K extends string>(opts: {
  items: K;
  pageParam: string;
  total?: FieldPath;
  pageSize?: FieldPath;
  firstPage?: number;
}): CursorStyle<NoInfer<K>> {
  const first = opts.firstPage ?? 1;
  return {
    itemsField: opts.items,
    kind: 'page-number',
    items: (page) => readItems(page, opts.items),
    next(page, params) {
      const items = readItems(page, opts.items);
      if (items.length === 0) return null;
      const current = toNumber(params?.[opts.pageParam]) ?? first;
      const total = opts.total === undefined ? undefined : toNumber(locate(page, params, opts.total));
      const size = (opts.pageSize === undefined ? undefined : toNumber(locate(page, params, opts.pageSize))) ?? items.length;
      if (total !== undefined && (current - first + 1) * size >= total) return null;
      return { [opts.pageParam]: current + 1 };
    },
    at: (params, cursor) => ({ ...params, [opts.pageParam]: (cursor as Record<string, number>)[opts.pageParam] }),
    accepts: (cursor) => isPageObject(cursor, opts.pageParam, first),
  };
}

/**
 * Page numbers in a nested object driven by a has-more flag (Local Service: `pagination.page_no` in,
 * `next_pagination.has_more` out). The cursor is `{ page_no: n }`. The flag decides when the server sends it;
 * when it does not (the field is optional), `total` and the page size decide; an empty page always ends.
 */
export function pageNoHasMoreCursor<K extends string>(opts: {
  items: K;
  /** The params object the page number lives in (`'pagination'`) and its field (`'page_no'`). */
  pageObject: string;
  pageParam: string;
  sizeParam?: string;
  hasMore: FieldPath;
  total?: FieldPath;
  firstPage?: number;
}): CursorStyle<NoInfer<K>> {
  const first = opts.firstPage ?? 1;
  const pagination = (params: ListParams) => (params?.[opts.pageObject] ?? {}) as Record<string, unknown>;
  return {
    itemsField: opts.items,
    kind: 'page-no-has-more',
    items: (page) => readItems(page, opts.items),
    next(page, params) {
      const items = readItems(page, opts.items);
      if (items.length === 0) return null;
      const current = toNumber(pagination(params)[opts.pageParam]) ?? first;
      const hasMore = locate(page, params, opts.hasMore);
      if (hasMore === false) return null;
      if (hasMore !== true) {
        const total = opts.total === undefined ? undefined : toNumber(locate(page, params, opts.total));
        const size = (opts.sizeParam ? toNumber(pagination(params)[opts.sizeParam]) : undefined) ?? items.length;
        if (total === undefined || (current - first + 1) * size >= total) return null;
      }
      return { [opts.pageParam]: current + 1 };
    },
    at: (params, cursor) => ({
      ...params,
      [opts.pageObject]: { ...pagination(params), [opts.pageParam]: (cursor as Record<string, number>)[opts.pageParam] },
    }),
    accepts: (cursor) => isPageObject(cursor, opts.pageParam, first),
  };
}

/** The error for a cursor that does not fit the list it is passed to. */
export function foreignCursor(api: string, endpoint: string, style: CursorStyle, cursor: unknown): InvalidParamsError {
  const want = style.kind === 'page-token' ? 'a page token string' : 'an object such as { page: 2 }';
  return new InvalidParamsError({
    api,
    endpoint,
    issues: [
      {
        path: ['options', 'cursor'],
        message: `is not a cursor of this list (expected ${want}, got ${JSON.stringify(cursor)}); pass page.nextCursor of this same call`,
      },
    ],
  });
}

function isPageObject(cursor: unknown, key: string, first: number): boolean {
  if (cursor === null || typeof cursor !== 'object' || Array.isArray(cursor)) return false;
  const n = (cursor as Record<string, unknown>)[key];
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= first;
}

function segments(path: FieldPath): readonly string[] {
  return typeof path === 'string' ? path.split('.') : path;
}

function getPath(root: unknown, path: FieldPath): unknown {
  let value = root;
  for (const key of segments(path)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function locate(page: RawPage, params: ListParams, where: FieldPath): unknown {
  return getPath({ data: page.data, meta: page.meta, params }, where);
}

function readItems(page: RawPage, field: string): unknown[] {
  const value = page.data !== null && typeof page.data === 'object' ? (page.data as Record<string, unknown>)[field] : undefined;
  if (value === undefined || value === null) return []; // some APIs omit the array on an empty page
  if (!Array.isArray(value)) {
    throw new SdkError(
      `Pagination: data.${field} is not an array (got ${typeof value}); the route's paging points at the wrong field.`,
    );
  }
  return value;
}

/** Numbers may arrive as numbers or numeric strings. */
function toNumber(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '' || typeof value === 'boolean') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}
