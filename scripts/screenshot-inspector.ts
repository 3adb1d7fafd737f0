/**
 * docs/images/inspector.png: the inspector page after a short session against the emulator (signed TikTok Shop
 * calls, one with a wrong app secret, an expired token, a missing shop_cipher; Trenz and Local Service calls with
 * good and bad credentials), the bad signature selected. Run: `npx tsx scripts/screenshot-inspector.ts`.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium, launchChromium } from '../test/testing/chromium.js';
import { sendSampleTraffic } from '../test/testing/inspector-traffic.js';
import { startEmulator } from '../src/testing/index.js';

const OUT = resolve(fileURLToPath(import.meta.url), '../../docs/images/inspector.png');

ensureChromium();
// The bin's default port, so the picture shows the URL the docs use; any free port if it is taken.
const emu = await startEmulator({ port: 4010, trenz: { taskDurationMs: 10 } }).catch(() =>
  startEmulator({ trenz: { taskDurationMs: 10 } }),
);
const browser = await launchChromium({ width: 1440, height: 860 });
try {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${emu.url}/`);
  await page.locator('#live[data-state="live"]').waitFor();
  const { badSignSeq, last } = await sendSampleTraffic(emu);
  await page.locator(`tr[data-seq="${last}"]`).waitFor();
  await page.locator(`tr[data-seq="${badSignSeq}"]`).click();
  await page.locator('[data-field="expected-sign"]').waitFor();
  await page.screenshot({ path: OUT });
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  await emu.close();
}
