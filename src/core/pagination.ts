import type { ResponseMeta } from './envelope.js';

/** Page meta: the core's facts plus whatever else the API's envelope reports (unknown unless the API types it). */
export type AnyMeta = ResponseMeta & Readonly<Record<string, unknown>>;
import { AbortError, SdkError } from './errors/index.js';

/**
 * One decoded page, as an API's envelope hands it to the paginator.
 * `data` is the envelope's payload, `meta` the envelope-level facts (page, total, request id), `body` the whole
 * decoded body (for cursors that sit outside `data`).
 */
export interface RawPage {
  data: unknown;
  meta: Record<string, unknown> & { requestId?: string | undefined };
  body: unknown;
}

/** Fetches the page that `params` designates. `signal` is the caller's, passed through untouched. */
export type PageFetcher<P> = (params: P, signal?: AbortSignal) => Promise<RawPage>;

/** Where a cursor style finds a page's items and how it derives the next page's params. Pure data, no I/O. */
export interface CursorStyle<P> {
  /** The page's items, in order. */
  items(page: RawPage): unknown[];
  /** The params of the next page, or `undefined` when `page` is the last one. Must not mutate `params`. */
  next(page: RawPage, params: P): P | undefined;
}

export interface PaginateInit<TItem, P> {
  fetch: PageFetcher<P>;
  /** The first page's params. */
  params: P;
  style: CursorStyle<P>;
  /** Turns each raw item into the item the user sees. Default: the item as is. */
  map?: ((item: unknown) => TItem) | undefined;
  /** Passed to every page fetch; aborting it also stops iteration before the next fetch. */
  signal?: AbortSignal | undefined;
}

/** One page of a list: its items plus the means to fetch the next page. Holds no reference to earlier pages. */
/** `M`: the API's meta type (e.g. TrenzMeta with `usage`, `total`). */
export class Page<TItem, P = unknown, M extends AnyMeta = AnyMeta> {
  /** This page's items, mapped. */
  readonly items: TItem[];
  /** The envelope's payload. */
  readonly data: unknown;
  /** Envelope-level facts (page, total, ...). */
  readonly meta: M;
  /** The whole decoded body. */
  readonly body: unknown;
  /** The id to quote to the API's support for this page's request. */
  readonly requestId: string | undefined;
  // `any`, not P: P then appears only in return types, so a Page<T, Params> is assignable to Page<T> (P unknown).
  readonly #init: PaginateInit<TItem, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  readonly #next: P | undefined;

  /** @internal Built by {@link PagePromise}; `params` are the ones this page was fetched with. */
  constructor(raw: RawPage, params: P, init: PaginateInit<TItem, P>) {
    const items = init.style.items(raw);
    this.items = init.map ? items.map(init.map) : (items as TItem[]);
    this.data = raw.data;
    this.meta = raw.meta as M;
    this.body = raw.body;
    this.requestId = raw.meta.requestId;
    this.#init = init;
    this.#next = init.style.next(raw, params);
  }

  /** Whether another page follows this one. */
  hasNextPage(): boolean {
    return this.#next !== undefined;
  }

  /** The params the next page will be fetched with, or `undefined` on the last page. Useful to resume later. */
  nextPageParams(): P | undefined {
    return this.#next;
  }

  /** Fetches the next page. Throws when there is none: check `hasNextPage()` first. */
  async nextPage(): Promise<Page<TItem, P, M>> {
    if (this.#next === undefined) {
      throw new SdkError('No next page: this is the last page. Check hasNextPage() first, or iterate with for await.');
    }
    return fetchPage(this.#next, this.#init);
  }
}

async function fetchPage<TItem, P, M extends AnyMeta>(params: P, init: PaginateInit<TItem, P>): Promise<Page<TItem, P, M>> {
  // Checked here too because a fetcher may not look at the signal until its request starts.
  if (init.signal?.aborted) throw new AbortError(undefined, { cause: init.signal.reason });
  const raw = await init.fetch(params, init.signal);
  return new Page(raw, params, init);
}

/**
 * What a list call returns: `await` it for the first page, or `for await` over it for every item of every page.
 * Fetching is lazy (nothing is sent until the first `then` or iteration) and the first page is fetched once.
 * Iteration keeps one page in memory at a time (plus the memoized first page) and stops fetching on `break`.
 */
export class PagePromise<TItem, P = unknown, M extends AnyMeta = AnyMeta> implements PromiseLike<Page<TItem, P, M>>, AsyncIterable<TItem> {
  // `any` for the reason given on Page: resource methods can then return PagePromise<Item>.
  readonly #init: PaginateInit<TItem, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  #first: Promise<Page<TItem, P, M>> | undefined;

  /** Sends nothing yet: the first page is fetched on the first `then` or iteration. */
  constructor(init: PaginateInit<TItem, P>) {
    this.#init = init;
  }

  #firstPage(): Promise<Page<TItem, P, M>> {
    this.#first ??= fetchPage(this.#init.params, this.#init);
    return this.#first;
  }

  /** Resolves with the first page (fetched once, then memoized). */
  then<R1 = Page<TItem, P, M>, R2 = never>(
    onfulfilled?: ((page: Page<TItem, P, M>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#firstPage().then(onfulfilled, onrejected);
  }

  /** Like `Promise.catch`, on the first page. */
  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<Page<TItem, P, M> | R> {
    return this.#firstPage().catch(onrejected);
  }

  /** Like `Promise.finally`, on the first page. */
  finally(onfinally?: (() => void) | null): Promise<Page<TItem, P, M>> {
    return this.#firstPage().finally(onfinally);
  }

  /** Every page in order, starting with the (memoized) first one. A failed fetch rejects with its own error. */
  async *iterPages(): AsyncGenerator<Page<TItem, P, M>, void, undefined> {
    let page: Page<TItem, P, M> | undefined = await this.#firstPage();
    while (page) {
      yield page;
      const pending = this.#after(page);
      page = undefined; // see #after
      page = await pending;
    }
  }

  /** Every item of every page, fetching the next page only once the current one is consumed. */
  async *[Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    let page: Page<TItem, P, M> | undefined = await this.#firstPage();
    while (page) {
      yield* page.items;
      const pending = this.#after(page);
      page = undefined; // see #after
      page = await pending;
    }
  }

  /**
   * The page after `page`, or `undefined`. Callers clear their variable before awaiting this, so the old page
   * (only its next params are kept) can be collected while the next one downloads: one page in memory at a time.
   */
  #after(page: Page<TItem, P, M>): Promise<Page<TItem, P, M> | undefined> {
    const next = page.nextPageParams();
    return next === undefined ? Promise.resolve(undefined) : fetchPage(next, this.#init);
  }
}

// --- paths ---------------------------------------------------------------------------------------------------

