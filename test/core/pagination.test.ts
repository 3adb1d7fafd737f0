import { describe, expect, it } from 'vitest';
import { AbortError, SdkError } from '../../src/core/errors/index.js';
import {
  Page,
  PagePromise,
  type CursorStyle,
  type PageFetcher,
  type RawPage,
} from '../../src/core/pagination.js';
import { pageNoHasMoreCursor, pageNumberCursor, pageTokenCursor } from '../../src/core/cursors.js';

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${i + 1}` }));

/** A page-number API: `page`/`page_size` query → `{ data: { items }, page, page_size, total }`. */
function pageNumberSource(all: unknown[]) {
  const calls: Record<string, unknown>[] = [];
  const fetch: PageFetcher<Record<string, unknown>> = async (params) => {
    calls.push(params);
    const page = Number(params.page ?? 1);
    const size = Number(params.page_size);
    return {
      data: { items: all.slice((page - 1) * size, page * size) },
      meta: { page, page_size: size, total: all.length, requestId: `req-${page}` },
      body: {},
    };
  };
  return { fetch, calls };
}

const numbered = pageNumberCursor<Record<string, unknown>>({
  pageParam: 'page',
  items: 'data.items',
  total: 'meta.total',
  pageSize: 'meta.page_size',
});

/** A token API: `page_token` → `data: { things, next_page_token }`. */
function tokenSource(pages: unknown[][]) {
  const calls: Record<string, unknown>[] = [];
  const fetch: PageFetcher<Record<string, unknown>> = async (params) => {
    calls.push(params);
    const index = params.page_token === undefined ? 0 : Number(String(params.page_token).slice(1));
    const next = index + 1 < pages.length ? `t${index + 1}` : '';
    return { data: { things: pages[index], next_page_token: next, total_count: 99 }, meta: {}, body: {} };
  };
  return { fetch, calls };
}

const tokens = pageTokenCursor<Record<string, unknown>>({
  tokenParam: 'page_token',
  items: 'data.things',
  nextToken: 'data.next_page_token',
});

interface BodyParams {
  body: { merchant_id: string; pagination: { page_no: number; page_size: number } };
}

/** A has-more API with the page in a JSON body: `{ pagination: { page_no } }` → `data.next_pagination.has_more`. */
function hasMoreSource(all: unknown[]) {
  const calls: BodyParams[] = [];
  const fetch: PageFetcher<BodyParams> = async (params) => {
    calls.push(structuredClone(params));
    const { page_no, page_size } = params.body.pagination;
    const products = all.slice((page_no - 1) * page_size, page_no * page_size);
    const has_more = page_no * page_size < all.length;
    return { data: { products, next_pagination: { has_more, current_page_size: products.length } }, meta: {}, body: {} };
  };
  return { fetch, calls };
}

const hasMore = pageNoHasMoreCursor<BodyParams>({
  pageParam: 'body.pagination.page_no',
  items: 'data.products',
  hasMore: 'data.next_pagination.has_more',
});

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of iterable) out.push(x);
  return out;
}

describe('page-number cursor (page/page_size/total)', () => {
  it('walks every page and stops when page * page_size >= total, without an extra request', async () => {
    const src = pageNumberSource(rows(7));
    const list = new PagePromise({ fetch: src.fetch, params: { page_size: 3 }, style: numbered });
    expect((await collect(list)).map((r) => (r as { id: string }).id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7']);
    expect(src.calls.map((c) => c.page)).toEqual([undefined, 2, 3]);
    expect(src.calls[1]).toEqual({ page_size: 3, page: 2 });
  });

  it('stops on an empty page when there is no total', async () => {
    const src = pageNumberSource(rows(4));
    const style = pageNumberCursor<Record<string, unknown>>({ pageParam: 'page', items: 'data.items' });
    const list = new PagePromise({ fetch: src.fetch, params: { page: 1, page_size: 2 }, style });
    expect(await collect(list)).toHaveLength(4);
    expect(src.calls).toHaveLength(3); // the third page is empty
  });

  it('reads numeric strings and counts pages from firstPage 0', async () => {
    const style = pageNumberCursor<{ p?: string }>({ pageParam: 'p', items: 'data', total: 'meta.total', firstPage: 0 });
    const page = new Page({ data: [1, 2], meta: { total: '4' }, body: {} }, { p: '0' }, { fetch: async () => ({ data: [], meta: {}, body: {} }), params: {}, style });
    expect(page.nextPageParams()).toEqual({ p: 1 });
    const last = new Page({ data: [3, 4], meta: { total: '4' }, body: {} }, { p: '1' }, { fetch: async () => ({ data: [], meta: {}, body: {} }), params: {}, style });
    expect(last.hasNextPage()).toBe(false);
  });
});

describe('page-token cursor (page_token → next_page_token)', () => {
  it('passes each next token and stops on an empty token', async () => {
    const src = tokenSource([[1, 2], [3], [4, 5]]);
    const list = new PagePromise<number, Record<string, unknown>>({ fetch: src.fetch, params: { page_size: 2 }, style: tokens });
    expect(await collect(list)).toEqual([1, 2, 3, 4, 5]);
    expect(src.calls).toEqual([{ page_size: 2 }, { page_size: 2, page_token: 't1' }, { page_size: 2, page_token: 't2' }]);
  });

  it('stops when the server echoes the token it was sent (no endless loop)', async () => {
    let calls = 0;
    const fetch: PageFetcher<Record<string, unknown>> = async () => {
      calls++;
      return { data: { things: [calls], next_page_token: 'same' }, meta: {}, body: {} };
    };
    expect(await collect(new PagePromise({ fetch, params: {}, style: tokens }))).toEqual([1, 2]);
  });
});

describe('page_no + has_more cursor, with the page inside a nested JSON body', () => {
  it('increments body.pagination.page_no and keeps sibling fields', async () => {
    const src = hasMoreSource(rows(5));
    const params: BodyParams = { body: { merchant_id: '7234567890123456789', pagination: { page_no: 1, page_size: 2 } } };
    const list = new PagePromise({ fetch: src.fetch, params, style: hasMore });
    expect(await collect(list)).toHaveLength(5);
    expect(src.calls.map((c) => c.body)).toEqual([
      { merchant_id: '7234567890123456789', pagination: { page_no: 1, page_size: 2 } },
      { merchant_id: '7234567890123456789', pagination: { page_no: 2, page_size: 2 } },
      { merchant_id: '7234567890123456789', pagination: { page_no: 3, page_size: 2 } },
    ]);
    expect(params.body.pagination.page_no).toBe(1); // the caller's params are never mutated
  });

  it('treats a missing has_more and a missing items array as the end', async () => {
    const fetch: PageFetcher<BodyParams> = async () => ({ data: {}, meta: {}, body: {} });
    const params: BodyParams = { body: { merchant_id: '1', pagination: { page_no: 1, page_size: 2 } } };
    const page = await new PagePromise({ fetch, params, style: hasMore });
    expect(page.items).toEqual([]);
    expect(page.hasNextPage()).toBe(false);
  });
});

describe('PagePromise', () => {
  it('fetches nothing until awaited or iterated', async () => {
    const src = pageNumberSource(rows(5));
    const list = new PagePromise({ fetch: src.fetch, params: { page_size: 2 }, style: numbered });
    await new Promise((r) => setTimeout(r, 1));
    expect(src.calls).toHaveLength(0);
    void list;
  });

  it('iterates lazily: breaking after 3 items of a 10-per-page list fetches one page', async () => {
    const src = pageNumberSource(rows(100));
    const list = new PagePromise({ fetch: src.fetch, params: { page_size: 10 }, style: numbered });
    let seen = 0;
    for await (const _ of list) if (++seen === 3) break;
    expect(src.calls).toHaveLength(1);
  });

  it('fetches the next page only when the current one is consumed', async () => {
    const src = pageNumberSource(rows(6));
    const list = new PagePromise({ fetch: src.fetch, params: { page_size: 2 }, style: numbered });
    const it = list[Symbol.asyncIterator]();
    await it.next();
    await it.next();
    expect(src.calls).toHaveLength(1);
    await it.next();
    expect(src.calls).toHaveLength(2);
    await it.return();
  });

  it('memoizes the first page: awaiting then iterating fetches page 1 once', async () => {
    const src = pageNumberSource(rows(4));
    const list = new PagePromise({ fetch: src.fetch, params: { page_size: 2 }, style: numbered });
    const first = await list;
    expect(first.requestId).toBe('req-1');
    expect(first.meta.total).toBe(4);
    expect(await list).toBe(first);
    expect(await collect(list)).toHaveLength(4);
    expect(src.calls.map((c) => c.page)).toEqual([undefined, 2]);
  });

  it('iterPages yields each page with its data, meta and request id', async () => {
    const src = pageNumberSource(rows(5));
    const list = new PagePromise({ fetch: src.fetch, params: { page_size: 2 }, style: numbered });
    const pages = await collect(list.iterPages());
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
    expect(pages.map((p) => p.requestId)).toEqual(['req-1', 'req-2', 'req-3']);
    expect(pages[2]?.data).toEqual({ items: [{ id: 'r5' }] });
  });

  it('Page.nextPage walks by hand and throws a clear error on the last page', async () => {
    const src = pageNumberSource(rows(3));
    const first = await new PagePromise({ fetch: src.fetch, params: { page_size: 2 }, style: numbered });
    expect(first.nextPageParams()).toEqual({ page_size: 2, page: 2 });
    const second = await first.nextPage();
    expect(second.hasNextPage()).toBe(false);
    expect(second.nextPageParams()).toBeUndefined();
    await expect(second.nextPage()).rejects.toThrow(SdkError);
    await expect(second.nextPage()).rejects.toThrow(/check hasNextPage\(\) first/i);
  });

  it('maps every item', async () => {
    const src = tokenSource([[1, 2], [3]]);
    const list = new PagePromise({ fetch: src.fetch, params: {}, style: tokens, map: (n) => `#${String(n)}` });
    expect((await list).items).toEqual(['#1', '#2']);
    expect(await collect(list)).toEqual(['#1', '#2', '#3']);
  });

  it('rejects the iteration with the very error a page fetch threw', async () => {
    const boom = new Error('socket hang up');
    const fetch: PageFetcher<Record<string, unknown>> = async (params) => {
      if (params.page === 2) throw boom;
      return { data: { items: [1, 2] }, meta: { total: 10, page_size: 2 }, body: {} };
    };
    const list = new PagePromise({ fetch, params: {}, style: numbered });
    const seen: unknown[] = [];
    await expect(async () => {
      for await (const x of list) seen.push(x);
    }).rejects.toBe(boom);
    expect(seen).toEqual([1, 2]);
  });

  it('rejects await, catch and finally with a first-page error', async () => {
    const boom = new Error('401');
    const list = new PagePromise({ fetch: () => Promise.reject(boom), params: {}, style: numbered });
    await expect(list).rejects.toBe(boom);
    expect(await list.catch((e: unknown) => e)).toBe(boom);
    await expect(list.finally(() => undefined)).rejects.toBe(boom);
  });

  it('passes the signal to the fetcher and stops before the next page once aborted', async () => {
    const controller = new AbortController();
    const signals: (AbortSignal | undefined)[] = [];
    const fetch: PageFetcher<Record<string, unknown>> = async (_params, signal) => {
      signals.push(signal);
      return { data: { items: [1, 2] }, meta: { total: 10, page_size: 2 }, body: {} };
    };
    const list = new PagePromise({ fetch, params: {}, style: numbered, signal: controller.signal });
    await expect(async () => {
      for await (const x of list) if (x === 2) controller.abort();
    }).rejects.toBeInstanceOf(AbortError);
    expect(signals).toEqual([controller.signal]);
  });

  it('says which field is wrong when the items locator points at a non-array', async () => {
    const fetch: PageFetcher<unknown> = async () => ({ data: { items: 'nope' }, meta: {}, body: {} });
    await expect(new PagePromise({ fetch, params: {}, style: numbered as CursorStyle<unknown> })).rejects.toThrow(/"data.items" is not an array/);
  });

  it('is typed: PagePromise<T, P> is assignable to PagePromise<T>', () => {
    const typed: PagePromise<number> = new PagePromise<number, { page?: number }>({
      fetch: async (): Promise<RawPage> => ({ data: [], meta: {}, body: {} }),
      params: {},
      style: pageNumberCursor({ pageParam: 'page', items: 'data' }),
    });
    expect(typed).toBeInstanceOf(PagePromise);
  });
});
