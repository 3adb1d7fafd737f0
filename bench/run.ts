/**
 * `npm run bench`: the issue 8 benchmarks in one run (format of the output: bench/README.md).
 *   1. in-process stage costs (signing, int64-safe decoding, zod) and the 300 KB decoding test;
 *   2. the memory test in a child process (100,000 orders through `for await`);
 *   3. throughput and latency at concurrency 1, 16, 64 for undici / SDK / fetch / peer, over HTTPS then plain HTTP;
 *   4. the fleet: 200 shops synced by 4 BullMQ worker processes on Redis (bench/fleet.ts), orders/s and a worker's memory.
 * Cells of one concurrency run back to back for all clients, so the ratios compare neighbours in time: a burst
 * from another process on the machine hits all clients of a concurrency level rather than one client.
 * Every phase is bounded by count and time; the defaults fit in about 2 minutes on 2 cores.
 * Knobs (env): BENCH_CELL_MS (3000), BENCH_PLAIN_CELL_MS (1000), BENCH_ROUNDS (3), BENCH_WARMUP_MS (400),
 * BENCH_MICRO_MS (600), BENCH_MEMORY_MS (60000).
 */
import { execFile, fork } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BENCH_DIR, BODY_SOURCES, ROOT_DIR } from './bodies.js';
import { CLIENTS, EXTRAS, prepareClient, prepareExtra, type ClientName, type PreparedClient, type Transport } from './clients.js';
import { startServer, type BenchServer } from './loopback.js';
import { runCell, type CellBudget } from './measure.js';
import type { MemoryResult } from './memory.js';
import { importCostVerdicts, measureImportCost } from './import-cost.js';
import { decodeResults, inProcessCall, stageCosts } from './micro.js';
import { renderReport, verdict, type BenchResults, type ClientRow, type ExtraRow } from './report.js';

const env = (name: string, dflt: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : dflt;
};
const budget = {
  concurrency: [1, 16, 64],
  warmupMs: env('BENCH_WARMUP_MS', 400),
  durationMs: env('BENCH_CELL_MS', 3_000),
  plainDurationMs: env('BENCH_PLAIN_CELL_MS', 1_000),
  rounds: env('BENCH_ROUNDS', 3),
  maxRequests: 200_000,
};
const MICRO_MS = env('BENCH_MICRO_MS', 600);
const MEMORY_MS = env('BENCH_MEMORY_MS', 60_000);

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

/** Runs bench/memory.ts in a child with --expose-gc; killed if it overstays its time limit by 15 s. */
function memoryTest(server: BenchServer): Promise<MemoryResult> {
  return new Promise((resolve) => {
    const child = fork(join(BENCH_DIR, 'memory.ts'), [String(server.http)], {
      execArgv: ['--import', 'tsx', '--expose-gc'],
      env: { ...process.env, BENCH_MEMORY_MS: String(MEMORY_MS) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), MEMORY_MS + 15_000);
    let result: MemoryResult | undefined;
    child.once('message', (m: MemoryResult) => (result = m));
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(result ?? ({ error: `the memory test process ended without a result (exit ${code})` } as MemoryResult));
    });
  });
}

/**
 * The fleet bench (bench/fleet.ts) in its own process tree, under scripts/with-redis.sh (which uses REDIS_URL if
 * set, else starts a throwaway Redis). Its summary lines, or why it did not run.
 */
function fleetBench(): Promise<string> {
  return new Promise((resolve) => {
    const script = join(ROOT_DIR, 'scripts', 'with-redis.sh');
    execFile(
      script,
      [process.execPath, '--import', 'tsx', join(BENCH_DIR, 'fleet.ts')],
      { cwd: ROOT_DIR, timeout: 240_000, maxBuffer: 16 * 2 ** 20 },
      (err, stdout, stderr) => {
        const lines = stdout.split('\n').filter((l) => l.startsWith('fleet:'));
        if (err || lines.length === 0) resolve(`fleet: not measured (${(err?.message ?? stderr).trim().split('\n').pop()})`);
        else resolve(lines.join('\n'));
      },
    );
  });
}

/** One request through `client`, checked against the server's per-transport counter. */
async function probe(server: BenchServer, transport: Transport, client: PreparedClient): Promise<string | undefined> {
  const before = await server.stats();
  try {
    await client.op();
  } catch (err) {
    return `probe request failed: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`.slice(0, 300);
  }
  const after = await server.stats();
  if (after[transport] <= before[transport]) return `probe request did not reach the ${transport} server`;
  return undefined;
}

