/**
 * One emulator for all three APIs. `createEmulator()` gives msw handlers and an in-process undici dispatcher for
 * your own tests; `startEmulator()` serves the same behaviour on 127.0.0.1 for the demo, the examples and clients
 * in any language. Both share one {@link FaultPlan} (faults and a journal of every request).
 *
 * ```ts
 * const emu = await startEmulator();
 * const app = new TikTokShop(emu.clientOptions.tiktokShop);
 * const trenz = new Trenz(emu.clientOptions.trenz);
 * const ls = new LocalService(emu.clientOptions.localService);
 * await emu.close();
 * ```
 * @packageDocumentation
 */
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'msw';
import type { TokenSet } from '../tiktok-shop/schemas/auth.js';
import { EMULATOR_CREDENTIALS } from './credentials.js';
import { createMswDispatcher, type MswDispatcher } from './dispatcher.js';
import { emulatorIndexHandlers, EMULATOR_HOME_ORIGIN, originForPath } from './emulator-routes.js';
import { FaultPlan } from './faults.js';
import { inspectorPages } from './inspector/serve.js';
import {
  createLocalServiceEmulator,
  LOCAL_SERVICE_BASE_PATH,
  type LocalServiceEmulator,
  type LocalServiceEmulatorOptions,
} from './local-service/index.js';
import { serveHandlers } from './server.js';
import {
  TikTokShopEmulatorState,
  tiktokShopHandlers,
  tiktokShopSeedExamples,
  type TikTokShopEmulator,
  type TikTokShopEmulatorOptions,
} from './tiktok-shop/index.js';
import { createTrenzEmulator, type TrenzEmulator, type TrenzEmulatorOptions } from './trenz/index.js';

export { EMULATOR_CREDENTIALS } from './credentials.js';

/** Options of {@link createEmulator} and {@link startEmulator}: each API's own emulator options, and shared faults. */
export interface EmulatorOptions {
  tiktokShop?: TikTokShopEmulatorOptions;
  /** e.g. `{ taskDurationMs: 50 }` so AI tasks finish fast in tests (default 3 s). */
  trenz?: TrenzEmulatorOptions;
  /** e.g. `{ review: { afterReads: 1 } }` so a saved product passes review on its first read. */
  localService?: LocalServiceEmulatorOptions;
  /** Faults and request journal shared by every API. Default: a fresh plan. */
  faults?: FaultPlan;
}

/** Ready credentials on this emulator, beyond the static {@link EMULATOR_CREDENTIALS}. */
export interface EmulatorTokens {
  /** A new single-use TikTok Shop auth code (what the seller's redirect would carry), for `app.auth.getAccessToken`. */
  tiktokShopAuthCode(openId?: string): string;
  /** A TikTok Shop token set issued now, for `app.seller(tokens)` (skips OAuth). */
  tiktokShopTokens(openId?: string): TokenSet;
  /** The Trenz API key the emulator accepts. */
  readonly trenzApiKey: string;
  /** A Local Service bearer token the emulator always accepts. */
  readonly localServiceAccessToken: string;
}

/** Things the emulator holds that examples need and that are not credentials. */
export interface EmulatorSamples {
  /** A product id `shop.products.get()` finds in every shop of the default seller. */
  readonly tiktokShopProductId: string;
}

/** The three APIs in process: spread `clientOptions.*` into each client's constructor. */
export interface Emulator {
  /** Every handler of the three APIs, on their real hosts: for your own msw setup. */
  readonly handlers: RequestHandler[];
  readonly faults: FaultPlan;
  /** One in-process transport for the three APIs. */
  readonly dispatcher: MswDispatcher;
  readonly tiktokShop: TikTokShopEmulator;
  readonly trenz: TrenzEmulator;
  readonly localService: LocalServiceEmulator;
  readonly tokens: EmulatorTokens;
  readonly samples: EmulatorSamples;
  /** Options that reach this emulator in process (no network): `new TikTokShop(emu.clientOptions.tiktokShop)`. */
  readonly clientOptions: {
    tiktokShop: { appKey: string; appSecret: string; dispatcher: MswDispatcher };
    trenz: { apiKey: string; dispatcher: MswDispatcher };
    localService: { clientKey: string; clientSecret: string; merchantId: string; dispatcher: MswDispatcher };
  };
}

