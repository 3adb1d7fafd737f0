/**
 * The measuring loops of the bench, all bounded by time AND count so that a slow machine shortens the
 * bench instead of stretching it past its 3-minute budget:
 * - `runCell`: closed-loop load (N workers, each awaiting one request at a time) for throughput and latency;
 * - `timeLoop`: a tight in-process loop for per-call costs (signing, decoding, validation), warmed up until V8
 *   has optimized the code, reported as a trimmed mean of batches;
 * - `timeRatio`: two such loops in alternating batches, for a cost judged relative to another (decoding vs
 *   JSON.parse).
 */
import { performance } from 'node:perf_hooks';

export interface CellBudget {
  /** Concurrent workers (requests in flight). */
  concurrency: number;
  /** Warm-up before measuring: JIT, TLS handshakes, pool growth. Not counted. */
  warmupMs: number;
  /** Measured window. */
  durationMs: number;
  /** Hard cap on measured requests (also sizes the latency buffer). */
  maxRequests: number;
}

export interface CellResult {
  requests: number;
  errors: number;
  /** First error message, if any: a cell with errors is reported as broken, not as fast. */
  firstError?: string;
  seconds: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** Process CPU (user + system) per successful request, in µs, over the measured window. */
  cpuUsPerReq: number;
}

/** After this many failures in a row the cell stops: a broken client must not burn the time budget. */
const MAX_CONSECUTIVE_ERRORS = 20;