async function throughput(server: BenchServer, transport: Transport, durationMs: number) {
  const rows: Partial<Record<ClientName, ClientRow>> = {};
  const ready: [ClientName, PreparedClient][] = [];
  for (const name of CLIENTS) {
    const client = await prepareClient(name, transport, server);
    const problem = await probe(server, transport, client);
    if (problem) {
      rows[name] = { failed: problem, cells: {} };
      await client.close();
    } else {
      rows[name] = { ...(client.note ? { note: client.note } : {}), cells: {} };
      ready.push([name, client]);
    }
  }
  // Each cell is measured in `rounds` rounds, the clients interleaved within a round, and the best round is kept:
  // noise from other processes only ever slows a round down, so the best round is the least disturbed one.
  for (const c of budget.concurrency) {
    for (let round = 0; round < budget.rounds; round++) {
      for (const [name, client] of ready) {
        const cell: CellBudget = {
          concurrency: c,
          // Later rounds reuse warm code and open sockets: a short warm-up is enough.
          warmupMs: round === 0 ? budget.warmupMs : Math.min(100, budget.warmupMs),
          durationMs: durationMs / budget.rounds,
          maxRequests: budget.maxRequests,
        };
        const result = await runCell(client.op, cell);
        const best = rows[name]!.cells[String(c)];
        if (!best || result.errors > 0 || (best.errors === 0 && result.rps > best.rps)) rows[name]!.cells[String(c)] = result;
        log(
          `${transport} c=${c} ${name} round ${round + 1}: ${Math.round(result.rps)} req/s${result.errors ? `, ${result.errors} errors` : ''}`,
        );
      }
    }
  }
  for (const [, client] of ready) await client.close();
  const ratios: Record<string, { sdkOverUndici: number | null; sdkOverPeer: number | null; sdkOverDispatch: number | null }> = {};
  for (const c of budget.concurrency) {
    const rps = (n: ClientName) => {
      const cell = rows[n]?.cells[String(c)];
      return cell && cell.requests > 0 && cell.errors === 0 ? cell.rps : null;
    };
    const sdk = rps('sdk');
    const ratio = (other: number | null) => (sdk !== null && other ? sdk / other : null);
    ratios[String(c)] = {
      sdkOverUndici: ratio(rps('undici')),
      sdkOverPeer: ratio(rps('peer')),
      sdkOverDispatch: ratio(rps('dispatch')),
    };
  }
  return { rows, ratios };
}

