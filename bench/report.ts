/**
 * Turns the bench's results into the printed tables and the target verdicts. Kept apart from the measuring code
 * so that the JSON written to bench/results/latest.json and the printed table can never disagree: both are
 * rendered from the same `BenchResults` object (format documented in bench/README.md).
 */
import type { ClientName, Transport } from './clients.js';
import type { CellResult } from './measure.js';
import type { ImportCostResult } from './import-cost.js';
import { renderImportCost } from './import-cost.js';
import type { DecodeResults, StageCosts } from './micro.js';
import type { MemoryResult } from './memory.js';

export interface ClientRow {
  note?: string;
  /** Why this client has no figures in this table (its probe request failed). */
  failed?: string;
  /** Keyed by concurrency ("1", "16", "64"). */
  cells: Record<string, CellResult>;
}

/** One of the other calls (bench/clients.ts EXTRAS): SDK and floor at c=16 over HTTPS. */
export interface ExtraRow {
  sdk?: CellResult;
  undici?: CellResult;
  sdkOverUndici?: number | null;
  failed?: string;
}

export interface Verdict {
  id: string;
  label: string;
  value: number | null;
  unit: string;
  target: number;
  comparator: '>=' | '<=';
  /** null when the figure could not be measured (a failed client or run). */
  met: boolean | null;
  /** "met", "missed by ...", or "not measured: ...". */
  verdict: string;
}

export interface BenchResults {
  schema: 1;
  startedAt: string;
  seconds: number;
  machine: {
    node: string;
    undici: string;
    platform: string;
    cpus: number;
    cpuModel: string;
    loadavgStart: number[];
    loadavgEnd: number[];
  };
  bodies: Record<string, string>;
  budget: {
    concurrency: number[];
    warmupMs: number;
    durationMs: number;
    plainDurationMs: number;
    rounds: number;
    maxRequests: number;
  };
  throughput: Record<Transport, Partial<Record<ClientName, ClientRow>>>;
  ratios: Record<
    Transport,
    Record<string, { sdkOverUndici: number | null; sdkOverPeer: number | null; sdkOverDispatch: number | null }>
  >;
  /** Keyed by call name (`shop.products.get`, `trenz.data.products.search`). */
  extras: Record<string, ExtraRow>;
  cpu: {
    concurrency: number;
    sdkProcessUsPerReq: number | null;
    undiciProcessUsPerReq: number | null;
    /** Process CPU per request of the `dispatch` floor at the same cell. */
    dispatchProcessUsPerReq: number | null;
    sdkAddedUsPerReq: number | null;
    /** The same call answered in process (bench/null-dispatcher.ts): the SDK's own CPU, and the dispatch floor's. */
    inProcess: { sdkCpuUs: number; sdkWallUs: number; floorCpuUs: number; floorWallUs: number; sdkAddedCpuUs: number };
    stages: StageCosts;
    /** Stage cost over inProcess.sdkCpuUs (the SDK's own CPU per call). */
    shares: { sign: number | null; utf8: number | null; decode: number | null; validate: number | null };
  };
  memory: MemoryResult;
  decoding: DecodeResults;
  /** Cold import of the TikTok Shop entry against undici + zod (bench/import-cost.ts). */
  importCost: ImportCostResult;
  targets: Verdict[];
  /** Clients or runs that failed, with why. Empty on a clean run. */
  problems: string[];
}

const fmt = (v: number | null | undefined, digits = 1): string =>
  v === null || v === undefined || Number.isNaN(v)
    ? '-'
    : v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function verdict(
  id: string,
  label: string,
  value: number | null | undefined,
  unit: string,
  comparator: '>=' | '<=',
  target: number,
  why?: string,
): Verdict {
  const base = { id, label, unit, target, comparator };
  if (value === null || value === undefined || Number.isNaN(value)) {
    return { ...base, value: null, met: null, verdict: `not measured${why ? `: ${why}` : ''}` };
  }
  const met = comparator === '>=' ? value >= target : value <= target;
  const gap = Math.abs(value - target);
  const rel = target ? (gap / target) * 100 : 0;
  const digits = unit === 'x' ? 2 : 1;
  return {
    ...base,
    value,
    met,
    verdict: met ? 'met' : `missed by ${fmt(gap, digits)}${unit === 'x' ? 'x' : ` ${unit}`} (${fmt(rel, 0)}%)`,
  };
}