/** Creates the three emulators over one fault plan, for in-process use (msw handlers + undici dispatcher). */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const faults = options.faults ?? new FaultPlan();
  const tiktokShop = tiktokShopEmulator(options.tiktokShop ?? {}, faults);
  const trenz = createTrenzEmulator({ ...options.trenz, faults });
  const localService = createLocalServiceEmulator({ ...options.localService, faults });
  const handlers = [...tiktokShop.handlers, ...trenz.handlers, ...localService.handlers, ...emulatorIndexHandlers()];
  const dispatcher = createMswDispatcher(handlers, { faults });
  const ls = localServiceCredentials(localService);
  // The inspector masks these wherever they appear, beyond the credentials it recognizes by name.
  faults.inspector.redact(
    tiktokShop.state.appSecret,
    ...trenz.ctx.apiKeys,
    ls.clientSecret,
    EMULATOR_CREDENTIALS.localService.accessToken,
  );
  const tokens: EmulatorTokens = {
    tiktokShopAuthCode: (openId) => tiktokShop.state.createAuthCode(openId),
    tiktokShopTokens: (openId) => tiktokShop.state.issueTokens(openId),
    trenzApiKey: trenz.apiKey,
    localServiceAccessToken: EMULATOR_CREDENTIALS.localService.accessToken,
  };
  return {
    handlers,
    faults,
    dispatcher,
    tiktokShop,
    trenz,
    localService,
    tokens,
    samples: { tiktokShopProductId: tiktokShopSeedExamples.getProduct.data.id },
    clientOptions: {
      tiktokShop: { appKey: tiktokShop.state.appKey, appSecret: tiktokShop.state.appSecret, dispatcher },
      trenz: { apiKey: trenz.apiKey, dispatcher },
      localService: { ...ls, dispatcher },
    },
  };
}

/** Options of {@link startEmulator}. */
export interface StartEmulatorOptions extends EmulatorOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface to bind. Default `127.0.0.1`: never reachable from another machine unless you say so. */
  host?: string;
}

/** The emulator served over HTTP: point every client's base URL at `url` (`clientOptions` does it for you). */
export interface RunningEmulator extends Omit<Emulator, 'clientOptions' | 'dispatcher'> {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  readonly port: number;
  /** Options that reach this server over HTTP: `new Trenz(emu.clientOptions.trenz)`. */
  readonly clientOptions: {
    tiktokShop: { appKey: string; appSecret: string; baseURL: string; authBaseURL: string };
    trenz: { apiKey: string; baseURL: string };
    localService: { clientKey: string; clientSecret: string; merchantId: string; baseURL: string };
  };
  /** Stops listening and drops every connection. */
  close(): Promise<void>;
}

/**
 * Serves the three APIs on one loopback port. Their paths do not overlap, so each request is routed by its path
 * to the host its handlers are written for (TikTok Shop's two hosts, Trenz, Local Service).
 */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const { port, host, ...emulatorOptions } = options;
  const emu = createEmulator(emulatorOptions);
  const server = await serveHandlers(emu.handlers, {
    faults: emu.faults,
    pages: inspectorPages(emu.faults.inspector),
    origin: (request: IncomingMessage) => originForPath(request.url ?? '/'),
    ...(port !== undefined ? { port } : {}),
    ...(host !== undefined ? { host } : {}),
  });
  const { url } = server;
  // The in-process dispatcher and options are left out: over HTTP, clients reach the emulator by its URL.
  const { handlers, faults, tiktokShop, trenz, localService, tokens, samples } = emu;
  return {
    handlers,
    faults,
    tiktokShop,
    trenz,
    localService,
    tokens,
    samples,
    url,
    port: server.port,
    close: () => server.close(),
    clientOptions: {
      tiktokShop: {
        appKey: emu.tiktokShop.state.appKey,
        appSecret: emu.tiktokShop.state.appSecret,
        baseURL: url,
        authBaseURL: url,
      },
      trenz: { apiKey: emu.trenz.apiKey, baseURL: url },
      localService: { ...localServiceCredentials(emu.localService), baseURL: `${url}${LOCAL_SERVICE_BASE_PATH}` },
    },
  };
}

/** The client credentials this Local Service emulator accepts (its first merchant). */
function localServiceCredentials(emu: LocalServiceEmulator): { clientKey: string; clientSecret: string; merchantId: string } {
  const [merchantId = EMULATOR_CREDENTIALS.localService.merchantId] = emu.state.merchantIds;
  return { clientKey: emu.state.clientKey, clientSecret: emu.state.clientSecret, merchantId };
}

/** The TikTok Shop emulator on a shared fault plan (its own factory always makes a fresh one). */
function tiktokShopEmulator(options: TikTokShopEmulatorOptions, faults: FaultPlan): TikTokShopEmulator {
  const state = new TikTokShopEmulatorState(options);
  const handlers = tiktokShopHandlers(state);
  const dispatcher = createMswDispatcher(handlers, { faults });
  return { state, handlers, faults, dispatcher, clientOptions: { appKey: state.appKey, appSecret: state.appSecret, dispatcher } };
}

export { EMULATOR_HOME_ORIGIN, originForPath };
