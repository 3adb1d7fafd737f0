/**
 * Headless Chromium for the inspector's browser test and screenshot: Debian's `chromium` package (installed by
 * scripts/ensure-chromium.sh, the way with-redis.sh installs Redis), driven by playwright-core. The flags keep it
 * from reaching the network (the test machines have none): no QUIC, no background updates, sync or first-run work.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ENSURE_SCRIPT = resolve(fileURLToPath(import.meta.url), '../../../scripts/ensure-chromium.sh');

/** Installs Chromium when missing and allowed (root with apt-get); otherwise throws the script's explanation. */
export function ensureChromium(): void {
  execFileSync(ENSURE_SCRIPT, { stdio: ['ignore', 'inherit', 'inherit'] });
}

export interface LaunchedChromium {
  readonly context: BrowserContext;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** A fresh browser with its own throwaway profile. */
export async function launchChromium(viewport = { width: 1280, height: 800 }): Promise<LaunchedChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'sc-inspector-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
