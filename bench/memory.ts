/**
 * The memory test, in a process of its own (forked by bench/run.ts with --expose-gc) so that its baseline is
 * not the heap the throughput cells left behind: iterate 100,000 orders (1,000 pages of 100) with
 * `for await (const o of shop.orders.search(...))` and report the peak RSS growth over a post-GC baseline.
 *
 * RSS is sampled on a 5 ms timer and at every page boundary (the page just decoded is the likely peak). Every
 * order id is checked against the expected sequence, so "iterated" means every order seen exactly once, in order.
 * Bounded by count (the server's 1,000 pages) and by time (BENCH_MEMORY_MS, default 60 s): a slow machine gets
 * a partial run, reported as such.
 */
import { performance } from 'node:perf_hooks';
import { Agent } from 'undici';
import { SEARCH_PAGE_SIZE, SEARCH_PAGES } from './bodies.js';
import { makeShop, type Shop } from './sdk.js';

export interface MemoryResult {
  orders: number;
  expectedOrders: number;
  complete: boolean;
  /** Ids out of sequence or repeated (must be 0). */
  idMismatches: number;
  seconds: number;
  baselineRssMB: number;
  peakRssMB: number;
  peakGrowthMB: number;
  /** Peaks over the baseline of the JS heap and of off-heap memory (Buffers), sampled at page boundaries: they
   * tell GC slack (heap total far above heap used) from data the SDK holds. */
  peakHeapUsedGrowthMB: number;
  peakHeapTotalGrowthMB: number;
  peakExternalGrowthMB: number;
  /** Heap in use right after a forced GC at page boundaries (30 pages, a second pass), over the baseline: what
   * the SDK really keeps alive while paging (the page being iterated), as opposed to garbage not yet collected. */
  liveHeapGrowthMB: number;
  /** RSS and heap after the run and a GC, over the baseline: what the iteration kept. */
  retainedRssMB: number;
  retainedHeapMB: number;
  error?: string;
}

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

async function main(): Promise<MemoryResult> {
  const httpPort = Number(process.argv[2]);
  const timeLimitMs = Number(process.env.BENCH_MEMORY_MS ?? 60_000);
  const expectedOrders = SEARCH_PAGE_SIZE * SEARCH_PAGES;
  // Plain HTTP: the test is about what the SDK holds while paging, not about TLS buffers.
  const agent = new Agent({ keepAliveTimeout: 30_000, connections: 8 });
  const shop = makeShop(`http://127.0.0.1:${httpPort}`, agent);
  const filters = { create_time_ge: 1619611561 };

  // Warm-up: one page through the whole path (modules loaded, code compiled), then the baseline after GC.
  for await (const _ of shop.orders.search({ ...filters, page_size: SEARCH_PAGE_SIZE })) break;
  gc();
  gc();
  const baseline = process.memoryUsage();
  let peak = baseline.rss;
  const sample = () => {
    const rss = process.memoryUsage.rss();
    if (rss > peak) peak = rss;
  };
  const timer = setInterval(sample, 5);
  const peaks = { heapUsed: baseline.heapUsed, heapTotal: baseline.heapTotal, external: baseline.external };
  const sampleHeap = () => {
    const m = process.memoryUsage(); // heavier than rss(): once per page only
    if (m.rss > peak) peak = m.rss;
    if (m.heapUsed > peaks.heapUsed) peaks.heapUsed = m.heapUsed;
    if (m.heapTotal > peaks.heapTotal) peaks.heapTotal = m.heapTotal;
    if (m.external > peaks.external) peaks.external = m.external;
  };

  let orders = 0;
  let idMismatches = 0;
  let expected: bigint | undefined;
  const started = performance.now();
  const deadline = started + timeLimitMs;
  try {
    for await (const order of shop.orders.search({ ...filters, page_size: SEARCH_PAGE_SIZE })) {
      const id = BigInt((order as { id: string }).id);
      expected ??= id; // the first id is the server's base; each next one is +1
      if (id !== expected) idMismatches++;
      expected = id + 1n;
      orders++;
      if (orders % SEARCH_PAGE_SIZE === 1) sampleHeap(); // a page was just decoded and validated
      if (orders % SEARCH_PAGE_SIZE === 0) {
        sample();
        if (performance.now() > deadline) break;
      }
    }
  } finally {
    clearInterval(timer);
  }
  const seconds = (performance.now() - started) / 1000;
  sample();
  gc();
  gc();
  const after = process.memoryUsage();
  const live = await liveHeap(shop, filters, baseline.heapUsed, deadline + 10_000);
  await agent.close();
  return {
    orders,
    expectedOrders,
    complete: orders === expectedOrders,
    idMismatches,
    seconds,
    baselineRssMB: baseline.rss / MB,
    peakRssMB: peak / MB,
    peakGrowthMB: (peak - baseline.rss) / MB,
    peakHeapUsedGrowthMB: (peaks.heapUsed - baseline.heapUsed) / MB,
    peakHeapTotalGrowthMB: (peaks.heapTotal - baseline.heapTotal) / MB,
    peakExternalGrowthMB: (peaks.external - baseline.external) / MB,
    liveHeapGrowthMB: live / MB,
    retainedRssMB: (after.rss - baseline.rss) / MB,
    retainedHeapMB: (after.heapUsed - baseline.heapUsed) / MB,
  };
}

/** Second, short pass: GC at each page boundary (while the page is held) and keep the largest heap in use. */
async function liveHeap(
  shop: Shop,
  filters: Parameters<Shop['orders']['search']>[0],
  baseHeap: number,
  until: number,
): Promise<number> {
  let most = 0;
  let seen = 0;
  for await (const _ of shop.orders.search({ ...filters, page_size: SEARCH_PAGE_SIZE })) {
    if (seen++ % SEARCH_PAGE_SIZE !== 0) continue;
    gc();
    most = Math.max(most, process.memoryUsage().heapUsed - baseHeap);
    if (seen > 30 * SEARCH_PAGE_SIZE || performance.now() > until) break;
  }
  return most;
}

main()
  .catch((err: unknown) => ({ error: err instanceof Error ? `${err.name}: ${err.message}`.slice(0, 500) : String(err) }))
  .then((result) => {
    if (process.send) process.send(result, () => process.exit(0));
    else {
      console.log(JSON.stringify(result, null, 2));
      process.exit(0);
    }
  });
