/**
 * One shop's orders in the fleet emulator, compact: a few typed arrays instead of thousands of order objects, so
 * that 200 shops x a few thousand orders cost a few MB and an order's JSON is built only when a page holds it.
 * Order i is created `first + i * step` and updated 10 minutes later; an update (see {@link FleetShopOrders.update})
 * gives it a new update_time and the next status. Pages are keyset pages: a page token names the last order sent
 * (its sort value and index), so orders updated between two pages never shift an order out of the next one.
 * Inferred: the API's tokens are opaque (TikTok Shop docs: Get Order List); a keyset is how a search over a moving
 * sort key stays consistent.
 */
import type { Order } from '../../tiktok-shop/schemas/order.js';
import { ORDER_STATUSES } from '../../tiktok-shop/order-status.js';

/** Encodes to "+/+/": page tokens carry `+` and `/`, like the API's, so unencoded queries are caught. */
const TOKEN_PREFIX = Buffer.from([0xfb, 0xff, 0xbf]);
const UPDATE_LAG = 600;

/** The Get Order List filters and sort the fleet understands (TikTok Shop docs: Get Order List). */
export interface FleetOrderQuery {
  sortField: 'create_time' | 'update_time';
  sortOrder: 'ASC' | 'DESC';
  pageSize: number;
  pageToken: string | null;
  filters: Record<string, unknown>;
}

/** The fields a sync keeps of an order: what the fleet test compares a sink with. */
export interface FleetOrderState {
  id: string;
  update_time: number;
  status: string;
}

export class FleetShopOrders {
  readonly count: number;
  private readonly idBase: bigint;
  private readonly first: number;
  private readonly step: number;
  private readonly updateTime: Float64Array;
  private readonly status: Uint8Array;
  /** Order indexes sorted by (update_time, index); create_time order is the index order. */
  private readonly byUpdate: Uint32Array;

  constructor(o: { count: number; idBase: bigint; first: number; step: number; statusSeed: number }) {
    this.count = o.count;
    this.idBase = o.idBase;
    this.first = o.first;
    this.step = o.step;
    this.updateTime = new Float64Array(o.count);
    this.status = new Uint8Array(o.count);
    this.byUpdate = new Uint32Array(o.count);
    for (let i = 0; i < o.count; i++) {
      this.updateTime[i] = this.createTime(i) + UPDATE_LAG;
      this.status[i] = (i + o.statusSeed) % ORDER_STATUSES.length;
      this.byUpdate[i] = i;
    }
  }

  createTime(i: number): number {
    return this.first + i * this.step;
  }

  id(i: number): string {
    return String(this.idBase + BigInt(i));
  }

  /** The order's index from its id, or -1. */
  indexOf(id: string): number {
    let n: bigint;
    try {
      n = BigInt(id) - this.idBase;
    } catch {
      return -1;
    }
    return n >= 0n && n < BigInt(this.count) ? Number(n) : -1;
  }

  /** The order as Get Order List sends it: the docs' list fields that a sync uses, a payment and one line item. */
  order(i: number): Order {
    const id = this.id(i);
    const status = ORDER_STATUSES[this.status[i]!]!;
    return {
      id,
      status,
      create_time: this.createTime(i),
      update_time: this.updateTime[i]!,
      shipping_type: i % 2 === 0 ? 'TIKTOK' : 'SELLER',
      payment: { currency: 'USD', total_amount: `${(i % 97) + 3}.99` },
      line_items: [
        {
          id: `${id}1`,
          sku_id: '2729382476852921560',
          product_name: 'Emulator item',
          sale_price: '2.99',
          display_status: status,
        },
      ],
    };
  }

  state(i: number): FleetOrderState {
    return { id: this.id(i), update_time: this.updateTime[i]!, status: ORDER_STATUSES[this.status[i]!]! };
  }

  /**
   * Updates order i as a seller's or buyer's action would: update_time becomes `at` (never earlier than the
   * order's last update, never earlier than the newest update in the shop, so the newest stays last) and the
   * status moves on to the next one.
   */
  update(i: number, at: number): FleetOrderState {
    const last = this.byUpdate[this.count - 1]!;
    const time = Math.max(at, this.updateTime[i]!, this.updateTime[last]!);
    const from = this.position(this.updateTime[i]!, i);
    this.byUpdate.copyWithin(from, from + 1);
    this.updateTime[i] = time;
    this.status[i] = (this.status[i]! + 1) % ORDER_STATUSES.length;
    // Sorted by (update_time, index): the new key is at least every other one's time, so it goes near the end.
    let to = this.count - 1;
    while (to > 0 && this.keyAfter(this.byUpdate[to - 1]!, time, i)) {
      this.byUpdate[to] = this.byUpdate[to - 1]!;
      to--;
    }
    this.byUpdate[to] = i;
    return this.state(i);
  }

