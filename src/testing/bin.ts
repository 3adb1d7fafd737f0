#!/usr/bin/env node
/**
 * `social-commerce-emulator [--port 4010] [--host 127.0.0.1] [--now <date>] [--json]`: the three APIs' emulator over
 * HTTP, for code in any language. Prints the URL, the `export` lines that point the SDK's clients at it with no
 * code change, the emulator's test credentials (never real ones), a TikTok Shop access token issued at start and
 * where to get auth codes, then serves until Ctrl+C. `--json` prints the same as one JSON line, for scripts.
 * @packageDocumentation
 */
import { parseArgs } from 'node:util';

const USAGE = `Usage: social-commerce-emulator [--port 4010] [--host 127.0.0.1] [--now <date>] [--task-duration 3000] [--json]

Serves the TikTok Shop, Trenz and Local Service emulators on one port. Export the lines it prints and the
SDK's clients reach it with no code change.
  --port           port to listen on (default 4010; 0 picks a free one)
  --host           interface to bind (default 127.0.0.1, this machine only)
  --now            the instant the data is dated against, ISO 8601 (e.g. 2026-01-15T00:00:00Z); default: now.
                   The same --now gives the same data on every run; the emulator's clock keeps running.
  --task-duration  how long a Trenz AI task runs, in ms (default 3000)
  --json           print the URL, environment and credentials as one JSON line instead of text`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      'task-duration': { type: 'string', default: '3000' },
      now: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return void console.log(USAGE);
  const port = Number(values.port);
  const taskDurationMs = Number(values['task-duration']);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port must be 0-65535, got ${values.port}`);
  if (!Number.isFinite(taskDurationMs) || taskDurationMs < 0)
    throw new UsageError(`--task-duration must be ms >= 0, got ${values['task-duration']}`);
  const now = values.now === undefined ? undefined : Date.parse(values.now);
  if (now !== undefined && !Number.isFinite(now))
    throw new UsageError(`--now must be an ISO 8601 date such as 2026-01-15T00:00:00Z, got ${values.now}`);

  // Loaded here, not at the top: msw is an optional peer, and a missing one deserves a sentence, not a stack.
  const { emulatorEnv, exportLines, startEmulator, TIKTOK_SHOP_AUTHORIZE_PATH } = await import('./emulator.js').catch(
    (error: unknown) => {
      if (isMissingMsw(error)) throw new UsageError('the emulator needs msw: npm install --save-dev msw');
      throw error;
    },
  );
  const emu = await startEmulator({ port, host: values.host, trenz: { taskDurationMs }, ...(now !== undefined ? { now } : {}) });
  const tokens = emu.tokens.tiktokShopTokens();
  const tiktokShop = emu.tiktokShop.clientOptions;
  const trenz = emu.trenz.clientOptions;
  const localService = emu.localService.clientOptions;
  const [shopCipher] = emu.tiktokShop.state.sellers.get(tokens.open_id)?.shops.map((s) => s.cipher) ?? [];
  const env = emulatorEnv(emu);
  const authorizeURL = `${emu.url}${TIKTOK_SHOP_AUTHORIZE_PATH}?service_id=emulator&state=`;
  const info = {
    url: emu.url,
    env,
    dataDatedAt: new Date(emu.tiktokShop.state.dataNow * 1000).toISOString(),
    tiktokShop: { ...tiktokShop, accessToken: tokens.access_token, openId: tokens.open_id, shopCipher, authorizeURL },
    trenz,
    localService: { ...localService, accessToken: emu.tokens.localServiceAccessToken },
  };
  if (values.json) console.log(JSON.stringify(info));
  else {
    console.log(`social-commerce-sdk emulator listening on ${emu.url} (test credentials only; Ctrl+C to stop)
Data dated against ${info.dataDatedAt} (orders over the 30 days before it).

Point the SDK at it with no code change: export these where your code runs.
${exportLines(env).join('\n')}

  TikTok Shop    baseURL and authBaseURL ${emu.url}
                 app_key ${tiktokShop.appKey}  app_secret ${tiktokShop.appSecret}
                 x-tts-access-token ${tokens.access_token}  shop_cipher ${shopCipher ?? '-'}
                 auth code: curl '${authorizeURL}xyz' (a fresh one on every request; add
                 &redirect_uri=<your callback> to be redirected there with ?code=...&state=xyz)
  Trenz          baseURL ${trenz.baseURL}  X-API-Key ${trenz.apiKey}
  Local Service  baseURL ${localService.baseURL}  Authorization: Bearer ${emu.tokens.localServiceAccessToken}
                 or client_key ${localService.clientKey}  client_secret ${localService.clientSecret}  merchant_id ${localService.merchantId}
  GET ${emu.url}/ describes all of this as JSON.`);
  }

  const stop = (): void => {
    emu.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** A mistake in how the bin was called: printed with the usage, exit code 2. */
class UsageError extends Error {}

function isMissingMsw(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ERR_MODULE_NOT_FOUND' && /'msw/.test(error.message);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`social-commerce-emulator: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  // EADDRINUSE and the like: one line, not a stack.
  console.error(`social-commerce-emulator: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