async function drive(
  op: () => Promise<unknown>,
  concurrency: number,
  untilMs: number,
  max: number,
  latencies: Float64Array | undefined,
): Promise<{ done: number; errors: number; firstError?: string }> {
  let issued = 0;
  let done = 0;
  let errors = 0;
  let streak = 0;
  let firstError: string | undefined;
  const worker = async () => {
    while (issued < max && streak < MAX_CONSECUTIVE_ERRORS && performance.now() < untilMs) {
      issued++;
      const start = performance.now();
      try {
        await op();
        const ms = performance.now() - start;
        if (latencies) latencies[done] = ms;
        done++;
        streak = 0;
      } catch (err) {
        errors++;
        streak++;
        firstError ??= err instanceof Error ? `${err.name}: ${err.message}`.slice(0, 300) : String(err);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { done, errors, ...(firstError !== undefined ? { firstError } : {}) };
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** Runs one cell: warm-up, then the measured window with CPU sampled around it. */
export async function runCell(op: () => Promise<unknown>, budget: CellBudget): Promise<CellResult> {
  const warm = await drive(op, budget.concurrency, performance.now() + budget.warmupMs, budget.maxRequests, undefined);
  if (warm.done === 0 && warm.errors > 0) {
    return {
      requests: 0,
      errors: warm.errors,
      firstError: warm.firstError ?? 'failed',
      seconds: 0,
      rps: 0,
      p50Ms: NaN,
      p99Ms: NaN,
      cpuUsPerReq: NaN,
    };
  }
  (globalThis as { gc?: () => void }).gc?.(); // start the window with a clean heap (needs --expose-gc)
  const latencies = new Float64Array(budget.maxRequests);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const run = await drive(op, budget.concurrency, t0 + budget.durationMs, budget.maxRequests, latencies);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const sorted = latencies.subarray(0, run.done).sort();
  return {
    requests: run.done,
    errors: run.errors,
    ...(run.firstError !== undefined ? { firstError: run.firstError } : {}),
    seconds,
    rps: run.done / seconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    cpuUsPerReq: run.done ? (cpu.user + cpu.system) / run.done : NaN,
  };
}

export interface LoopResult {
  /** Per-call cost in µs: the mean over the measured batches, the slowest 10% of batches left out. */
  us: number;
  /** Median batch, for reference (lower: it mostly misses the batches that paid for a GC). */
  medianUs: number;
  /** Calls measured (all batches). */
  calls: number;
}

/**
 * Per-call cost of a synchronous `fn`, in µs. V8 needs thousands of calls before zod's parsers run optimized
 * (measured: ~100 µs per order-detail parse for the first ~5,000 calls, 14 µs after), so the warm-up is by count
 * AND by time. Then batches of `batch` calls until `budgetMs` (at least 5): the figure is a trimmed mean, which
 * keeps the GC that allocation-heavy code (zod copies, the lossless parser) really costs, and drops the slowest
 * 10% of batches, where another process on the machine took the CPU. `sink` keeps results observable.
 */
export function timeLoop(fn: () => unknown, opts: { batch: number; budgetMs: number; warmBatches?: number }): LoopResult {
  const sink: unknown[] = [];
  // Same heap state for every loop: otherwise a loop is timed with the garbage of whatever ran before it.
  (globalThis as { gc?: () => void }).gc?.();
  const warmEnd = performance.now() + opts.budgetMs / 2;
  for (let b = 0; b < (opts.warmBatches ?? 20) || performance.now() < warmEnd; b++) {
    for (let i = 0; i < opts.batch; i++) sink[i & 7] = fn();
  }
  const perCall: number[] = [];
  const end = performance.now() + opts.budgetMs;
  while (perCall.length < 500 && (perCall.length < 5 || performance.now() < end)) {
    const t = performance.now();
    for (let i = 0; i < opts.batch; i++) sink[i & 7] = fn();
    perCall.push(((performance.now() - t) * 1000) / opts.batch);
  }
  perCall.sort((a, b) => a - b);
  const kept = perCall.slice(0, Math.max(1, Math.ceil(perCall.length * 0.9)));
  if (sink.length > 8) throw new Error('unreachable'); // reads sink: the results stay observable
  return {
    us: kept.reduce((a, b) => a + b, 0) / kept.length,
    medianUs: perCall[perCall.length >> 1]!,
    calls: perCall.length * opts.batch,
  };
}

export interface AsyncLoopResult {
  /** Wall-clock µs per call (calls run one after another: no overlap, so wall time is the call's own time). */
  wallUs: number;
  /** Process CPU µs per call (user + system; includes GC threads, so it can exceed wall time). */
  cpuUs: number;
  calls: number;
}

/**
 * Per-call cost of an async `fn` awaited in sequence, for code whose I/O is faked in process (a dispatcher that
 * answers in a microtask). Warmed up by count and time like `timeLoop`; the figure is the best of `rounds`
 * (noise from other processes only adds).
 */
export async function timeAsyncLoop(
  fn: () => Promise<unknown>,
  opts: { budgetMs: number; rounds?: number; minCalls?: number },
): Promise<AsyncLoopResult> {
  (globalThis as { gc?: () => void }).gc?.();
  const warmEnd = performance.now() + opts.budgetMs / 2;
  for (let i = 0; i < (opts.minCalls ?? 10_000) || performance.now() < warmEnd; i++) await fn();
  const rounds = opts.rounds ?? 3;
  let best: AsyncLoopResult | undefined;
  for (let r = 0; r < rounds; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    const end = performance.now() + opts.budgetMs / rounds;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let calls = 0;
    // Batches of 100 between clock reads: the clock is not free either.
    while (calls < 1_000 || performance.now() < end) {
      for (let i = 0; i < 100; i++) await fn();
      calls += 100;
    }
    const wallUs = ((performance.now() - t0) * 1000) / calls;
    const cpu = process.cpuUsage(cpu0);
    const result = { wallUs, cpuUs: (cpu.user + cpu.system) / calls, calls };
    if (!best || result.wallUs < best.wallUs) best = result;
  }
  return best!;
}

export interface RatioResult {
  /** Per-call cost of the reference, in µs (mean of the rounds, the slowest 10% left out, as in `timeLoop`). */
  baseUs: number;
  /** Per-call cost of the measured function, in µs, likewise. */
  fnUs: number;
  /** The median over the rounds of fn / reference within a round. */
  ratio: number;
}

/**
 * The cost of `fn` relative to `base` (parseJson against JSON.parse), for figures judged as a ratio. The two run
 * in alternating batches and each round yields its own ratio; the median round is the figure. Timing them one
 * after the other instead let a burst from another process on this 2-core machine land on one side only (the
 * same code measured 1.0x-1.7x JSON.parse); within one round both sides see about the same machine.
 */
export function timeRatio(base: () => unknown, fn: () => unknown, opts: { batch: number; budgetMs: number }): RatioResult {
  const sink: unknown[] = [];
  (globalThis as { gc?: () => void }).gc?.();
  const batch = (f: () => unknown): number => {
    const t = performance.now();
    for (let i = 0; i < opts.batch; i++) sink[i & 7] = f();
    return ((performance.now() - t) * 1000) / opts.batch;
  };
  const warmEnd = performance.now() + opts.budgetMs / 2;
  for (let b = 0; b < 5 || performance.now() < warmEnd; b++) {
    batch(base);
    batch(fn);
  }
  const baseUs: number[] = [];
  const fnUs: number[] = [];
  const ratios: number[] = [];
  const end = performance.now() + opts.budgetMs;
  while (ratios.length < 500 && (ratios.length < 9 || performance.now() < end)) {
    const b = batch(base);
    const f = batch(fn);
    baseUs.push(b);
    fnUs.push(f);
    ratios.push(f / b);
  }
  if (sink.length > 8) throw new Error('unreachable'); // reads sink: the results stay observable
  const trimmedMean = (xs: number[]) => {
    const kept = [...xs].sort((a, b) => a - b).slice(0, Math.max(1, Math.ceil(xs.length * 0.9)));
    return kept.reduce((a, b) => a + b, 0) / kept.length;
  };
  ratios.sort((a, b) => a - b);
  return { baseUs: trimmedMean(baseUs), fnUs: trimmedMean(fnUs), ratio: ratios[ratios.length >> 1]! };
}
