/**
 * Import cost (issue 14): what a cold `import('social-commerce-sdk/tiktok-shop')` costs beyond its two heavy
 * dependencies, undici and zod, which any client of these APIs loads anyway. Each figure is a fresh Node process that
 * does one thing and reports the time of its dynamic import alone (process start-up excluded): the SDK entry as it
 * ships (built by bench/build-sdk.ts with tsup's settings: ESM, code splitting, so lazily loaded chunks stay out),
 * or the floor, `Promise.all([import('undici'), import('zod')])`. Runs alternate between the two, so a burst of load
 * on the machine hits both; the medians are compared. CPU time (user + system) is reported beside wall time: on a
 * shared machine it moves less.
 *
 * Also checked, in another process: importing the entry builds none of the 1,500 generated models, and calling one
 * operation builds only that operation's.
 *
 * Run alone: node --import tsx bench/import-cost.ts   (BENCH_IMPORT_RUNS=15 by default)
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { BENCH_DIR, ROOT_DIR } from './bodies.js';
import { verdict, type Verdict } from './report.js';

const run = promisify(execFile);

/** The target: the SDK entry may cost at most this much more than undici + zod. */
export const IMPORT_OVERHEAD_TARGET_MS = 60;

export interface ImportSample {
  wallMs: number;
  cpuMs: number;
}

export interface ImportCostResult {
  runs: number;
  sdk: { wallMs: number; cpuMs: number; minWallMs: number };
  floor: { wallMs: number; cpuMs: number; minWallMs: number };
  /** Median SDK minus median floor, wall time: the figure the target is about. */
  overheadMs: number;
  overheadCpuMs: number;
  /** Models built: right after import, and after one call of Ship Package (whose own models the inventory counts). */
  lazy:
    | { afterImport: number; afterOneCall: number; ownModels: number; firstCallMs: number; secondCallMs: number }
    | { error: string };
  entryBytes: number;
}

/** One cold import in a fresh process: `what` is a module URL, or 'floor' for undici + zod. */
async function coldImport(what: string): Promise<ImportSample> {
  const target = what === 'floor' ? "Promise.all([import('undici'), import('zod')])" : `import(${JSON.stringify(what)})`;
  const script = [
    'const c0 = process.cpuUsage(); const t0 = performance.now();',
    `await ${target};`,
    'const t = performance.now() - t0; const c = process.cpuUsage(c0);',
    'process.stdout.write(JSON.stringify({ wallMs: t, cpuMs: (c.user + c.system) / 1000 }));',
  ].join('\n');
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT_DIR });
  return JSON.parse(stdout) as ImportSample;
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** The models the inventory says an operation's body and response data reach. */
function ownModels(method: string, path: string): number {
  const inv = JSON.parse(readFileSync(join(ROOT_DIR, 'spec/tiktok-shop.json'), 'utf8')) as {
    operations: { method: string; path: string; body?: string; response: string }[];
    models: Record<string, { name: string; type: string }[]>;
  };
  const op = inv.operations.find((o) => o.method === method && o.path === path)!;
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (!inv.models[name] || seen.has(name)) return;
    seen.add(name);
    for (const f of inv.models[name]) visit(f.type.replace(/^(Array<)+|>+$/g, ''));
  };
  if (op.body) visit(op.body);
  const data = inv.models[op.response]!.find((f) => f.name === 'data');
  if (data) visit(data.type);
  return seen.size;
}

