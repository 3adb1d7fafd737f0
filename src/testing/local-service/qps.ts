/**
 * The server side of "QPS limit of 20" (Local Service docs, every endpoint page): admitted arrivals per endpoint in
 * any sliding window. A request arriving when the previous `limit` admitted ones all fall within the last `windowMs`
 * is rejected; rejected requests do not count, so a client that backs off recovers.
 */
export class SlidingWindowCounter {
  private readonly arrivals = new Map<string, number[]>();
  /** Requests rejected so far, per key. */
  readonly rejected = new Map<string, number>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: () => number,
  ) {}

  /** Records an arrival for `key`; false when it is over the limit. */
  admit(key: string): boolean {
    const now = this.clock();
    let list = this.arrivals.get(key);
    if (!list) this.arrivals.set(key, (list = []));
    while (list.length > 0 && list[0]! <= now - this.windowMs) list.shift();
    if (list.length >= this.limit) {
      this.rejected.set(key, (this.rejected.get(key) ?? 0) + 1);
      return false;
    }
    list.push(now);
    return true;
  }
}