  /** One page of the query, or undefined for a page token this emulator did not issue. */
  search(q: FleetOrderQuery): { orders: Order[]; next_page_token: string; total_count: number } | undefined {
    const after = q.pageToken ? decodeToken(q.pageToken) : null;
    if (after === undefined) return undefined;
    const byUpdate = q.sortField === 'update_time';
    const key = (i: number) => (byUpdate ? this.updateTime[i]! : this.createTime(i));
    const at = (pos: number) => (byUpdate ? this.byUpdate[pos]! : pos);
    // Sorted by (key, index) in both orders: create_time grows with the index.
    const before = (i: number, value: number, index: number) => key(i) < value || (key(i) === value && i < index);
    const num = (k: string) => (typeof q.filters[k] === 'number' ? (q.filters[k] as number) : undefined);
    const field = byUpdate ? 'update_time' : 'create_time';
    const ge = num(`${field}_ge`) ?? -Infinity;
    const lt = num(`${field}_lt`) ?? Infinity;
    // The range of the sort field by binary search; the other filters by a scan of that range.
    const lo = this.lowerBound((p) => key(at(p)) >= ge);
    const hi = Math.max(
      lo,
      this.lowerBound((p) => key(at(p)) >= lt),
    );
    const onlyRange = Object.keys(q.filters).every((k) => k === `${field}_ge` || k === `${field}_lt`);
    let total = hi - lo;
    if (!onlyRange) {
      total = 0;
      for (let p = lo; p < hi; p++) if (this.matches(at(p), q.filters)) total++;
    }
    const asc = q.sortOrder === 'ASC';
    let from = lo;
    let to = hi;
    if (after) {
      const beyond = (i: number) => key(i) > after.value || (key(i) === after.value && i > after.index);
      if (asc)
        from = Math.max(
          lo,
          this.lowerBound((p) => beyond(at(p))),
        );
      else
        to = Math.min(
          hi,
          this.lowerBound((p) => !before(at(p), after.value, after.index)),
        );
    }
    const orders: Order[] = [];
    let last = -1;
    let more = false;
    for (let n = 0; n < to - from; n++) {
      const i = at(asc ? from + n : to - 1 - n);
      if (!this.matches(i, q.filters)) continue;
      if (orders.length === q.pageSize) {
        more = true;
        break;
      }
      orders.push(this.order(i));
      last = i;
    }
    return { orders, next_page_token: more ? encodeToken(key(last), last) : '', total_count: total };
  }

  private matches(i: number, f: Record<string, unknown>): boolean {
    const num = (k: string) => (typeof f[k] === 'number' ? (f[k] as number) : undefined);
    const ct = this.createTime(i);
    const ut = this.updateTime[i]!;
    if (typeof f.order_status === 'string' && ORDER_STATUSES[this.status[i]!] !== f.order_status) return false;
    if (typeof f.shipping_type === 'string' && (i % 2 === 0 ? 'TIKTOK' : 'SELLER') !== f.shipping_type) return false;
    if (num('create_time_ge') !== undefined && ct < num('create_time_ge')!) return false;
    if (num('create_time_lt') !== undefined && ct >= num('create_time_lt')!) return false;
    if (num('update_time_ge') !== undefined && ut < num('update_time_ge')!) return false;
    if (num('update_time_lt') !== undefined && ut >= num('update_time_lt')!) return false;
    return true;
  }

  /** Whether order i sorts after the key (value, index) by update_time. */
  private keyAfter(i: number, value: number, index: number): boolean {
    const t = this.updateTime[i]!;
    return t > value || (t === value && i > index);
  }

  private keyBefore(i: number, value: number, index: number): boolean {
    const t = this.updateTime[i]!;
    return t < value || (t === value && i < index);
  }

  /** Position of order i in the update_time order. */
  private position(value: number, i: number): number {
    return this.lowerBound((p) => !this.keyBefore(this.byUpdate[p]!, value, i));
  }

  /** First position in [0, count) where `test` holds (it must be false, then true). */
  private lowerBound(test: (pos: number) => boolean): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (test(mid)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

function encodeToken(value: number, index: number): string {
  return Buffer.concat([TOKEN_PREFIX, Buffer.from(`after=${value}:${index}`)]).toString('base64');
}

function decodeToken(token: string): { value: number; index: number } | undefined {
  const raw = Buffer.from(token, 'base64');
  if (!raw.subarray(0, TOKEN_PREFIX.length).equals(TOKEN_PREFIX)) return undefined;
  const match = /^after=(\d+):(\d+)$/.exec(raw.subarray(TOKEN_PREFIX.length).toString('utf8'));
  return match ? { value: Number(match[1]), index: Number(match[2]) } : undefined;
}
