/**
 * Every example runs against the emulator, as a user would run it (`tsx examples/<file>.ts`), so none rots.
 * Real credentials are removed from the environment: these runs never leave 127.0.0.1.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const REAL_CREDENTIALS = /^(TRENZ_|TIKTOK_SHOP_|LOCAL_SERVICE_|SOCIAL_COMMERCE_ALLOW_WRITES)/;

/** Runs an example with tsx, no real credentials, bounded in time; resolves with its output and exit code. */
async function runExample(file: string, args: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !REAL_CREDENTIALS.test(name)));
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', `examples/${file}`, ...args], {
      env,
      timeout: 40_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof failed.code === 'number' ? failed.code : 1,
      stdout: failed.stdout ?? '',
      stderr: failed.stderr ?? String(error),
    };
  }
}

/** What each example must print; a new example without an entry here fails the last test. */
const expectations: Record<string, RegExp[]> = {
  'quickstart.ts': [
    /TikTok Shop +emulator at http:\/\/127\.0\.0\.1:\d+/,
    /seller +authorized by OAuth code/,
    /Emulator US Shop: 500 orders synced in 5 pages/,
    /Emulator UK Shop: 30 orders synced in 1 page/,
    /product +1729592969712207008/,
    /AI video +task \S+ done in/,
    /upload +6\.0 MB sent/,
    /publish +session completed: 4687 published, 5678 scheduled/,
    /save +demo-hotpot-\S+ submitted for review/,
    /delist +demo-hotpot-\S+ is off the shelf/,
    /Done in/,
  ],
  'tiktok-shop-fulfillment.ts': [
    /Ship Package is shop\.fulfillment\.shipPackage\(packageId, params\)/,
    /Emulator US Shop 56 orders awaiting shipment/,
    /ship +56 packages shipped/,
    /confirm +56\/56 orders now IN_TRANSIT with their tracking number/,
    /confirm +4\/4 orders now IN_TRANSIT/,
  ],
  'tiktok-shop-order-sync.ts': [/500 orders \(first full sync\)/, /30 orders \(first full sync\)/, /token refreshes: 1/],
  'webhooks.ts': [/signed order event +-> HTTP 200/, /re-serialized order event -> HTTP 401/, /local service event +-> HTTP 200/],
  'trenz-ai-video.ts': [/submitted task \S+ \(300 credits\)/, /veo3 +done: https:\/\//],
  'trenz-publish-video.ts': [
    /upload +6\.0 MB uploaded/,
    /account 4687 +published now/,
    /account 5678 +scheduled/,
    /: completed$/m,
  ],
  'express-webhook-receiver.ts': [
    /order event +-> HTTP 200/,
    /the same event again +-> HTTP 200/,
    /duplicate 7327112393057371910: already taken/,
    /handled +order 576461413038785752: ship it/,
    /handled +package 1153132168123859123 of order 576461413038785753 changed/,
    /forged signature +-> HTTP 401/,
  ],
  'order-sync-resume.ts': [
    /run 1: simulated crash after page 2; 100 orders saved/,
    /run 2: resumed from the stored cursor: \d+ more pages, \d+ more orders/,
    /done: +\d+ orders updated in the last 7 days, 0 read twice, 0 outside the filter/,
  ],
  'local-service-coupon.ts': [/saved hotpot-for-two-\S+: submitted for review/, /reviewed: status/, /delisted hotpot-for-two-/],
  // Needs Redis (CI runs the tests under scripts/with-redis.sh); a small fleet here, 200 shops by default.
  'fleet-sync.ts': [
    /fleet +12 shops x 300 orders/,
    /progress +\d+ s +12\/12 shops done +3600 orders/,
    /synced +3600\/3600 orders of 12 shops \(0 failed\)/,
  ],
};
/** Arguments of the examples that take some. */
const args: Record<string, string[]> = {
  'fleet-sync.ts': ['--shops', '12', '--orders', '300', '--workers', '2', '--budget', '5'],
};
/** Examples that need a Redis in REDIS_URL. */
const needsRedis = new Set(['fleet-sync.ts']);

async function expectReport(file: string, patterns: RegExp[]): Promise<void> {
  const { code, stdout, stderr } = await runExample(file, args[file]);
  expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
  for (const pattern of patterns) expect(stdout).toMatch(pattern);
  // Output is not a terminal here: plain lines only, no carriage-return redraws.
  expect(stdout).not.toContain('\r');
}

// The Redis examples start worker processes of their own: they run on their own, not alongside the others.
describe('examples that need Redis', () => {
  for (const file of needsRedis) {
    it.skipIf(!process.env.REDIS_URL)(`${file} exits 0 and prints its report`, { timeout: 60_000 }, () =>
      expectReport(file, expectations[file]!),
    );
  }
});

describe.concurrent('examples run against the emulator with no credentials', () => {
  for (const [file, patterns] of Object.entries(expectations)) {
    if (needsRedis.has(file)) continue;
    it(`${file} exits 0 and prints its report`, { timeout: 60_000 }, () => expectReport(file, patterns));
  }

  // Written from the docs alone, as a user under `strict: true` would: they compile (npm run typecheck) with no cast
  // (`x as T`, `<T>x`) and no non-null assertion (`x!`), read from the syntax tree so strings and comments never count.
  it.each(['express-webhook-receiver.ts', 'order-sync-resume.ts'])('%s uses no cast', (file) => {
    const source = ts.createSourceFile(file, readFileSync(`examples/${file}`, 'utf8'), ts.ScriptTarget.Latest, true);
    const casts: string[] = [];
    const visit = (node: ts.Node): void => {
      const isConst = ts.isAsExpression(node) && ts.isTypeReferenceNode(node.type) && node.type.getText() === 'const';
      if ((ts.isAsExpression(node) && !isConst) || ts.isTypeAssertionExpression(node) || ts.isNonNullExpression(node))
        casts.push(node.getText());
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(casts).toEqual([]);
  });

  it('every file in examples/ is covered above', () => {
    const files = readdirSync('examples').filter((f) => f.endsWith('.ts'));
    expect(files.sort()).toEqual(Object.keys(expectations).sort());
  });
});
