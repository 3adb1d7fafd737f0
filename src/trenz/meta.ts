import type { ResponseMeta } from '../core/envelope.js';
import type { Page } from '../core/pagination.js';
import type { WithMeta } from '../core/with-meta.js';
import type { TrenzList } from './route-kit.js';

/** Credits charged by a call and the balance left (either name pair is accepted on the wire). */
export interface TrenzUsage {
  credits_cost?: number | undefined;
  credits_balance?: number | undefined;
}

/** What every Trenz result carries besides its data (non-enumerable: never part of the data). */
export type TrenzMeta = ResponseMeta & {
  readonly usage: TrenzUsage | undefined;
  readonly warnings: readonly string[];
  /** Paging facts from the envelope, on list endpoints. */
  readonly page: number | undefined;
  readonly page_size: number | undefined;
  readonly total: number | undefined;
};

/**
 * A Trenz payload with `requestId`, `usage`, `warnings` (and paging facts) readable on it, non-enumerably. The
 * payload's own fields win: a task's `status` stays the task's, not the HTTP status.
 */
export type TrenzResult<T> = WithMeta<T, TrenzMeta>;

/**
 * A page of a Trenz list, for code that passes a page around (`function show(page: TrenzPage<Product>)`): items
 * `T`, `page.data.items` the same rows, `page.meta.total` and `page.meta.usage` the envelope's facts.
 */
export type TrenzPage<T> = Page<T, TrenzMeta, TrenzList<T>>;
