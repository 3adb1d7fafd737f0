import { describe, expect, expectTypeOf, it } from 'vitest';
import { AbortError, SdkError } from '../../src/core/errors/index.js';
import type { ResponseMeta } from '../../src/core/envelope.js';
import { Page, PagePromise, type PageFetcher, type PaginateInit } from '../../src/core/pagination.js';
import {
  pageNoHasMoreCursor,
  pageNumberCursor,
  pageTokenCursor,
  type CursorStyle,
  type PageCursor,
  type RawPage,
} from '../../src/core/cursors.js';

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${i + 1}` }));

/** A list that starts at its first page unless told otherwise. */
function list<T = unknown, M extends ResponseMeta = ResponseMeta, D = unknown>(
  init: Omit<PaginateInit, 'cursor'> & { cursor?: PageCursor | null },
) {
  return new PagePromise<T, M, D>({ cursor: null, ...init });
}

/** A page-number API: `page`/`page_size` params → `{ items }` with `page`, `page_size`, `total` in the meta. */
function pageNumberSource(all: unknown[]) {
  const calls: Record<string, unknown>[] = [];
  const fetch: PageFetcher = async (params = {}) => {
    calls.push(params);
    const page = Number(params.page ?? 1);
    const size = Number(params.page_size);
    return {
      data: { items: all.slice((page - 1) * size, page * size) },
      meta: { page, page_size: size, total: all.length, requestId: `req-${page}` },
    };
  };
  return { fetch, calls };
}

const numbered = pageNumberCursor({ pageParam: 'page', items: 'items', total: 'meta.total', pageSize: 'meta.page_size' });

/** A token API: `page_token` → `{ things, next_page_token }`. */
function tokenSource(pages: unknown[][]) {
  const calls: Record<string, unknown>[] = [];
  const fetch: PageFetcher = async (params = {}) => {
    calls.push(params);
    const index = params.page_token === undefined ? 0 : Number(String(params.page_token).slice(1));
    const next = index + 1 < pages.length ? `t${index + 1}` : '';
    return { data: { things: pages[index], next_page_token: next, total_count: 99 }, meta: {} };
  };
  return { fetch, calls };
}

const tokens = pageTokenCursor({ tokenParam: 'page_token', items: 'things', nextToken: 'data.next_page_token' });

interface HasMoreParams {
  [key: string]: unknown;
  merchant_id: string;
  pagination: { page_no: number; page_size: number };
}

/**
 * A has-more API with the page in a nested params object: `{ pagination: { page_no } }` →
 * `{ products, next_pagination: { has_more, total } }`. `answer` says which of has_more and total it sends.
 */
function hasMoreSource(all: unknown[], answer: { hasMore?: boolean; total?: boolean } = { hasMore: true }) {
  const calls: HasMoreParams[] = [];
  const fetch: PageFetcher = async (raw) => {
    const params = raw as HasMoreParams;
    calls.push(structuredClone(params));
    const { page_no, page_size } = params.pagination;
    const products = all.slice((page_no - 1) * page_size, page_no * page_size);
    const next_pagination = {
      current_page_size: products.length,
      ...(answer.hasMore ? { has_more: page_no * page_size < all.length } : {}),
      ...(answer.total ? { total: String(all.length) } : {}),
    };
    return { data: { products, next_pagination }, meta: {} };
  };
  return { fetch, calls };
}

const hasMore = pageNoHasMoreCursor({
  items: 'products',
  pageObject: 'pagination',
  pageParam: 'page_no',
  sizeParam: 'page_size',
  hasMore: 'data.next_pagination.has_more',
  total: 'data.next_pagination.total',
});

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of iterable) out.push(x);
  return out;
}

describe('page-number cursor (page/page_size/total)', () => {
  it('walks every page and stops when page * page_size >= total, without an extra request', async () => {
    const src = pageNumberSource(rows(7));
    const pages = list({ fetch: src.fetch, params: { page_size: 3 }, style: numbered });
    expect((await collect(pages)).map((r) => (r as { id: string }).id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7']);
    expect(src.calls.map((c) => c.page)).toEqual([undefined, 2, 3]);
    expect(src.calls[1]).toEqual({ page_size: 3, page: 2 });
  });

  it('stops on an empty page when there is no total', async () => {
    const src = pageNumberSource(rows(4));
    const style = pageNumberCursor({ pageParam: 'page', items: 'items' });
    const pages = list({ fetch: src.fetch, params: { page: 1, page_size: 2 }, style });
    expect(await collect(pages)).toHaveLength(4);
    expect(src.calls).toHaveLength(3); // the third page is empty
  });

  it('reads numeric strings and counts pages from firstPage 0', async () => {
    const style = pageNumberCursor({ pageParam: 'p', items: 'rows', total: 'meta.total', firstPage: 0 });
    const init: PaginateInit = { fetch: async () => ({ data: {}, meta: {} }), params: {}, cursor: null, style };
    const page = new Page({ data: { rows: [1, 2] }, meta: { total: '4' } }, { p: '0' }, init);
    expect(page.nextCursor).toEqual({ p: 1 });
    const last = new Page({ data: { rows: [3, 4] }, meta: { total: '4' } }, { p: '1' }, init);
    expect(last.hasNextPage()).toBe(false);
  });
});

describe('page-token cursor (page_token → next_page_token)', () => {
  it('passes each next token and stops on an empty token', async () => {
    const src = tokenSource([[1, 2], [3], [4, 5]]);
    const pages = list<number>({ fetch: src.fetch, params: { page_size: 2 }, style: tokens });
    expect(await collect(pages)).toEqual([1, 2, 3, 4, 5]);
    expect(src.calls).toEqual([{ page_size: 2 }, { page_size: 2, page_token: 't1' }, { page_size: 2, page_token: 't2' }]);
  });

  it('stops when the server echoes the token it was sent (no endless loop)', async () => {
    let calls = 0;
    const fetch: PageFetcher = async () => {
      calls++;
      return { data: { things: [calls], next_page_token: 'same' }, meta: {} };
    };
    expect(await collect(list({ fetch, params: {}, style: tokens }))).toEqual([1, 2]);
  });
});

describe('page_no + has_more cursor, with the page inside a nested params object', () => {
  it('increments pagination.page_no and keeps sibling fields', async () => {
    const src = hasMoreSource(rows(5));
    const params: HasMoreParams = { merchant_id: '7234567890123456789', pagination: { page_no: 1, page_size: 2 } };
    const pages = list({ fetch: src.fetch, params, style: hasMore });
    expect(await collect(pages)).toHaveLength(5);
    expect(src.calls).toEqual([
      { merchant_id: '7234567890123456789', pagination: { page_no: 1, page_size: 2 } },
      { merchant_id: '7234567890123456789', pagination: { page_no: 2, page_size: 2 } },
      { merchant_id: '7234567890123456789', pagination: { page_no: 3, page_size: 2 } },
    ]);
    expect(params.pagination.page_no).toBe(1); // the caller's params are never mutated
  });

  it('treats a missing has_more and a missing items array as the end', async () => {
    const fetch: PageFetcher = async () => ({ data: {}, meta: {} });
    const params: HasMoreParams = { merchant_id: '1', pagination: { page_no: 1, page_size: 2 } };
    const page = await list({ fetch, params, style: hasMore });
    expect(page.items).toEqual([]);
    expect(page.hasNextPage()).toBe(false);
  });

  it('falls back to total and the page size when has_more is absent', async () => {
    const src = hasMoreSource(rows(5), { total: true });
    const params: HasMoreParams = { merchant_id: '1', pagination: { page_no: 1, page_size: 2 } };
    expect(await collect(list({ fetch: src.fetch, params, style: hasMore }))).toEqual(rows(5));
    expect(src.calls.map((c) => c.pagination.page_no)).toEqual([1, 2, 3]); // no 4th request: 3 * 2 >= 5
  });

  it('stops after the page when neither has_more nor total is there', async () => {
    const src = hasMoreSource(rows(5), {});
    const params: HasMoreParams = { merchant_id: '1', pagination: { page_no: 1, page_size: 2 } };
    const first = await list({ fetch: src.fetch, params, style: hasMore });
    expect(first.items).toEqual(rows(2));
    expect(first.nextCursor).toBeNull();
    expect(await collect(list({ fetch: src.fetch, params, style: hasMore }))).toEqual(rows(2));
  });

  it('trusts has_more false over a total that says otherwise', async () => {
    const style = hasMore;
    const init: PaginateInit = { fetch: async () => ({ data: {}, meta: {} }), params: {}, cursor: null, style };
    const params = { pagination: { page_no: 1, page_size: 2 } };
    const page = new Page(
      { data: { products: [1, 2], next_pagination: { has_more: false, total: 10 } }, meta: {} },
      params,
      init,
    );
    expect(page.nextCursor).toBeNull();
  });
});

/** The three styles over the same 7 rows, three per page, each with its first params. */
const styles: { name: string; style: CursorStyle; fetch: () => PageFetcher; params: Record<string, unknown> }[] = [
  {
    name: 'page token',
    style: tokens,
    fetch: () => tokenSource([rows(7).slice(0, 3), rows(7).slice(3, 6), rows(7).slice(6)]).fetch,
    params: { page_size: 3 },
  },
  { name: 'page number', style: numbered, fetch: () => pageNumberSource(rows(7)).fetch, params: { page_size: 3 } },
  {
    name: 'page_no + has_more',
    style: hasMore,
    fetch: () => hasMoreSource(rows(7)).fetch,
    params: { merchant_id: '1', pagination: { page_no: 1, page_size: 3 } },
  },
];

describe.each(styles)('$name cursors', ({ style, fetch, params }) => {
  it('are plain JSON on every page but the last, which has null', async () => {
    const seen: (PageCursor | null)[] = [];
    for await (const page of list({ fetch: fetch(), params, style }).pages()) seen.push(page.nextCursor);
    expect(seen).toHaveLength(3);
    expect(seen[2]).toBeNull();
    for (const c of seen.slice(0, 2)) {
      expect(c).not.toBeNull();
      expect(JSON.parse(JSON.stringify(c))).toStrictEqual(c);
      expect(style.accepts(c)).toBe(true);
    }
  });

  it('resume where a stored cursor points, with the remaining items only', async () => {
    const first = await list({ fetch: fetch(), params, style });
    const stored = JSON.stringify(first.nextCursor);
    const rest = await collect(list({ fetch: fetch(), params, style, cursor: JSON.parse(stored) as PageCursor }));
    expect([...first.items, ...rest]).toEqual(rows(7));
    expect(rest).toEqual(rows(7).slice(3));
  });

  it("refuse another style's cursor (accepts is false)", () => {
    const foreign: unknown[] =
      style.kind === 'page-token'
        ? [{ page: 2 }, { page_no: 2 }, '']
        : ['t1', { other: 2 }, { page: 'x' }, { page_no: -1 }, [2], null];
    for (const c of foreign) expect(style.accepts(c), JSON.stringify(c)).toBe(false);
  });
});

describe('PagePromise', () => {
  it('fetches nothing until awaited or iterated', async () => {
    const src = pageNumberSource(rows(5));
    const pages = list({ fetch: src.fetch, params: { page_size: 2 }, style: numbered });
    await new Promise((r) => setTimeout(r, 1));
    expect(src.calls).toHaveLength(0);
    void pages;
  });

  it('iterates lazily: breaking after 3 items of a 10-per-page list fetches one page', async () => {
    const src = pageNumberSource(rows(100));
    const pages = list({ fetch: src.fetch, params: { page_size: 10 }, style: numbered });
    let seen = 0;
    for await (const _ of pages) if (++seen === 3) break;
    expect(src.calls).toHaveLength(1);
  });

  it('fetches the next page only when the current one is consumed', async () => {
    const src = pageNumberSource(rows(6));
    const pages = list({ fetch: src.fetch, params: { page_size: 2 }, style: numbered });
    const it = pages[Symbol.asyncIterator]();
    await it.next();
    await it.next();
    expect(src.calls).toHaveLength(1);
    await it.next();
    expect(src.calls).toHaveLength(2);
    await it.return();
  });

  it('memoizes the first page: awaiting then iterating fetches page 1 once', async () => {
    const src = pageNumberSource(rows(4));
    const pages = list<unknown, ResponseMeta & { total: number }>({
      fetch: src.fetch,
      params: { page_size: 2 },
      style: numbered,
    });
    const first = await pages;
    expect(first.requestId).toBe('req-1');
    expect(first.meta.total).toBe(4);
    expect(await pages).toBe(first);
    expect(await collect(pages)).toHaveLength(4);
    expect(src.calls.map((c) => c.page)).toEqual([undefined, 2]);
  });

  it('pages() yields each page with its data, meta and request id', async () => {
    const src = pageNumberSource(rows(5));
    const pages = await collect(list({ fetch: src.fetch, params: { page_size: 2 }, style: numbered }).pages());
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
    expect(pages.map((p) => p.requestId)).toEqual(['req-1', 'req-2', 'req-3']);
    expect(pages[2]?.data).toEqual({ items: [{ id: 'r5' }] });
  });

  it('Page.nextPage walks by hand and throws a clear error on the last page', async () => {
    const src = pageNumberSource(rows(3));
    const first = await list({ fetch: src.fetch, params: { page_size: 2 }, style: numbered });
    expect(first.nextCursor).toEqual({ page: 2 });
    const second = await first.nextPage();
    expect(second.hasNextPage()).toBe(false);
    expect(second.nextCursor).toBeNull();
    await expect(second.nextPage()).rejects.toThrow(SdkError);
    await expect(second.nextPage()).rejects.toThrow(/check hasNextPage\(\) first/i);
  });

  it('rejects the iteration with the very error a page fetch threw', async () => {
    const boom = new Error('socket hang up');
    const fetch: PageFetcher = async (params) => {
      if (params?.page === 2) throw boom;
      return { data: { items: [1, 2] }, meta: { total: 10, page_size: 2 } };
    };
    const pages = list({ fetch, params: {}, style: numbered });
    const seen: unknown[] = [];
    await expect(async () => {
      for await (const x of pages) seen.push(x);
    }).rejects.toBe(boom);
    expect(seen).toEqual([1, 2]);
  });

  it('rejects await, catch and finally with a first-page error', async () => {
    const boom = new Error('401');
    const pages = list({ fetch: () => Promise.reject(boom), params: {}, style: numbered });
    await expect(pages).rejects.toBe(boom);
    expect(await pages.catch((e: unknown) => e)).toBe(boom);
    await expect(pages.finally(() => undefined)).rejects.toBe(boom);
  });

  it('passes the signal to the fetcher and stops before the next page once aborted', async () => {
    const controller = new AbortController();
    const signals: (AbortSignal | undefined)[] = [];
    const fetch: PageFetcher = async (_params, signal) => {
      signals.push(signal);
      return { data: { items: [1, 2] }, meta: { total: 10, page_size: 2 } };
    };
    const pages = list({ fetch, params: {}, style: numbered, signal: controller.signal });
    await expect(async () => {
      for await (const x of pages) if (x === 2) controller.abort();
    }).rejects.toBeInstanceOf(AbortError);
    expect(signals).toEqual([controller.signal]);
  });

  it('says which field is wrong when the items field is not an array', async () => {
    const fetch: PageFetcher = async () => ({ data: { items: 'nope' }, meta: {} });
    await expect(list({ fetch, params: {}, style: numbered })).rejects.toThrow(/data\.items is not an array/);
  });

  it('is typed: a PagePromise with an API meta and payload type is assignable to PagePromise<T>', () => {
    const typed: PagePromise<number> = list<number, ResponseMeta & { total: number }, { items: number[] }>({
      fetch: async (): Promise<RawPage> => ({ data: { items: [] }, meta: {} }),
      params: {},
      style: pageNumberCursor({ pageParam: 'page', items: 'items' }),
    });
    expect(typed).toBeInstanceOf(PagePromise);
    expectTypeOf<Awaited<typeof typed>['nextCursor']>().toEqualTypeOf<PageCursor | null>();
  });
});
