import type { ResponseMeta } from './envelope.js';
import type { CursorStyle, ListParams, PageCursor, RawPage } from './cursors.js';
import { AbortError, SdkError } from './errors/index.js';

export type { PageCursor } from './cursors.js';

/** Page meta: the core's facts plus whatever else the API's envelope reports. */
export type AnyMeta = ResponseMeta & Readonly<Record<string, unknown>>;

/** Fetches the page that `params` designates. `signal` is the caller's, passed through untouched. */
export type PageFetcher = (params: ListParams, signal?: AbortSignal) => Promise<RawPage>;

/** @internal Everything a {@link Page} or {@link PagePromise} needs to fetch pages. Holds no credential. */
export interface PaginateInit {
  fetch: PageFetcher;
  /** The caller's params, without any cursor. */
  params: ListParams;
  /** Where the first page starts: the caller's `options.cursor`, or null for the list's start. */
  cursor: PageCursor | null;
  style: CursorStyle;
  /** Passed to every page fetch; aborting it also stops iteration before the next fetch. */
  signal?: AbortSignal | undefined;
}

/**
 * One page of a list. `nextCursor` is plain JSON (a page token or `{ page: n }`) or `null` on the last page:
 * store it anywhere and resume later, in any process, with the same call and `{ cursor }` in its options.
 * `M` is the API's meta type, `D` the route's payload type.
 */
export class Page<TItem, M extends ResponseMeta = ResponseMeta, D = unknown> {
  /** This page's items. */
  readonly items: TItem[];
  /** The envelope's payload, whole (totals and other fields beside the items). */
  readonly data: D;
  /** Envelope-level facts (request id, status, and the API's own: Trenz `total`, `usage`...). */
  readonly meta: M;
  /** The id to quote to the API's support for this page's request. */
  readonly requestId: string | undefined;
  /** Where the next page starts, or `null` when this is the last page. Safe to store: it holds no credential. */
  readonly nextCursor: PageCursor | null;
  readonly #init: PaginateInit;

  /** @internal Built by {@link PagePromise}. */
  constructor(raw: RawPage, params: ListParams, init: PaginateInit) {
    this.items = init.style.items(raw) as TItem[];
    this.data = raw.data as D;
    this.meta = raw.meta as M;
    this.requestId = raw.meta.requestId;
    this.nextCursor = init.style.next(raw, params);
    this.#init = init;
  }

  /** Whether another page follows this one. */
  hasNextPage(): boolean {
    return this.nextCursor !== null;
  }

  /** Fetches the next page. Throws when there is none: check `hasNextPage()` first. */
  async nextPage(): Promise<Page<TItem, M, D>> {
    if (this.nextCursor === null) {
      throw new SdkError('No next page: this is the last page. Check hasNextPage() first, or iterate with for await.');
    }
    return fetchPage(this.nextCursor, this.#init);
  }
}

async function fetchPage<TItem, M extends ResponseMeta, D>(
  cursor: PageCursor | null,
  init: PaginateInit,
): Promise<Page<TItem, M, D>> {
  // Checked here too because a fetcher may not look at the signal until its request starts.
  if (init.signal?.aborted) throw new AbortError(undefined, { cause: init.signal.reason });
  const params = cursor === null ? init.params : init.style.at(init.params, cursor);
  const raw = await init.fetch(params, init.signal);
  return new Page(raw, params, init);
}

/**
 * What a list call returns: `await` it for the first page, `for await` over it for every item of every page,
 * or `.pages()` for page after page. Fetching is lazy (nothing is sent until the first `then` or iteration) and
 * the first page is fetched once. Iteration keeps one page in memory at a time and stops fetching on `break`.
 */
export class PagePromise<TItem, M extends ResponseMeta = ResponseMeta, D = unknown>
  implements PromiseLike<Page<TItem, M, D>>, AsyncIterable<TItem>
{
  readonly #init: PaginateInit;
  #first: Promise<Page<TItem, M, D>> | undefined;

  /** @internal Sends nothing yet: the first page is fetched on the first `then` or iteration. */
  constructor(init: PaginateInit) {
    this.#init = init;
  }

  #firstPage(): Promise<Page<TItem, M, D>> {
    this.#first ??= fetchPage(this.#init.cursor, this.#init);
    return this.#first;
  }

  /** Resolves with the first page (fetched once, then memoized). */
  then<R1 = Page<TItem, M, D>, R2 = never>(
    onfulfilled?: ((page: Page<TItem, M, D>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#firstPage().then(onfulfilled, onrejected);
  }

  /** Like `Promise.catch`, on the first page. */
  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<Page<TItem, M, D> | R> {
    return this.#firstPage().catch(onrejected);
  }

  /** Like `Promise.finally`, on the first page. */
  finally(onfinally?: (() => void) | null): Promise<Page<TItem, M, D>> {
    return this.#firstPage().finally(onfinally);
  }

  /** Every page in order, starting with the (memoized) first one. A failed fetch rejects with its own error. */
  async *pages(): AsyncGenerator<Page<TItem, M, D>, void, undefined> {
    let page: Page<TItem, M, D> | undefined = await this.#firstPage();
    while (page) {
      yield page;
      const pending = this.#after(page);
      // eslint-disable-next-line no-useless-assignment -- drops the old page before the next one arrives (see #after)
      page = undefined;
      page = await pending;
    }
  }

  /** Every item of every page, fetching the next page only once the current one is consumed. */
  async *[Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    let page: Page<TItem, M, D> | undefined = await this.#firstPage();
    while (page) {
      yield* page.items;
      const pending = this.#after(page);
      // eslint-disable-next-line no-useless-assignment -- drops the old page before the next one arrives (see #after)
      page = undefined;
      page = await pending;
    }
  }

  /**
   * The page after `page`, or `undefined`. Callers clear their variable before awaiting this, so the old page
   * (only its cursor is kept) can be collected while the next one downloads: one page in memory at a time.
   */
  #after(page: Page<TItem, M, D>): Promise<Page<TItem, M, D> | undefined> {
    const next = page.nextCursor;
    return next === null ? Promise.resolve(undefined) : fetchPage(next, this.#init);
  }
}
