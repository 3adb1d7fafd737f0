/**
 * The environment that points code at a served emulator with no code change: every client reads its base URL
 * from the environment (`TRENZ_BASE_URL`...), and its credentials where the client reads them too.
 */
import { LOCAL_SERVICE_BASE_PATH } from './local-service/fixtures.js';

/** What {@link emulatorEnv} reads: a served emulator's URL and its test credentials. */
export interface EmulatorEnvSource {
  readonly url: string;
  readonly tiktokShop: { readonly clientOptions: { appKey: string; appSecret: string } };
  readonly trenz: { readonly clientOptions: { apiKey: string } };
  readonly localService: { readonly clientOptions: { clientKey: string; clientSecret: string; merchantId: string } };
  readonly tokens: { readonly localServiceAccessToken: string };
}

/**
 * Variables to export so that `new TikTokShop()`, `new Trenz()` and `new LocalService(...)` reach this emulator:
 * the four base URLs, and the test credentials under the names the clients (and the README's examples) read.
 * Only the emulator's own test credentials: none of them is a secret.
 */
export function emulatorEnv(emu: EmulatorEnvSource): Record<string, string> {
  const { tiktokShop, trenz, localService } = emu;
  return {
    TIKTOK_SHOP_BASE_URL: emu.url,
    TIKTOK_SHOP_AUTH_BASE_URL: emu.url,
    TRENZ_BASE_URL: emu.url,
    LOCAL_SERVICE_BASE_URL: `${emu.url}${LOCAL_SERVICE_BASE_PATH}`,
    TIKTOK_SHOP_APP_KEY: tiktokShop.clientOptions.appKey,
    TIKTOK_SHOP_APP_SECRET: tiktokShop.clientOptions.appSecret,
    TRENZ_API_KEY: trenz.clientOptions.apiKey,
    LOCAL_SERVICE_ACCESS_TOKEN: emu.tokens.localServiceAccessToken,
    LOCAL_SERVICE_MERCHANT_ID: localService.clientOptions.merchantId,
    LOCAL_SERVICE_CLIENT_KEY: localService.clientOptions.clientKey,
    LOCAL_SERVICE_CLIENT_SECRET: localService.clientOptions.clientSecret,
  };
}

/** `export NAME=value` lines for a POSIX shell (values are quoted only when they need it). */
export function exportLines(env: Record<string, string>): string[] {
  return Object.entries(env).map(
    ([name, value]) => `export ${name}=${/^[\w@%+=:,./-]*$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`}`,
  );
}
