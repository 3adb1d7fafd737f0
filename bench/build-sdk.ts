/**
 * The bench measures the SDK as it ships, not as tsx runs it from source. tsx compiles with esbuild's keepNames,
 * which wraps every function expression in a `__name(...)` call (an Object.defineProperty each time a closure is
 * created): per-call closures then cost several times what they cost in dist/ (measured ~15% of an in-process
 * call). So the bench builds the entries it drives with tsup's own settings (tsup.config.ts: ESM, node20,
 * splitting; no keepNames), in ~0.2 s, into bench/.build/, and imports them from there.
 *
 * One build per bench run: the first process builds and exports BENCH_SDK_BUILD; the memory child (forked with
 * the parent's environment) imports the same files.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH_DIR, ROOT_DIR } from './bodies.js';

/** The source entries the bench imports, by output name. */
const ENTRIES = {
  'tiktok-shop': 'src/tiktok-shop/index.ts',
  trenz: 'src/trenz/index.ts',
  json: 'src/core/json.ts',
  'compiled-schema': 'src/core/internal/compiled-schema/index.ts',
} as const;

export type BuiltEntry = keyof typeof ENTRIES;

async function buildOnce(): Promise<string> {
  const ready = process.env.BENCH_SDK_BUILD;
  if (ready && existsSync(join(ready, 'tiktok-shop.js'))) return ready;
  const outDir = join(BENCH_DIR, '.build');
  // BENCH_ENTRIES=tiktok-shop builds only the entries named (e.g. for `node --import tsx bench/import-cost.ts`).
  const only = process.env.BENCH_ENTRIES?.split(',').map((e) => e.trim());
  // Loaded only to build: the memory child must not carry tsup and esbuild in its baseline.
  const { build } = await import('tsup');
  await build({
    entry: Object.fromEntries(
      Object.entries(ENTRIES)
        .filter(([name]) => !only || only.includes(name))
        .map(([name, src]) => [name, join(ROOT_DIR, src)]),
    ),
    format: ['esm'],
    outDir,
    target: 'node20',
    splitting: true,
    treeshake: true,
    dts: false,
    sourcemap: false,
    clean: true,
    silent: true,
    config: false, // the options above, not tsup.config.ts (which also builds types and the CJS copy)
  });
  process.env.BENCH_SDK_BUILD = outDir;
  return outDir;
}

const dir = await buildOnce();

/** Imports a built entry; `T` is the type of the source module, so the bench is type-checked against src. */
export function importBuilt<T>(entry: BuiltEntry): Promise<T> {
  return import(pathToFileURL(join(dir, `${entry}.js`)).href) as Promise<T>;
}

/** The path of a built entry (for child processes that import it themselves). */
export function builtEntryPath(entry: BuiltEntry): string {
  return join(dir, `${entry}.js`);
}
