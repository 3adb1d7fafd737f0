/**
 * ioredis and bullmq are optional peers: installing the SDK without them must leave every entry loadable. The
 * Redis entry itself only uses ioredis' types, so it loads too (it fails only when you construct nothing and pass
 * nothing). The BullMQ entry runs BullMQ, so it alone needs bullmq. No Redis needed here.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(import.meta.dirname, 'fixtures');
const url = (p: string) => pathToFileURL(join(root, p)).href;

/** Every public entry's source; the API entries are listed as they land. */
const entries = [
  'src/index.ts',
  'src/testing/index.ts',
  'src/trenz/index.ts',
  'src/tiktok-shop/index.ts',
  'src/local-service/index.ts',
  'src/redis/index.ts',
].filter((p) => existsSync(join(root, p)));

async function loadWithoutRedisPackages(specs: string[]): Promise<Record<string, string>> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      pathToFileURL(join(fixtures, 'block-packages.mjs')).href,
      join(fixtures, 'load-entries.ts'),
      ...specs,
    ],
    { cwd: root, timeout: 15_000 },
  );
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Record<string, string>;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('without ioredis, rate-limiter-flexible and bullmq installed', () => {
  it('every entry point still loads (the BullMQ entry, which needs bullmq, aside)', async () => {
    const results = await loadWithoutRedisPackages(['ioredis', 'bullmq', ...entries.map(url)]);
    // The control: the packages really are hidden in that process.
    expect(results.ioredis).toMatch(/Cannot find package 'ioredis'/);
    expect(results.bullmq).toMatch(/Cannot find package 'bullmq'/);
    for (const entry of entries) expect({ entry, result: results[url(entry)] }).toEqual({ entry, result: 'ok' });
  }, 20_000);

  it('no source outside src/redis imports the Redis entry or the Redis packages at run time', () => {
    const offenders = sourceFiles(join(root, 'src'))
      .filter((f) => !relative(root, f).startsWith(join('src', 'redis')))
      .filter((f) => /from\s+['"](ioredis|rate-limiter-flexible)['"]|from\s+['"][./]*redis\//.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('no source outside src/bullmq imports bullmq', () => {
    const offenders = sourceFiles(join(root, 'src'))
      .filter((f) => !relative(root, f).startsWith(join('src', 'bullmq')))
      .filter((f) => /from\s+['"]bullmq['"]|from\s+['"][./]*bullmq\//.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('the Redis entry uses ioredis for types only', () => {
    const runtime = sourceFiles(join(root, 'src', 'redis')).filter((f) =>
      /^import\s+(?!type\b)[^;]*from\s+['"]ioredis['"]/m.test(readFileSync(f, 'utf8')),
    );
    expect(runtime.map((f) => relative(root, f))).toEqual([]);
  });
});