/** The other calls (product detail, Trenz search): SDK and floor, c=16 over HTTPS, a short cell each. */
async function extras(server: BenchServer, durationMs: number): Promise<Record<string, ExtraRow>> {
  const out: Record<string, ExtraRow> = {};
  for (const name of EXTRAS) {
    const { sdk, undici } = prepareExtra(name, server);
    const cell: CellBudget = { concurrency: 16, warmupMs: budget.warmupMs, durationMs, maxRequests: budget.maxRequests };
    try {
      const problem = (await probe(server, 'tls', sdk)) ?? (await probe(server, 'tls', undici));
      if (problem) out[name] = { failed: problem };
      else {
        const s = await runCell(sdk.op, cell);
        const u = await runCell(undici.op, cell);
        out[name] = { sdk: s, undici: u, sdkOverUndici: s.errors || u.errors || !u.rps ? null : s.rps / u.rps };
        log(`extra ${name}: SDK ${Math.round(s.rps)} req/s, undici ${Math.round(u.rps)} req/s`);
      }
    } finally {
      await sdk.close();
      await undici.close();
    }
  }
  return out;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const loadavgStart = os.loadavg();
  // First, while nothing else of the bench runs: cold imports in fresh processes.
  log('import cost (cold imports in child processes)');
  const importCost = await measureImportCost();
  log('stage costs and decoding (in process)');
  const stages = stageCosts(MICRO_MS);
  const decoding = decodeResults(MICRO_MS);
  const inProcess = await inProcessCall(MICRO_MS * 2);

  const server = await startServer();
  try {
    log('memory test (child process)');
    const memory = await memoryTest(server);
    const tls = await throughput(server, 'tls', budget.durationMs);
    const plain = await throughput(server, 'plain', budget.plainDurationMs);
    const other = await extras(server, budget.plainDurationMs);

    const cpuC = 16;
    const sdkCpu = tls.rows.sdk?.cells[String(cpuC)]?.cpuUsPerReq ?? null;
    const undiciCpu = tls.rows.undici?.cells[String(cpuC)]?.cpuUsPerReq ?? null;
    const dispatchCpu = tls.rows.dispatch?.cells[String(cpuC)]?.cpuUsPerReq ?? null;
    const sdkOwnCpu = inProcess.sdk.cpuUs;
    const share = (us: number | undefined) => (us !== undefined && sdkOwnCpu ? us / sdkOwnCpu : null);
    const problems = [
      ...Object.entries({ ...tls.rows }).flatMap(([n, r]) => (r?.failed ? [`${n} (HTTPS): ${r.failed}`] : [])),
      ...Object.entries({ ...plain.rows }).flatMap(([n, r]) => (r?.failed ? [`${n} (plain): ${r.failed}`] : [])),
      ...(memory.error ? [`memory test: ${memory.error}`] : []),
      ...Object.entries(other).flatMap(([n, r]) => (r.failed ? [`${n}: ${r.failed}`] : [])),
    ];
    const c16 = tls.ratios[String(cpuC)]!;
    const mem = !memory.error && memory.complete ? memory.peakGrowthMB : null;
    const targets = [
      verdict(
        'sdk_vs_undici_c16',
        'SDK throughput / raw undici, c=16, HTTPS',
        c16.sdkOverUndici,
        'x',
        '>=',
        0.9,
        tls.rows.sdk?.failed ?? tls.rows.undici?.failed,
      ),
      verdict(
        'sdk_vs_peer_c16',
        'SDK throughput / peer, c=16, HTTPS',
        c16.sdkOverPeer,
        'x',
        '>=',
        2,
        tls.rows.sdk?.failed ?? tls.rows.peer?.failed,
      ),
      verdict('signing_us', 'signing per request (createSigner-bound)', stages.signUs, 'µs', '<=', 3),
      verdict('sdk_cpu_us', 'SDK CPU per request (in process, no socket)', sdkOwnCpu, 'µs', '<=', 40),
      verdict(
        'rss_growth_mb',
        'peak RSS growth, 100,000 orders',
        mem,
        'MB',
        '<=',
        50,
        memory.error ?? 'the run did not complete within its time limit',
      ),
      verdict('int64_decoding_ratio', 'int64-safe decoding / JSON.parse, no big ints', decoding.noBigInts.ratio, 'x', '<=', 1.2),
      verdict('int64_decoding_bigints_ratio', 'int64-safe decoding / JSON.parse, bare ids', decoding.bigInts.ratio, 'x', '<=', 2),
      ...importCostVerdicts(importCost),
    ];
    const results: BenchResults = {
      schema: 1,
      startedAt,
      seconds: (performance.now() - t0) / 1000,
      machine: {
        node: process.version,
        undici: (JSON.parse(readFileSync(join(ROOT_DIR, 'node_modules/undici/package.json'), 'utf8')) as { version: string })
          .version,
        platform: `${process.platform} ${process.arch}`,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        loadavgStart,
        loadavgEnd: os.loadavg(),
      },
      bodies: BODY_SOURCES,
      budget,
      throughput: { tls: tls.rows, plain: plain.rows },
      extras: other,
      ratios: { tls: tls.ratios, plain: plain.ratios },
      cpu: {
        concurrency: cpuC,
        sdkProcessUsPerReq: sdkCpu,
        undiciProcessUsPerReq: undiciCpu,
        dispatchProcessUsPerReq: dispatchCpu,
        sdkAddedUsPerReq: sdkCpu !== null && undiciCpu !== null ? sdkCpu - undiciCpu : null,
        inProcess: {
          sdkCpuUs: sdkOwnCpu,
          sdkWallUs: inProcess.sdk.wallUs,
          floorCpuUs: inProcess.floor.cpuUs,
          floorWallUs: inProcess.floor.wallUs,
          sdkAddedCpuUs: sdkOwnCpu - inProcess.floor.cpuUs,
        },
        stages,
        shares: {
          sign: share(stages.signUs),
          utf8: share(stages.utf8Us),
          decode: share(stages.decodeUs),
          validate: share(stages.validateUs),
        },
      },
      memory,
      decoding,
      importCost,
      targets,
      problems,
    };
    mkdirSync(join(BENCH_DIR, 'results'), { recursive: true });
    writeFileSync(join(BENCH_DIR, 'results', 'latest.json'), JSON.stringify(results, null, 2) + '\n');
    console.log(renderReport(results));
    console.log('\nWritten: bench/results/latest.json');
  } finally {
    await server.stop();
  }
  // Last, alone on the machine: 4 worker processes and a Redis (issue 18).
  log('fleet: 200 shops, 4 BullMQ workers (bench/fleet.ts)');
  console.log(`\n${await fleetBench()}`);
}

main().catch((err: unknown) => {
  console.error('bench failed:', err);
  process.exitCode = 1;
});