function pad(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
}

function throughputTable(r: BenchResults, transport: Transport, title: string): string[] {
  const head = ['client', 'conc', 'req/s', 'p50 ms', 'p99 ms', 'CPU µs/req', 'errors'];
  const widths = [9, 5, 10, 8, 8, 11, 7];
  const lines = [title, pad(head, widths), '-'.repeat(widths.reduce((a, b) => a + b + 2, -2))];
  const notes: string[] = [];
  for (const [name, row] of Object.entries(r.throughput[transport]) as [ClientName, ClientRow][]) {
    if (row.failed) {
      lines.push(`${name.padEnd(9)}  not measured: ${row.failed}`);
      continue;
    }
    if (row.note) notes.push(`  ${name}: ${row.note}`);
    for (const c of r.budget.concurrency) {
      const cell = row.cells[String(c)];
      if (!cell) continue;
      lines.push(
        pad(
          [
            name,
            String(c),
            fmt(cell.rps, 0),
            fmt(cell.p50Ms, 2),
            fmt(cell.p99Ms, 2),
            fmt(cell.cpuUsPerReq, 1),
            String(cell.errors),
          ],
          widths,
        ),
      );
      if (cell.firstError) notes.push(`  ${name} c=${c} error: ${cell.firstError}`);
    }
  }
  for (const c of r.budget.concurrency) {
    const q = r.ratios[transport][String(c)];
    if (q)
      lines.push(
        `  c=${c}: SDK/undici ${fmt(q.sdkOverUndici, 2)}x   SDK/peer ${fmt(q.sdkOverPeer, 2)}x   (SDK/dispatch ${fmt(q.sdkOverDispatch, 2)}x)`,
      );
  }
  return [...lines, ...notes, ''];
}

