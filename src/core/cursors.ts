import type { CursorStyle, RawPage } from './pagination.js';
import { SdkError } from './errors/index.js';

/**
 * The three cursor styles, as data: each API says where its items, totals and next-page markers live.
 */

/** A dot path (`'data.items'`) or its segments (`['data', 'items']`, for keys that contain dots). */
export type FieldPath = string | readonly string[];

/**
 * Where to read a value: a path whose first segment is `data`, `meta`, `body` or `params`
 * (`'meta.total'`, `'data.next_pagination.has_more'`, `'params.page_size'`), or a function.
 */
export type Locator<P> = FieldPath | ((page: RawPage, params: P) => unknown);

/** Options of {@link pageNumberCursor}. */
export interface PageNumberCursorOptions<P> {
  /** Path inside params of the 1-based page number, e.g. `'page'` or `'pagination.page'`. */
  pageParam: FieldPath;
  /** Where the items array is, e.g. `'data.items'`. A missing (null/undefined) array reads as an empty page. */
  items: Locator<P>;
  /** Total item count, e.g. `'meta.total'`. Without it, paging stops only on an empty page (one extra request). */
  total?: Locator<P>;
  /** Page size, e.g. `'meta.page_size'` or `'params.page_size'`. Default: the current page's item count. */
  pageSize?: Locator<P>;
  /** The page number assumed when params hold none. Default 1. */
  firstPage?: number;
}

/** Options of {@link pageTokenCursor}. */
export interface PageTokenCursorOptions<P> {
  /** Path inside params of the token to send, e.g. `'page_token'`. Absent on the first page. */
  tokenParam: FieldPath;
  items: Locator<P>;
  /** Where the next token is, e.g. `'data.next_page_token'`. An empty or missing token ends the list. */
  nextToken: Locator<P>;
}

/** Options of {@link pageNoHasMoreCursor}. */
export interface PageNoHasMoreCursorOptions<P> {
  /** Path inside params of the page number, e.g. `'pagination.page_no'` for a JSON body `{ pagination: {...} }`. */
  pageParam: FieldPath;
  items: Locator<P>;
  /** Where the has-more flag is, e.g. `'data.next_pagination.has_more'`. Only `true` continues. */
  hasMore: Locator<P>;
  /** The page number assumed when params hold none. Default 1. */
  firstPage?: number;
}

/**
 * Page-number paging (`page` + `page_size` → `total`). Stops when a page is empty or `page * page_size >= total`.
 * A short page alone does not stop it: servers that cap `page_size` below the requested value return short pages
 * that are not the last one.
 */
export function pageNumberCursor<P>(opts: PageNumberCursorOptions<P>): CursorStyle<P> {
  const first = opts.firstPage ?? 1;
  return {
    items: (page) => readItems(page, opts.items),
    next(page, params) {
      const items = readItems(page, opts.items, params);
      if (items.length === 0) return undefined;
      const current = toNumber(getPath(params, opts.pageParam)) ?? first;
      const total = opts.total === undefined ? undefined : toNumber(locate(page, params, opts.total));
      const size = (opts.pageSize === undefined ? undefined : toNumber(locate(page, params, opts.pageSize))) ?? items.length;
      // 1-based: after page n we have seen n*size items. For a 0-based API (firstPage 0) it is (n+1)*size.
      if (total !== undefined && (current - first + 1) * size >= total) return undefined;
      return setPath(params, opts.pageParam, current + 1);
    },
  };
}

/**
 * Opaque-token paging (`page_token` → `next_page_token`). Stops when the token is empty or missing, and when the
 * server hands back the token it was sent (a loop that would otherwise never end).
 */
export function pageTokenCursor<P>(opts: PageTokenCursorOptions<P>): CursorStyle<P> {
  return {
    items: (page) => readItems(page, opts.items),
    next(page, params) {
      const token = locate(page, params, opts.nextToken);
      if (token === undefined || token === null || token === '') return undefined;
      if (token === getPath(params, opts.tokenParam)) return undefined;
      return setPath(params, opts.tokenParam, token);
    },
  };
}

/**
 * Page-number paging driven by a has-more flag (`page_no` → `has_more`). Stops when the flag is not `true`
 * (a missing flag included) or when a page is empty, so a server that keeps saying "more" cannot loop forever.
 */
export function pageNoHasMoreCursor<P>(opts: PageNoHasMoreCursorOptions<P>): CursorStyle<P> {
  const first = opts.firstPage ?? 1;
  return {
    items: (page) => readItems(page, opts.items),
    next(page, params) {
      if (locate(page, params, opts.hasMore) !== true) return undefined;
      if (readItems(page, opts.items, params).length === 0) return undefined;
      const current = toNumber(getPath(params, opts.pageParam)) ?? first;
      return setPath(params, opts.pageParam, current + 1);
    },
  };
}

/** Everything a {@link Page} or {@link PagePromise} needs to fetch pages. */
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

/** A copy of `root` with `value` at `path`: objects along the path are copied, nothing is mutated. */
function setPath<P>(root: P, path: FieldPath, value: unknown): P {
  const [key, ...rest] = segments(path);
  if (key === undefined) return value as P;
  const base = root !== null && typeof root === 'object' ? (root as Record<string, unknown>) : {};
  const child = rest.length === 0 ? value : setPath(base[key], rest, value);
  return { ...base, [key]: child } as P;
}

function locate<P>(page: RawPage, params: P, where: Locator<P>): unknown {
  if (typeof where === 'function') return where(page, params);
  return getPath({ data: page.data, meta: page.meta, body: page.body, params }, where);
}

function readItems<P>(page: RawPage, where: Locator<P>, params?: P): unknown[] {
  const value = locate(page, params as P, where);
  if (value === undefined || value === null) return []; // some APIs omit the array on an empty page
  if (!Array.isArray(value)) {
    const at = typeof where === 'function' ? 'the items locator' : `"${segments(where).join('.')}"`;
    throw new SdkError(`Pagination: ${at} is not an array (got ${typeof value}); the cursor style points at the wrong field.`);
  }
  return value;
}

/** Numbers may arrive as numbers, numeric strings, bigints or lossless-json numbers. */
function toNumber(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '' || typeof value === 'boolean') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}
