/**
 * Fleet mode of the TikTok Shop emulator: many sellers with one shop each (an agency's or a SaaS tool's customers),
 * a few thousand compact orders per shop, a count of the requests each shop receives per second, and a mutator
 * that updates orders while a sync runs. It adds sellers to an emulator's state and one handler, for Get Order
 * List of its shops, in front of the emulator's own; every other endpoint (tokens, Get Authorized Shops) is the
 * emulator's.
 *
 * ```ts
 * const emu = createTikTokShopFleetEmulator({ shops: 200, ordersPerShop: 2000 });
 * const server = await emu.listen();                       // server.clientOptions point at it
 * const tokens = emu.fleet.shops.map((s) => emu.state.issueTokens(s.openId));
 * const stop = emu.fleet.mutate({ perSecond: 50 });        // orders change while the sync runs
 * ```
 */
import { http, type RequestHandler } from 'msw';
import { TIKTOK_SHOP_BASE_URL } from '../../tiktok-shop/client.js';
import { FaultPlan } from '../faults.js';
import { prng } from '../prng.js';
import { FleetShopOrders, type FleetOrderState } from './fleet-orders.js';
import { tiktokShopEmulatorOver, tiktokShopHandlers, type TikTokShopEmulator } from './index.js';
import { Responder } from './respond.js';
import { TikTokShopEmulatorState, type TikTokShopEmulatorOptions } from './state.js';
import { verifyRequest } from './verify.js';

export { FleetShopOrders, type FleetOrderState, type FleetOrderQuery } from './fleet-orders.js';

const SEARCH_PATH = '/order/202309/orders/search';
const DAY = 86_400;

export interface TikTokShopFleetOptions {
  /** Sellers, each with one shop. Default 200. */
  shops?: number;
  /** Orders per shop: a number, or one per shop index (a fleet's shops differ in size). Default 2000. */
  ordersPerShop?: number | ((shop: number) => number);
  /** The orders of a shop are created over this many seconds, ending an hour ago. Default 30 days. */
  spanSeconds?: number;
  /** Seeds the mutator's choices. Default 1. */
  seed?: number;
}

/** One shop of the fleet: its seller and cipher. */
export interface FleetShop {
  index: number;
  openId: string;
  cipher: string;
  orders: FleetShopOrders;
}

export class TikTokShopFleet {
  readonly shops: FleetShop[] = [];
  /** Arrival times (ms) of Get Order List requests, per shop cipher: the server's view of each shop's rate. */
  readonly arrivals = new Map<string, number[]>();
  /**
   * The same requests' signed `timestamp` (unix seconds): when each client sent it. A server starved of CPU reads
   * requests late and in bursts; the send times show what the clients did whatever the server's delay.
   */
  readonly sent = new Map<string, number[]>();
  /** Every update the mutator made, in order. */
  readonly updates: Array<FleetOrderState & { cipher: string }> = [];
  private readonly byCipher = new Map<string, FleetShop>();
  private readonly random: () => number;

  constructor(
    private readonly state: TikTokShopEmulatorState,
    options: TikTokShopFleetOptions = {},
  ) {
    const count = options.shops ?? 200;
    const perShop = options.ordersPerShop ?? 2000;
    const span = options.spanSeconds ?? 30 * DAY;
    const end = state.nowSeconds() - 3600;
    this.random = prng(options.seed ?? 1);
    for (let s = 0; s < count; s++) {
      const n = typeof perShop === 'number' ? perShop : perShop(s);
      const step = Math.max(1, Math.floor(span / Math.max(1, n)));
      const openId = String(7_100_000_000_000_000_000n + BigInt(s));
      const cipher = `FLT_${s.toString(36).padStart(4, '0')}AAAAfleetEmulatorShop`;
      const orders = new FleetShopOrders({
        count: n,
        idBase: 580_000_000_000_000_000n + BigInt(s) * 10_000_000n,
        first: end - n * step,
        step,
        statusSeed: s,
      });
      const shop: FleetShop = { index: s, openId, cipher, orders };
      this.shops.push(shop);
      this.byCipher.set(cipher, shop);
      this.arrivals.set(cipher, []);
      this.sent.set(cipher, []);
      state.sellers.set(openId, {
        openId,
        sellerName: `Fleet seller ${s}`,
        region: 'US',
        // The fleet serves these shops' orders; the emulator's own list stays empty.
        shops: [
          {
            id: String(7_494_000_000_000_000_000n + BigInt(s)),
            name: `Fleet shop ${s}`,
            region: 'US',
            seller_type: 'LOCAL',
            cipher,
            code: `USFLT${s}`,
            orders: [],
          },
        ],
      });
    }
  }

  shop(cipher: string): FleetShop | undefined {
    return this.byCipher.get(cipher);
  }

  /** Total orders across the fleet. */
  get orderCount(): number {
    return this.shops.reduce((n, s) => n + s.orders.count, 0);
  }

