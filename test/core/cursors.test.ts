/**
 * The three paging styles through the whole pipeline (`core.list`, the msw bridge): `page.nextCursor` is plain
 * JSON that resumes the same list in a later call, and a cursor of another shape is refused before sending.
 */
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AnyEndpoint } from '../../src/core/endpoint.js';
import { pageNoHasMoreCursor, pageNumberCursor } from '../../src/core/cursors.js';
import { defineEndpoint } from '../../src/core/endpoint.js';
import { InvalidParamsError } from '../../src/core/errors/index.js';
import type { PageCursor } from '../../src/core/pagination.js';
import { ORIGIN, SECRET_KEY, echoClient, echoHandlers, ep, ok } from './fixtures/echo-api.js';
import { inProcess, rejectionOf } from './fixtures/harness.js';

const TOTAL = 7;
const ids = (from: number, to = TOTAL) => Array.from({ length: to - from }, (_, i) => `${from + i}`);

const numberedPaging = pageNumberCursor({ items: 'rows', pageParam: 'page', total: 'data.total', pageSize: 'params.page_size' });
/** Page numbers in the query, a total in the payload (Trenz's shape). */
const numbered = defineEndpoint({
  name: 'rows.list',
  method: 'GET',
  path: '/rows',
  query: z.object({ page: z.number().int().min(1).optional(), page_size: z.number().int().max(100) }),
  response: z.looseObject({ rows: z.array(z.looseObject({ id: z.string() })), total: z.number() }),
  paging: numberedPaging,
});

const hasMorePaging = pageNoHasMoreCursor({
  items: 'products',
  pageObject: 'pagination',
  pageParam: 'page_no',
  sizeParam: 'page_size',
  hasMore: 'data.next_pagination.has_more',
  total: 'data.next_pagination.total',
});
/** Page numbers in a nested body object, a has-more flag and an optional total (Local Service's shape). */
const hasMore = defineEndpoint({
  name: 'products.list',
  method: 'POST',
  path: '/products/query',
  retrySafe: true,
  body: z.object({
    merchant_id: z.string(),
    pagination: z.object({ page_no: z.number().int().min(1), page_size: z.number().int().max(50) }),
  }),
  response: z.looseObject({
    products: z.array(z.looseObject({ id: z.string() })).optional(),
    next_pagination: z.looseObject({ has_more: z.boolean().optional(), total: z.number().optional() }).optional(),
  }),
  paging: hasMorePaging,
});

/** Rows 0..6. The has-more handler answers by merchant: `flag` sends has_more, `total` only a total, `bare` neither. */
function setup() {
  return inProcess([
    ...echoHandlers(TOTAL),
    http.get(`${ORIGIN}/rows`, ({ request }) => {
      const url = new URL(request.url);
      const page = Number(url.searchParams.get('page') ?? 1);
      const size = Number(url.searchParams.get('page_size'));
      return ok({
        rows: ids(0)
          .slice((page - 1) * size, page * size)
          .map((id) => ({ id })),
        total: TOTAL,
      });
    }),
    http.post(`${ORIGIN}/products/query`, async ({ request }) => {
      const body = (await request.json()) as { merchant_id: string; pagination: { page_no: number; page_size: number } };
      const { page_no, page_size } = body.pagination;
      const products = ids(0)
        .slice((page_no - 1) * page_size, page_no * page_size)
        .map((id) => ({ id }));
      const more = page_no * page_size < TOTAL;
      const next_pagination =
        body.merchant_id === 'flag' ? { has_more: more } : body.merchant_id === 'total' ? { total: TOTAL } : {};
      return ok({ products, next_pagination });
    }),
  ]);
}

interface Case {
  name: string;
  endpoint: AnyEndpoint;
  params: Record<string, unknown>;
  /** The path the style's requests go to. */
  path: string;
  /** Where the first request after resuming carries the cursor (query or body), and what it must be. */
  sent(entry: { search: string; body: string }): unknown;
  resumedAt(cursor: PageCursor): unknown;
  /** A cursor of another style. */
  foreign: unknown;
}

const cases: Case[] = [
  {
    name: 'page token',
    endpoint: ep.list,
    params: { page_size: 3 },
    path: '/items',
    sent: (r) => new URLSearchParams(r.search).get('page_token'),
    resumedAt: (cursor) => cursor,
    foreign: { page: 2 },
  },
  {
    name: 'page number',
    endpoint: numbered,
    params: { page_size: 3 },
    path: '/rows',
    sent: (r) => new URLSearchParams(r.search).get('page'),
    resumedAt: () => '2',
    foreign: 'p+/3=',
  },
  {
    name: 'page_no + has_more',
    endpoint: hasMore,
    params: { merchant_id: 'flag', pagination: { page_no: 1, page_size: 3 } },
    path: '/products/query',
    sent: (r) => (JSON.parse(r.body) as { pagination: unknown }).pagination,
    resumedAt: () => ({ page_no: 2, page_size: 3 }),
    foreign: { page: 2 },
  },
];

