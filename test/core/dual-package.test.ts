import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The dual package hazard: one application loads the ESM build and the CommonJS build of this package (through two
// dependencies). Both builds are made here from the sources, the way tsup bundles them, and loaded in this process.
type Entry = typeof import('../../src/index.js');
let dir: string;
let esm: Entry;
let cjs: Entry;

beforeAll(async () => {
  // Inside the project, so that the builds resolve their dependencies (undici, zod...) from its node_modules.
  const cache = join(process.cwd(), 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  dir = mkdtempSync(join(cache, 'dual-package-'));
  const common = {
    entryPoints: ['src/index.ts'],
    bundle: true,
    platform: 'node' as const,
    packages: 'external' as const,
    logLevel: 'silent' as const,
  };
  await build({ ...common, format: 'esm', outfile: join(dir, 'index.mjs') });
  await build({ ...common, format: 'cjs', outfile: join(dir, 'index.cjs') });
  esm = (await import(pathToFileURL(join(dir, 'index.mjs')).href)) as Entry;
  cjs = createRequire(import.meta.url)(join(dir, 'index.cjs')) as Entry;
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('instanceof across the ESM and CommonJS builds', () => {
  it('recognizes an error of one build as an instance of the same class, and its bases, of the other', () => {
    expect(esm.RateLimitError).not.toBe(cjs.RateLimitError); // two copies of every class
    const fromCjs = new cjs.RateLimitError({ api: 'TikTok Shop', endpoint: 'GET /x', message: 'slow down' });
    expect(fromCjs).toBeInstanceOf(esm.RateLimitError);
    expect(fromCjs).toBeInstanceOf(esm.ApiError);
    expect(fromCjs).toBeInstanceOf(esm.SdkError);
    const fromEsm = new esm.InvalidParamsError({ api: 'Trenz', endpoint: 'GET /y', issues: [] });
    expect(fromEsm).toBeInstanceOf(cjs.InvalidParamsError);
    expect(fromEsm).toBeInstanceOf(cjs.SdkError);
  });

  it('still tells different classes apart, and other errors from ours', () => {
    const fromCjs = new cjs.RateLimitError({ api: 'TikTok Shop', endpoint: 'GET /x', message: 'slow down' });
    expect(fromCjs).not.toBeInstanceOf(esm.ServerError);
    expect(fromCjs).not.toBeInstanceOf(esm.InvalidParamsError);
    expect(new Error('x')).not.toBeInstanceOf(esm.SdkError);
    class RateLimitError extends Error {} // a user's class of the same name is not ours
    expect(new RateLimitError()).not.toBeInstanceOf(esm.RateLimitError);
    expect(null).not.toBeInstanceOf(esm.SdkError);
  });
});
