import type { ResponseMeta } from '../core/envelope.js';

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