const idsOf = (items: unknown[]) => items.map((i) => (i as { id: string }).id);

describe.each(cases)('$name cursors through the pipeline', ({ endpoint, params, path, sent, resumedAt, foreign }) => {
  it('walk every item once', async () => {
    const { dispatcher } = setup();
    const all: unknown[] = [];
    for await (const item of echoClient({ dispatcher }).list({ endpoint, params })) all.push(item);
    expect(idsOf(all)).toEqual(ids(0));
  });

  it('are plain JSON with no credential, and resume the same list in a new client', async () => {
    const { faults, dispatcher } = setup();
    const first = await echoClient({ dispatcher }).list({ endpoint, params });
    expect(idsOf(first.items)).toEqual(ids(0, 3));
    const cursor = first.nextCursor!;
    expect(cursor).not.toBeNull();
    const stored = JSON.stringify(cursor);
    expect(JSON.parse(stored)).toStrictEqual(cursor);
    expect(stored).not.toContain(SECRET_KEY);

    faults.clearJournal();
    const rest: unknown[] = [];
    const resumed = echoClient({ dispatcher }).list({ endpoint, params, options: { cursor: JSON.parse(stored) as PageCursor } });
    for await (const item of resumed) rest.push(item);
    expect(idsOf(rest)).toEqual(ids(3));
    const requests = faults.requests(undefined, path);
    expect(requests).toHaveLength(2);
    expect(sent(requests[0]!)).toEqual(resumedAt(cursor));
  });

  it('resume from the last page with nothing after it', async () => {
    const { dispatcher } = setup();
    const client = echoClient({ dispatcher });
    const pages: (PageCursor | null)[] = [];
    for await (const page of client.list({ endpoint, params }).pages()) pages.push(page.nextCursor);
    expect(pages).toHaveLength(3);
    const last = await client.list({ endpoint, params, options: { cursor: pages[1] } });
    expect(idsOf(last.items)).toEqual(ids(6));
    expect(last.nextCursor).toBeNull();
  });

  it('refuse a cursor of another list with InvalidParamsError, and send nothing', async () => {
    const { faults, dispatcher } = setup();
    const client = echoClient({ dispatcher });
    for (const bad of [foreign, { nope: 1 }, 42, ['2']]) {
      // Like any failure of a list call, it rejects when the first page is awaited (or iterated), not at the call.
      const pages = client.list({ endpoint, params, options: { cursor: bad as PageCursor } });
      const err = await rejectionOf(pages);
      expect(err, JSON.stringify(bad)).toBeInstanceOf(InvalidParamsError);
      await expect(pages.pages().next()).rejects.toBe(err);
      expect(err.issues[0].path).toEqual(['options', 'cursor']);
      expect(err.message).toContain('pass page.nextCursor of this same call');
    }
    expect(faults.count()).toBe(0);
  });
});

describe('page_no + has_more without the flag', () => {
  it('falls back to the total when has_more is absent', async () => {
    const { faults, dispatcher } = setup();
    const all: unknown[] = [];
    const params = { merchant_id: 'total', pagination: { page_no: 1, page_size: 3 } };
    for await (const item of echoClient({ dispatcher }).list({ endpoint: hasMore, params })) all.push(item);
    expect(idsOf(all)).toEqual(ids(0));
    expect(faults.count('POST', '/products/query')).toBe(3); // 3 pages of 3 cover 7: no 4th request
  });

  it('stops after the first page when neither has_more nor total is there', async () => {
    const { faults, dispatcher } = setup();
    const all: unknown[] = [];
    const params = { merchant_id: 'bare', pagination: { page_no: 1, page_size: 3 } };
    for await (const item of echoClient({ dispatcher }).list({ endpoint: hasMore, params })) all.push(item);
    expect(idsOf(all)).toEqual(ids(0, 3));
    expect(faults.count('POST', '/products/query')).toBe(1);
  });
});

describe('list routes', () => {
  it('refuses a route without paging', () => {
    expect(() => echoClient({ dispatcher: setup().dispatcher }).list({ endpoint: ep.item, path: ['1'] })).toThrow(
      /not a list route/,
    );
  });
});
