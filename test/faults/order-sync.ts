/**
 * The order-sync half of a fault: 500 orders read page by page (or by 100 concurrent calls) while the fault plays
 * out, then, where the fault can outlast the retries, the same fault with no end on a single page.
 * Contract: every order is seen exactly once; a fault that cannot be survived surfaces the right error.
 */
import type { FaultRule } from '../../src/testing/faults.js';
import { encodeTikTokShopPageToken } from '../../src/testing/tiktok-shop/index.js';
import { errorTexts, type Secret } from './capture.js';
import { shopRig, type ShopRig, type Transport } from './rigs.js';
import type { ErrorExpectation, Verdict } from './verdict.js';

export const SEARCH = '/order/202309/orders/search';
export const REFRESH = '/api/v2/token/refresh';
export const PAGE_SIZE = 50;
/** The concurrent sync: this many calls at once, one page of `ORDERS / CONCURRENT_CALLS` orders each. */
export const CONCURRENT_CALLS = 100;
const ORDERS = 500;

export interface SyncCase {
  /** Fault rules added before the sync starts. */
  rules?: FaultRule[];
  /** Steers the emulator before the sync starts (e.g. skews its clock). */
  arrange?(rig: ShopRig): void;
  /** Called once `pages` full pages were consumed (e.g. expires the token mid-sync). */
  afterPage?(rig: ShopRig, pages: number): void;
  /** 100 concurrent one-page calls that together cover every order, instead of one sequential sync. */
  concurrent?: boolean;
  /** Order-search requests the emulator must receive, retries and replays included. */
  searches?: number;
  /** Fault-specific checks once the sync is over. */
  verify?(rig: ShopRig, verdict: Verdict): void;
  /** The fault with no end, on one page: the error that must surface and the search requests it costs. */
  exhausted?: { rules?: FaultRule[]; arrange?(rig: ShopRig): void; error: ErrorExpectation; searches: number };
}

/** What a scenario leaves for the secret scan. */
export interface Evidence {
  secrets: Secret[];
  sources: Record<string, string[]>;
}

interface SyncResult {
  ids: string[];
  error: unknown;
}

export async function runOrderSync(
  transport: Transport,
  timeout: number | undefined,
  c: SyncCase,
  verdict: Verdict,
): Promise<Evidence> {
  const rig = await shopRig(transport, timeout);
  const errors: unknown[] = [];
  try {
    for (const rule of c.rules ?? []) rig.emu.faults.add(rule);
    c.arrange?.(rig);
    const { ids, error } = c.concurrent ? await syncConcurrently(rig) : await syncPageByPage(rig, c);
    errors.push(error);
    verdict.noError(error, 'order sync threw');
    checkEveryOrderOnce(rig, ids, verdict);
    if (c.searches !== undefined) verdict.equal(rig.emu.faults.count('POST', SEARCH), c.searches, 'order searches sent');
    c.verify?.(rig, verdict);
    if (c.exhausted) errors.push(await runExhausted(rig, c.exhausted, verdict));
    return {
      secrets: rig.secrets(),
      sources: { 'order sync log lines': rig.logger.lines, 'order sync error texts': errors.flatMap(errorTexts) },
    };
  } finally {
    await rig.close();
  }
}

function checkEveryOrderOnce(rig: ShopRig, ids: readonly string[], verdict: Verdict): void {
  const seen = new Set(ids);
  verdict.equal(ids.length, ORDERS, 'orders received');
  verdict.equal(ids.length - seen.size, 0, 'orders received twice');
  verdict.equal(rig.orderIds.filter((id) => !seen.has(id)).length, 0, 'orders never received');
}

async function syncPageByPage(rig: ShopRig, c: SyncCase): Promise<SyncResult> {
  const ids: string[] = [];
  try {
    for await (const order of rig.shop.orders.search({ page_size: PAGE_SIZE })) {
      ids.push(order.id);
      if (ids.length % PAGE_SIZE === 0) c.afterPage?.(rig, ids.length / PAGE_SIZE);
    }
    return { ids, error: undefined };
  } catch (error) {
    return { ids, error };
  }
}

/** Every call starts at once; call `i` reads the page at offset `i * size` through the emulator's page token. */
async function syncConcurrently(rig: ShopRig): Promise<SyncResult> {
  const size = ORDERS / CONCURRENT_CALLS;
  const calls = Array.from({ length: CONCURRENT_CALLS }, (_, i) =>
    rig.shop.orders.search({ page_size: size, ...(i > 0 ? { page_token: encodeTikTokShopPageToken(i * size) } : {}) }),
  );
  const settled = await Promise.allSettled(calls);
  const ids = settled.flatMap((s) => (s.status === 'fulfilled' ? s.value.items.map((o) => o.id) : []));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  return { ids, error: failed?.reason };
}

/** The same fault with no end on one page: the surfaced error and what it cost. Returns the error. */
async function runExhausted(rig: ShopRig, exhausted: NonNullable<SyncCase['exhausted']>, verdict: Verdict): Promise<unknown> {
  rig.emu.faults.clear();
  for (const rule of exhausted.rules ?? []) rig.emu.faults.add(rule);
  exhausted.arrange?.(rig);
  const before = rig.emu.faults.count('POST', SEARCH);
  const error = await rig.shop.orders.search({ page_size: PAGE_SIZE }).then(
    () => undefined,
    (e: unknown) => e,
  );
  rig.emu.faults.clear();
  verdict.error(error, exhausted.error, 'fault without end');
  verdict.equal(rig.emu.faults.count('POST', SEARCH) - before, exhausted.searches, 'fault without end: order searches sent');
  return error;
}
