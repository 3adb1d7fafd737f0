/**
 * `npx social-commerce-sdk probe trenz`, run as a user runs it (a separate process, over loopback HTTP), against the
 * emulator and against an emulator that has only some routes.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createTrenzEmulator, type CreateTrenzEmulatorOptions, type TrenzEmulator } from '../../src/testing/trenz/index.js';
import type { EmulatorServer } from '../../src/testing/server.js';

const run = promisify(execFile);
const servers: EmulatorServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(options: CreateTrenzEmulatorOptions = {}): Promise<{ emu: TrenzEmulator; url: string }> {
  const emu = createTrenzEmulator(options);
  const server = await emu.listen(0);
  servers.push(server);
  return { emu, url: server.url };
}

/** Runs the CLI from source with tsx; no real credentials in its environment. */
async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('TRENZ_')));
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      env: { ...clean, ...env },
      timeout: 40_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof failed.code === 'number' ? failed.code : -1,
      stdout: failed.stdout ?? '',
      stderr: failed.stderr ?? String(error),
    };
  }
}

describe('social-commerce-sdk probe trenz', () => {
  it('prints the table against the emulator: every route it sends is found, exit 0', { timeout: 60_000 }, async () => {
    const { emu, url } = await serve();
    const { code, stdout, stderr } = await cli(['probe', 'trenz', '--api-key-env', 'PROBE_KEY', '--base-url', url], {
      PROBE_KEY: emu.apiKey,
    });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain(`Trenz route probe of ${url}`);
    expect(stdout).toMatch(/^route id +path +result +answer$/m);
    expect(stdout).toMatch(/^products\.search +GET \/open\/v1\/products\/search +found +400 MISSING_PARAM$/m);
    expect(stdout).toMatch(
      /^social\.accounts\.qrLogin +POST \/open\/v1\/social\/tiktok\/qrcode\/login +skipped +a write that could succeed/m,
    );
    expect(stdout).toMatch(/^found \d+, not found 0, inconclusive 0, skipped \d+$/m);
    expect(emu.ctx.ledger.charged).toBe(0);
  });

  it(
    'against a server that lacks some routes: lists them as not found, says how to correct them, exit 1',
    { timeout: 60_000 },
    async () => {
      const { emu, url } = await serve({
        serveRoutes: (id) => !id.startsWith('agent.'),
        routePaths: { 'products.get': '/open/v1/product/{id}' },
      });
      const { code, stdout } = await cli(['probe', 'trenz', '--api-key-env', 'PROBE_KEY', '--base-url', url], {
        PROBE_KEY: emu.apiKey,
      });
      expect(code).toBe(1);
      expect(stdout).toMatch(/^products\.get +GET \/open\/v1\/products\/\{id\} +not found +404 ROUTE_NOT_FOUND$/m);
      expect(stdout).toMatch(/^agent\.sessions\.messages +GET .* +not found +404 ROUTE_NOT_FOUND$/m);
      expect(stdout).toContain("new Trenz({ routes: { '<route id>': { path: '/open/v1/...' } } })");

      // The correction, probed before it goes into code.
      const fixed = await cli(
        [
          'probe',
          'trenz',
          '--api-key-env',
          'PROBE_KEY',
          '--base-url',
          url,
          '--route',
          'products.get',
          '--correct',
          'products.get=/open/v1/product/{id}',
          '--json',
        ],
        {
          PROBE_KEY: emu.apiKey,
        },
      );
      expect(fixed.code).toBe(0);
      const report = JSON.parse(fixed.stdout) as { results: { id: string; path: string; verdict: string }[] };
      expect(report.results).toEqual([
        expect.objectContaining({ id: 'products.get', path: '/open/v1/product/{id}', verdict: 'found' }),
      ]);
    },
  );

  it('refuses to run without an explicit key, and sends nothing', { timeout: 60_000 }, async () => {
    const { emu, url } = await serve();
    const none = await cli(['probe', 'trenz', '--base-url', url], { TRENZ_API_KEY: emu.apiKey });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/needs an explicit API key/);
    const empty = await cli(['probe', 'trenz', '--api-key-env', 'NOT_SET', '--base-url', url]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/NOT_SET is empty or not set/);
    expect(emu.faults.journal).toHaveLength(0);
  });

  it('stops after one request when the key is refused (exit 3)', { timeout: 60_000 }, async () => {
    const { emu, url } = await serve();
    const { code, stderr } = await cli(['probe', 'trenz', '--api-key', 'tz_wrong', '--base-url', url]);
    expect(code).toBe(3);
    expect(stderr).toMatch(/API key was refused/);
    expect(stderr).not.toContain('tz_wrong');
    expect(emu.faults.journal).toHaveLength(1);
  });
});
