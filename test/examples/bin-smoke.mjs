// CI, after `npm run build`: the published bin (dist/testing/bin.js) answers a signed TikTok Shop request from curl.
// Plain Node on purpose: it checks the built files exactly as `npx social-commerce-emulator` would run them.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { signRequest } from '../../dist/tiktok-shop/index.js';

const bin = spawn(process.execPath, ['dist/testing/bin.js', '--port', '0', '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
const timer = setTimeout(() => fail('the bin printed nothing within 10 s'), 10_000);
function fail(message) {
  console.error(`bin smoke test failed: ${message}`);
  bin.kill();
  process.exit(1);
}
try {
  const [first] = await once(createInterface({ input: bin.stdout }), 'line');
  clearTimeout(timer);
  const { url, tiktokShop } = JSON.parse(first);
  const path = '/authorization/202309/shops';
  const query = { app_key: tiktokShop.appKey, timestamp: String(Math.floor(Date.now() / 1000)) };
  const sign = signRequest({ appSecret: tiktokShop.appSecret, path, query });
  const target = `${url}${path}?${new URLSearchParams({ ...query, sign })}`;
  const out = execFileSync(
    'curl',
    [
      '-sS',
      '--max-time',
      '10',
      target,
      '-H',
      `x-tts-access-token: ${tiktokShop.accessToken}`,
      '-H',
      'content-type: application/json',
    ],
    { encoding: 'utf8' },
  );
  const body = JSON.parse(out);
  if (body.code !== 0 || !Array.isArray(body.data?.shops) || body.data.shops.length === 0) fail(`unexpected answer: ${out}`);
  console.log(
    `bin answered a signed curl request: code ${body.code}, ${body.data.shops.length} shops, request_id ${body.request_id}`,
  );
  bin.kill('SIGTERM');
  const [code] = await once(bin, 'exit');
  if (code !== 0) fail(`the bin exited with ${code} on SIGTERM`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