export async function measureImportCost(runs = Number(process.env.BENCH_IMPORT_RUNS) || 15): Promise<ImportCostResult> {
  const { builtEntryPath } = await import('./build-sdk.js'); // builds the entries, once per bench run
  const entry = builtEntryPath('tiktok-shop');
  const url = pathToFileURL(entry).href;
  await coldImport(url); // warms the OS file cache, not measured
  await coldImport('floor');
  const sdk: ImportSample[] = [];
  const floor: ImportSample[] = [];
  for (let i = 0; i < runs; i++) {
    sdk.push(await coldImport(url));
    floor.push(await coldImport('floor'));
  }
  let lazy: ImportCostResult['lazy'];
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', join(BENCH_DIR, 'import-cost-child.ts')], {
      cwd: ROOT_DIR,
      env: process.env,
    });
    const child = JSON.parse(stdout) as Omit<Extract<ImportCostResult['lazy'], { afterImport: number }>, 'ownModels'>;
    lazy = { ...child, ownModels: ownModels('POST', '/fulfillment/202309/packages/{package_id}/ship') };
  } catch (error) {
    lazy = { error: error instanceof Error ? error.message.slice(0, 300) : String(error) };
  }
  const s = {
    wallMs: median(sdk.map((x) => x.wallMs)),
    cpuMs: median(sdk.map((x) => x.cpuMs)),
    minWallMs: Math.min(...sdk.map((x) => x.wallMs)),
  };
  const f = {
    wallMs: median(floor.map((x) => x.wallMs)),
    cpuMs: median(floor.map((x) => x.cpuMs)),
    minWallMs: Math.min(...floor.map((x) => x.wallMs)),
  };
  return {
    runs,
    sdk: s,
    floor: f,
    overheadMs: s.wallMs - f.wallMs,
    overheadCpuMs: s.cpuMs - f.cpuMs,
    lazy,
    entryBytes: readFileSync(entry).length,
  };
}

/** The verdicts of this phase, in the style of the other targets. */
export function importCostVerdicts(r: ImportCostResult): Verdict[] {
  const lazyOk = 'error' in r.lazy ? null : r.lazy.afterImport === 0 && r.lazy.afterOneCall === r.lazy.ownModels ? 0 : 1;
  return [
    verdict(
      'import_overhead_ms',
      'cold import of /tiktok-shop over undici + zod (median)',
      r.overheadMs,
      'ms',
      '<=',
      IMPORT_OVERHEAD_TARGET_MS,
    ),
    verdict(
      'lazy_models_extra',
      "models built beyond the called operation's own",
      lazyOk,
      'models',
      '<=',
      0,
      'error' in r.lazy ? r.lazy.error : undefined,
    ),
  ];
}

/** The printed section: the SDK, the floor beside it, and the overhead against the target. */
export function renderImportCost(r: ImportCostResult): string {
  const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(10);
  const lines = [
    `Import cost (cold, median of ${r.runs} fresh processes each, alternating; entry ${(r.entryBytes / 1024).toFixed(0)} KB)`,
    `  ${'what'.padEnd(44)}${'wall'.padStart(10)}${'cpu'.padStart(10)}${'best wall'.padStart(12)}`,
    `  ${"import('social-commerce-sdk/tiktok-shop')".padEnd(44)}${ms(r.sdk.wallMs)}${ms(r.sdk.cpuMs)}${ms(r.sdk.minWallMs)}  `,
    `  ${'floor: undici + zod'.padEnd(44)}${ms(r.floor.wallMs)}${ms(r.floor.cpuMs)}${ms(r.floor.minWallMs)}`,
    `  ${'SDK over the floor'.padEnd(44)}${ms(r.overheadMs)}${ms(r.overheadCpuMs)}    target <= ${IMPORT_OVERHEAD_TARGET_MS} ms`,
  ];
  if ('error' in r.lazy) lines.push(`  lazy models: not measured: ${r.lazy.error}`);
  else {
    lines.push(
      `  models built: ${r.lazy.afterImport} at import; ${r.lazy.afterOneCall} after one Ship Package call (its own: ${r.lazy.ownModels});` +
        ` first call ${r.lazy.firstCallMs.toFixed(1)} ms (loads and builds its schemas), second ${r.lazy.secondCallMs.toFixed(2)} ms`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await measureImportCost();
  console.log(renderImportCost(result));
  for (const v of importCostVerdicts(result)) console.log(`  ${v.label}: ${v.verdict}`);
}