export function renderReport(r: BenchResults): string {
  const out: string[] = [];
  out.push(renderImportCost(r.importCost), '');
  const rounds = `best of ${r.budget.rounds} round${r.budget.rounds > 1 ? 's' : ''} of ${fmt(r.budget.durationMs / r.budget.rounds / 1000, 1)} s`;
  out.push(...throughputTable(r, 'tls', `Throughput, Get Order Detail (1 id) over HTTPS loopback — main table (${rounds})`));
  out.push(...throughputTable(r, 'plain', `Throughput over plain HTTP loopback — secondary table (best of ${r.budget.rounds})`));

  out.push('Other calls, SDK vs raw undici on the same body (c=16, HTTPS)');
  for (const [name, x] of Object.entries(r.extras)) {
    if (x.failed || !x.sdk || !x.undici) {
      out.push(`  ${name.padEnd(28)} not measured: ${x.failed ?? 'no result'}`);
      continue;
    }
    out.push(
      `  ${name.padEnd(28)} SDK ${fmt(x.sdk.rps, 0)} req/s (p50 ${fmt(x.sdk.p50Ms, 2)} ms, p99 ${fmt(x.sdk.p99Ms, 2)} ms)  ` +
        `undici ${fmt(x.undici.rps, 0)} req/s  SDK/undici ${fmt(x.sdkOverUndici, 2)}x`,
    );
  }
  out.push('');

  const cpu = r.cpu;
  const st = cpu.stages;
  const own = cpu.inProcess;
  out.push(
    `SDK CPU per call, in process (the order-detail answer handed over without a socket): ${fmt(own.sdkCpuUs)} µs CPU ` +
      `(${fmt(own.sdkWallUs)} µs wall); the dispatch floor on the same fake wire ${fmt(own.floorCpuUs)} µs; SDK-added ${fmt(own.sdkAddedCpuUs)} µs`,
  );
  out.push(
    `Over the socket (c=${cpu.concurrency}, HTTPS), process CPU / request: SDK ${fmt(cpu.sdkProcessUsPerReq)} µs, undici.request ` +
      `${fmt(cpu.undiciProcessUsPerReq)} µs, dispatch ${fmt(cpu.dispatchProcessUsPerReq)} µs (HTTP and TLS included)`,
  );
  const sw = [44, 9, 16];
  out.push(pad(['  stage (in-process loop, order-detail body)', 'µs/call', 'of SDK own CPU'], sw));
  for (const [label, us, key] of [
    ['  signing (createSigner-bound)', st.signUs, 'sign'],
    ['  UTF-8 decoding of the body (also in floor)', st.utf8Us, 'utf8'],
    ['  JSON decoding (parseJson; also in floor)', st.decodeUs, 'decode'],
    ['  validation (compiled zod checks)', st.validateUs, 'validate'],
  ] as const) {
    out.push(pad([label, fmt(us, 1), `${fmt(pct(cpu.shares[key]), 1)}%`], sw));
  }
  out.push(
    `  (for reference: JSON.parse on the same body ${fmt(st.jsonParseUs, 1)} µs; zod's own safeParse ${fmt(st.zodUs, 1)} µs; ` +
      `one-shot signRequest ${fmt(st.signRequestUs, 2)} µs)`,
  );
  out.push('');

  const mm = r.memory;
  if (mm.error) out.push(`Memory (100,000 orders): failed: ${mm.error}`);
  else {
    out.push(
      `Memory: ${mm.orders.toLocaleString('en-US')}/${mm.expectedOrders.toLocaleString('en-US')} orders in ${fmt(mm.seconds)} s${mm.complete ? '' : ' (PARTIAL: time limit)'}, ` +
        `id mismatches ${mm.idMismatches}; RSS ${fmt(mm.baselineRssMB)} -> peak ${fmt(mm.peakRssMB)} MB (growth ${fmt(mm.peakGrowthMB)} MB)`,
    );
    out.push(
      `  peak growth: heap used ${fmt(mm.peakHeapUsedGrowthMB)} MB, heap total ${fmt(mm.peakHeapTotalGrowthMB)} MB, external ${fmt(mm.peakExternalGrowthMB)} MB; ` +
        `live heap at a page boundary after GC ${fmt(mm.liveHeapGrowthMB)} MB; retained after the run ${fmt(mm.retainedHeapMB)} MB heap`,
    );
  }
  const d = r.decoding;
  out.push(`int64-safe decoding (core/json.ts parseJson) vs JSON.parse, ~300 KB order page:`);
  for (const [label, c] of [
    ['string ids, no big integers', d.noBigInts],
    ['order ids as bare int64', d.bigInts],
    ['every id as bare int64', d.allBigInts],
    ['no run of 16+ digits at all', d.noLongDigitRuns],
  ] as const) {
    out.push(
      `  ${label.padEnd(28)} ${fmt(c.bytes / 1024, 0)} KB  JSON.parse ${fmt(c.jsonParseUs / 1000, 2)} ms  parseJson ${fmt(c.parseJsonUs / 1000, 2)} ms  ${fmt(c.ratio, 2)}x  ids exact: ${c.exact ? 'yes' : 'NO'}`,
    );
  }
  out.push('');

  out.push('Targets (issue 8)');
  const w = [44, 12, 10];
  for (const t of r.targets) {
    const value = t.value === null ? '-' : `${fmt(t.value, t.unit === 'x' ? 2 : 1)}${t.unit === 'x' ? 'x' : ` ${t.unit}`}`;
    out.push(pad([t.label, value, `${t.comparator} ${t.target}${t.unit === 'x' ? 'x' : ` ${t.unit}`}`], w) + `  ${t.verdict}`);
  }
  if (r.problems.length) {
    out.push('', 'Problems:');
    for (const p of r.problems) out.push(`  ${p}`);
  }
  const load = r.machine.loadavgStart.map((l) => l.toFixed(2)).join(' ');
  out.push(
    '',
    `${r.machine.node}, undici ${r.machine.undici}, ${r.machine.cpus} CPUs (${r.machine.cpuModel}); load average at start ${load}; ${fmt(r.seconds, 0)} s total.`,
  );
  if (r.machine.loadavgStart[0]! > 0.5) out.push('Note: the machine was busy at start; take final numbers on a quiet machine.');
  return out.join('\n');
}

function pct(share: number | null): number | null {
  return share === null ? null : share * 100;
}
