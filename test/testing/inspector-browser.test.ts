/**
 * The inspector page in a real browser: headless Chromium (Debian's package; scripts/ensure-chromium.sh installs it
 * on a fresh CI machine, as with-redis.sh does for Redis) loads the page, requests arrive over the event stream
 * (no reload), and the test reads what a developer would read.
 */
import type { Page } from 'playwright-core';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/testing/index.js';
import { signRequest } from '../../src/tiktok-shop/signer.js';
import { Trenz } from '../../src/trenz/index.js';
import { ensureChromium, launchChromium, type LaunchedChromium } from './chromium.js';
import { sendBadSignature } from './inspector-traffic.js';

let emu: RunningEmulator;
let browser: LaunchedChromium;
let page: Page;
let navigations = 0;

beforeAll(async () => {
  ensureChromium(); // may run apt-get on a fresh machine: hence the long hook timeout
  emu = await startEmulator();
  browser = await launchChromium();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations++;
  });
  await page.goto(`${emu.url}/`);
  await page.locator('#live[data-state="live"]').waitFor();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await emu?.close();
});

const field = (name: string) => page.locator(`#detail [data-field="${name}"]`);

describe('inspector page in Chromium', () => {
  it('shows the expected and the received signature of a bad-signature request, without a reload', async () => {
    const { seq, received } = await sendBadSignature(emu);
    const row = page.locator(`tr[data-seq="${seq}"]`);
    await row.locator('td[data-field="verdict"]', { hasText: 'bad signature' }).waitFor();
    await row.click();
    await expect.poll(() => field('received-sign').textContent()).toBe(received);

    const entry = emu.faults.journal.find((e) => e.seq === seq)!;
    const url = new URL(entry.url);
    const computed = signRequest({
      appSecret: emu.tiktokShop.clientOptions.appSecret,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      contentType: 'application/json',
    });
    expect(await field('expected-sign').textContent()).toBe(computed);
    expect(emu.faults.inspector.get(seq)!.signature!.expected).toBe(computed);
    expect(computed).not.toBe(received);
    expect(await field('rule').textContent()).toContain('Failed check: bad signature');
    expect(navigations).toBe(1); // the first load only: the row came over the event stream
  });

  it('masks the app secret in the string to sign and never has it in the DOM', async () => {
    const secret = emu.tiktokShop.clientOptions.appSecret;
    const stringToSign = await field('string-to-sign').textContent();
    expect(stringToSign).toMatch(/^<app_secret>\/authorization\/202309\/shopsapp_key.+timestamp\d+<app_secret>$/);
    expect(await field('secret').textContent()).toBe(`${secret.slice(0, 2)}•••`);
    expect(await page.content()).not.toContain(secret);
    expect(await page.content()).not.toContain(emu.tokens.trenzApiKey);
  });

  it('adds each new request at the top as it arrives', async () => {
    const rows = page.locator('#rows tr');
    const before = await rows.count();
    await new Trenz({ ...emu.trenz.clientOptions, logLevel: 'off' }).account.get();
    await expect.poll(() => rows.count()).toBe(before + 1);
    const top = rows.first();
    await top.locator('td[data-field="verdict"]', { hasText: 'ok' }).waitFor();
    expect(await top.locator('td.path').textContent()).toBe('/open/v1/account');
    expect(await top.locator('td.route').textContent()).toBe('account.get');
    expect(navigations).toBe(1);
  });

  it('shows markup sent in a query, a header or a body as text, and runs none of it', async () => {
    const payload = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>';
    const res = await request(`${emu.url}/open/v1/ads/accounts/list?keyword=${encodeURIComponent(payload)}`, {
      method: 'POST',
      headers: { 'x-api-key': emu.tokens.trenzApiKey, 'content-type': 'application/json', 'x-note': payload },
      body: JSON.stringify({ keyword: payload }),
    });
    await res.body.dump();
    const seq = emu.faults.journal.at(-1)!.seq;
    await page.locator(`tr[data-seq="${seq}"] td[data-field="verdict"]`, { hasText: 'ok' }).waitFor();
    await page.locator(`tr[data-seq="${seq}"]`).click();
    await expect.poll(() => field('body').textContent()).toContain(payload.replaceAll('"', '\\"'));
    expect(await page.locator('#detail').textContent()).toContain(payload); // the query and header, verbatim
    expect(await page.locator('#detail img, #detail script').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
  });
});