  /** Every order's id, update_time and status now, for comparing with a sink. */
  *finalStates(): Generator<FleetOrderState & { cipher: string }> {
    for (const shop of this.shops) {
      for (let i = 0; i < shop.orders.count; i++) yield { cipher: shop.cipher, ...shop.orders.state(i) };
    }
  }

  /** Updates one order (a random one unless given): new update_time (now), next status. */
  update(cipher: string, index?: number): FleetOrderState {
    const shop = this.byCipher.get(cipher);
    if (!shop) throw new Error(`fleet emulator: unknown shop ${cipher}`);
    const i = index ?? Math.floor(this.random() * shop.orders.count);
    const changed = shop.orders.update(i, this.state.nowSeconds());
    this.updates.push({ cipher, ...changed });
    return changed;
  }

  /** Updates `perSecond` random orders of random shops per second (in ticks of 100 ms) until the returned stop. */
  mutate(options: { perSecond: number }): () => void {
    const perTick = options.perSecond / 10;
    let owed = 0;
    const timer = setInterval(() => {
      owed += perTick;
      for (; owed >= 1; owed--) this.update(this.shops[Math.floor(this.random() * this.shops.length)]!.cipher);
    }, 100);
    timer.unref();
    return () => clearInterval(timer);
  }

  /**
   * The most Get Order List requests one shop received in any one second (by the clock's whole seconds), or,
   * with `by: 'sent'`, sent in one second by their signed timestamps.
   */
  maxPerSecond(cipher?: string, by: 'arrival' | 'sent' = 'arrival'): number {
    let best = 0;
    for (const [c, times] of by === 'sent' ? this.sent : this.arrivals) {
      if (cipher !== undefined && c !== cipher) continue;
      const perSecond = new Map<number, number>();
      for (const t of times) {
        const second = by === 'sent' ? t : Math.floor(t / 1000);
        perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
      }
      for (const n of perSecond.values()) best = Math.max(best, n);
    }
    return best;
  }

  /** The longest a request waited between its signed timestamp and its arrival, in ms (up to 1 s more: whole seconds). */
  maxLateness(): number {
    let worst = 0;
    for (const [c, times] of this.arrivals) {
      const sent = this.sent.get(c)!;
      for (let i = 0; i < times.length; i++) worst = Math.max(worst, times[i]! - sent[i]! * 1000);
    }
    return worst;
  }

  /** Get Order List requests received, across the fleet. */
  get requestCount(): number {
    let n = 0;
    for (const times of this.arrivals.values()) n += times.length;
    return n;
  }

  /** Get Order List for the fleet's shops; other shops fall through to the emulator's own handler. */
  handler(respond: Responder): RequestHandler {
    return http.post(`${TIKTOK_SHOP_BASE_URL}${SEARCH_PATH}`, async ({ request }) => {
      const url = new URL(request.url);
      const cipher = url.searchParams.get('shop_cipher') ?? '';
      const arrivals = this.arrivals.get(cipher);
      if (!arrivals) return undefined;
      arrivals.push(Date.now());
      this.sent.get(cipher)!.push(Number(url.searchParams.get('timestamp')));
      const verified = await verifyRequest(request, 'shop', this.state, respond);
      if (verified instanceof Response) return verified;
      const { query } = verified;
      const size = Number(query.get('page_size'));
      if (!Number.isInteger(size) || size < 1 || size > 100)
        return respond.error(21001001, 'invalid params: page_size must be 1-100');
      let filters: Record<string, unknown>;
      try {
        filters = verified.body ? (JSON.parse(verified.body) as Record<string, unknown>) : {};
      } catch {
        return respond.error(
          36009022,
          'Invalid request format. The request body format must be application/json for structured data or multipart/form-data for binary files.',
        );
      }
      const page = this.byCipher.get(cipher)!.orders.search({
        sortField: query.get('sort_field') === 'update_time' ? 'update_time' : 'create_time',
        sortOrder: query.get('sort_order') === 'ASC' ? 'ASC' : 'DESC',
        pageSize: size,
        pageToken: query.get('page_token'),
        filters,
      });
      return page ? respond.ok(page) : respond.error(21001001, 'invalid params: page_token is invalid');
    });
  }
}

/** A TikTok Shop emulator with a fleet of shops: the emulator's own parts plus `fleet`. */
export interface TikTokShopFleetEmulator extends TikTokShopEmulator {
  readonly fleet: TikTokShopFleet;
}

export function createTikTokShopFleetEmulator(
  options: TikTokShopFleetOptions & TikTokShopEmulatorOptions & { faults?: FaultPlan } = {},
): TikTokShopFleetEmulator {
  const { faults = new FaultPlan(), ...rest } = options;
  // The default seller's 500 generated orders would only cost memory here.
  const state = new TikTokShopEmulatorState({ orderCount: 0, secondShopOrderCount: 0, ...rest });
  const fleet = new TikTokShopFleet(state, rest);
  const handlers = [fleet.handler(new Responder(state)), ...tiktokShopHandlers(state)];
  return { ...tiktokShopEmulatorOver(state, handlers, faults), fleet };
}
