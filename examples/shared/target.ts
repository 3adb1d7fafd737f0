/**
 * Where the examples send their requests: the real API when its credentials are in the environment, else the
 * emulator (started on 127.0.0.1 on first need, no credentials, no network). Each API is decided on its own.
 *
 * In your own code you need none of this: `new TikTokShop({ appKey, appSecret })`, `new Trenz()` (reads
 * TRENZ_API_KEY) and `new LocalService({ accessToken })` talk to the real APIs by default.
 */
import { startEmulator, type RunningEmulator } from '../../src/testing/index.js';
import type { LocalServiceOptions } from '../../src/local-service/index.js';
import type { TikTokShop, TikTokShopOptions, TikTokShopSeller } from '../../src/tiktok-shop/index.js';
import type { TrenzOptions } from '../../src/trenz/index.js';

/** Real APIs are only changed (publish, AI credits, coupon products) when this is `1`: a demo must not surprise. */
export const ALLOW_WRITES_VAR = 'SOCIAL_COMMERCE_ALLOW_WRITES';

export interface Target<O> {
  /** True when talking to the real API. */
  real: boolean;
  /** Spread into the client's constructor. */
  options: O;
  /** One line for the report, e.g. `emulator at http://127.0.0.1:4010`. Never holds a secret. */
  describe: string;
  /** Whether this example may create, publish or spend on this target (always on the emulator). */
  writes: boolean;
}

export interface Targets {
  tiktokShop: Target<TikTokShopOptions> & {
    /** OAuth on the emulator (a fresh auth code) or with TIKTOK_SHOP_AUTH_CODE; else TIKTOK_SHOP_ACCESS_TOKEN. */
    authorize(app: TikTokShop): Promise<{ seller: TikTokShopSeller; how: string }>;
    /** A product to read: TIKTOK_SHOP_PRODUCT_ID, or the emulator's sample (undefined on a real API without it). */
    productId: string | undefined;
  };
  trenz: Target<TrenzOptions> & {
    /** Poll faster on the emulator, so the demo does not wait on production intervals. */
    pollInterval: number | undefined;
  };
  localService: Target<LocalServiceOptions> & { merchantId: string };
  /** The emulator, if one was started (it was unless every API has real credentials). */
  emulator: RunningEmulator | undefined;
  close(): Promise<void>;
}

const env = (name: string): string | undefined => process.env[name]?.trim() || undefined;

/** Where credentials from the environment lead: the production API, or the host a base URL variable names. */
const realAt = (credential: string, baseURLVariable: string): string => {
  const host = env(baseURLVariable);
  return host ? `${credential} on ${host} (${baseURLVariable})` : `real API (${credential})`;
};

/** Decides each API's target, starting the emulator when at least one API has no credentials. */
export async function connect(): Promise<Targets> {
  const writes = env(ALLOW_WRITES_VAR) === '1';
  const tts = {
    key: env('TIKTOK_SHOP_APP_KEY'),
    secret: env('TIKTOK_SHOP_APP_SECRET'),
    code: env('TIKTOK_SHOP_AUTH_CODE'),
    token: env('TIKTOK_SHOP_ACCESS_TOKEN'),
  };
  const ttsReal = Boolean(tts.key && tts.secret && (tts.code || tts.token));
  const trenzReal = Boolean(env('TRENZ_API_KEY'));
  const lsToken = env('LOCAL_SERVICE_ACCESS_TOKEN');
  const ls = {
    key: env('LOCAL_SERVICE_CLIENT_KEY'),
    secret: env('LOCAL_SERVICE_CLIENT_SECRET'),
    merchant: env('LOCAL_SERVICE_MERCHANT_ID'),
  };
  const lsReal = Boolean(ls.merchant && (lsToken || (ls.key && ls.secret)));

  const emulator = ttsReal && trenzReal && lsReal ? undefined : await startEmulator();
  const emu = (): RunningEmulator => emulator!; // only called for an API that is not real, so the emulator exists
  const onEmulator = emulator ? `emulator at ${emulator.url}` : '';

  return {
    tiktokShop: {
      real: ttsReal,
      writes: !ttsReal || writes,
      options: ttsReal ? { appKey: tts.key, appSecret: tts.secret } : emu().tiktokShop.clientOptions,
      describe: ttsReal ? realAt('TIKTOK_SHOP_APP_KEY', 'TIKTOK_SHOP_BASE_URL') : onEmulator,
      productId: env('TIKTOK_SHOP_PRODUCT_ID') ?? (ttsReal ? undefined : emu().samples.tiktokShopProductId),
      async authorize(app) {
        if (!ttsReal || tts.code) {
          // The redirect to your callback carries ?code=...; on the emulator we mint one.
          const tokens = await app.auth.getAccessToken({ auth_code: tts.code ?? emu().tokens.tiktokShopAuthCode() });
          return {
            seller: app.seller(tokens.open_id),
            how: `authorized by OAuth code as ${tokens.seller_name ?? tokens.open_id}`,
          };
        }
        // A token obtained elsewhere: no refresh token, so the SDK asks you to re-authorize when it expires.
        const seller = app.seller({
          access_token: tts.token!,
          access_token_expire_in: Math.floor(Date.now() / 1000) + 3600,
          refresh_token: env('TIKTOK_SHOP_REFRESH_TOKEN') ?? 'none',
          refresh_token_expire_in: Math.floor(Date.now() / 1000) + 3600,
          open_id: env('TIKTOK_SHOP_OPEN_ID') ?? 'seller-from-env',
        });
        return { seller, how: 'seller from TIKTOK_SHOP_ACCESS_TOKEN (OAuth skipped)' };
      },
    },
    trenz: {
      real: trenzReal,
      writes: !trenzReal || writes,
      options: trenzReal ? {} : emu().trenz.clientOptions, // new Trenz() reads TRENZ_API_KEY itself
      describe: trenzReal ? realAt('TRENZ_API_KEY', 'TRENZ_BASE_URL') : onEmulator,
      pollInterval: trenzReal ? undefined : 250,
    },
    localService: {
      real: lsReal,
      writes: !lsReal || writes,
      merchantId: lsReal ? ls.merchant! : emu().localService.clientOptions.merchantId,
      options: !lsReal
        ? emu().localService.clientOptions
        : lsToken
          ? { accessToken: lsToken }
          : { clientKey: ls.key!, clientSecret: ls.secret!, merchantId: ls.merchant! },
      describe: lsReal
        ? realAt(lsToken ? 'LOCAL_SERVICE_ACCESS_TOKEN' : 'LOCAL_SERVICE_CLIENT_KEY', 'LOCAL_SERVICE_BASE_URL')
        : onEmulator,
    },
    emulator,
    close: async () => emulator?.close(),
  };
}

/** The line an example prints instead of changing a real account without consent. */
export function skippedWrite(what: string): string {
  return `skipped on the real API: ${what} (set ${ALLOW_WRITES_VAR}=1 to allow)`;
}
