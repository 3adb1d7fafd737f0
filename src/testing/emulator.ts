/**
 * One emulator for all three APIs. `createEmulator()` gives msw handlers and an in-process undici dispatcher for
 * your own tests; `startEmulator()` serves the same behaviour on 127.0.0.1 for the demo, the examples and clients
 * in any language. Both share one {@link FaultPlan} (faults and a journal of every request).
 *
 * Every emulator, per API or combined, in process or served, has one way to reach it: the API's
 * `clientOptions`, passed to that API's client.
 *
 * ```ts
 * const emu = await startEmulator();
 * const app = new TikTokShop(emu.tiktokShop.clientOptions);
 * const trenz = new Trenz(emu.trenz.clientOptions);
 * const ls = new LocalService(emu.localService.clientOptions);
 * await emu.close();
 * ```
 * @packageDocumentation
 */
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'msw';
import type { TokenSet } from '../tiktok-shop/schemas/auth.js';
import { EMULATOR_CREDENTIALS } from './credentials.js';
import type { EmulatorNow } from './data-clock.js';
import { createMswDispatcher, type MswDispatcher } from './dispatcher.js';
import { emulatorIndexHandlers, EMULATOR_HOME_ORIGIN, originForPath } from './emulator-routes.js';
import { FaultPlan } from './faults.js';
import {
  createLocalServiceEmulator,
  LOCAL_SERVICE_BASE_PATH,
  localServiceClientOptions,
  type LocalServiceEmulator,
  type LocalServiceEmulatorOptions,
} from './local-service/index.js';
import { serveHandlers } from './server.js';
import {
  createTikTokShopEmulator,
  tiktokShopClientOptions,
  tiktokShopSeedExamples,
  type TikTokShopEmulator,
  type TikTokShopEmulatorOptions,
} from './tiktok-shop/index.js';
import { createTrenzEmulator, type TrenzEmulator, type TrenzEmulatorOptions } from './trenz/index.js';

export { EMULATOR_CREDENTIALS } from './credentials.js';
export { emulatorEnv, exportLines } from './emulator-env.js';
export type { EmulatorNow } from './data-clock.js';

/** Options of {@link createEmulator} and {@link startEmulator}: each API's own emulator options, and shared faults. */
export interface EmulatorOptions {
  tiktokShop?: TikTokShopEmulatorOptions;
  /** e.g. `{ taskDurationMs: 50 }` so AI tasks finish fast in tests (default 3 s). */
  trenz?: TrenzEmulatorOptions;
  /** e.g. `{ review: { afterReads: 1 } }` so a saved product passes review on its first read. */
  localService?: LocalServiceEmulatorOptions;
  /** Faults and request journal shared by every API. Default: a fresh plan. */
  faults?: FaultPlan;
  /**
   * The instant every API's data is dated against (TikTok Shop orders over the 30 days before it, Trenz reviews
   * over 90). Default: when the emulator is created. Pin it (`new Date('2026-01-15T00:00:00Z')`) for data that is the
   * same on every run; the emulator's clock keeps running (signatures, token expiry, tasks). An API's own `now` wins.
   */
  now?: EmulatorNow;
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

/** The three APIs in process: `new TikTokShop(emu.tiktokShop.clientOptions)`, and so on for each API. */
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
}

/** Creates the three emulators over one fault plan, for in-process use (msw handlers + undici dispatcher). */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const faults = options.faults ?? new FaultPlan();
  const now = options.now ?? Date.now();
  const tiktokShop = createTikTokShopEmulator({ now, ...options.tiktokShop, faults });
  const trenz = createTrenzEmulator({ now, ...options.trenz, faults });
  const localService = createLocalServiceEmulator({ ...options.localService, faults });
  const handlers = [...tiktokShop.handlers, ...trenz.handlers, ...localService.handlers, ...emulatorIndexHandlers()];
  // One dispatcher for the three APIs: each API's in-process options carry it, so one client's requests and
  // another's land in the same journal in order.
  const dispatcher = createMswDispatcher(handlers, { faults });
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
    tiktokShop: withClientOptions(tiktokShop, { ...tiktokShop.clientOptions, dispatcher }),
    trenz: withClientOptions(trenz, { ...trenz.clientOptions, dispatcher }),
    localService: withClientOptions(localService, { ...localService.clientOptions, dispatcher }),
    tokens,
    samples: { tiktokShopProductId: tiktokShopSeedExamples.getProduct.data.id },
  };
}

/** Options of {@link startEmulator}. */
export interface StartEmulatorOptions extends EmulatorOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface to bind. Default `127.0.0.1`: never reachable from another machine unless you say so. */
  host?: string;
}

/**
 * The emulator served over HTTP. Each API's `clientOptions` point at `url` (`new Trenz(emu.trenz.clientOptions)`);
 * code in another process reaches it through the environment instead (`TRENZ_BASE_URL=<url>`: `emulatorEnv(emu)`).
 */
export interface RunningEmulator extends Omit<Emulator, 'dispatcher'> {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  readonly port: number;
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
    origin: (request: IncomingMessage) => originForPath(request.url ?? '/'),
    ...(port !== undefined ? { port } : {}),
    ...(host !== undefined ? { host } : {}),
  });
  const { url } = server;
  // The combined dispatcher is left out: over HTTP, clients reach the emulator by its URL.
  const { handlers, faults, tiktokShop, trenz, localService, tokens, samples } = emu;
  return {
    handlers,
    faults,
    tiktokShop: withClientOptions(tiktokShop, tiktokShopClientOptions(tiktokShop.state, { baseURL: url, authBaseURL: url })),
    trenz: withClientOptions(trenz, { apiKey: trenz.apiKey, baseURL: url }),
    localService: withClientOptions(
      localService,
      localServiceClientOptions(localService.state, { baseURL: `${url}${LOCAL_SERVICE_BASE_PATH}` }),
    ),
    tokens,
    samples,
    url,
    port: server.port,
    close: () => server.close(),
  };
}

/**
 * The same emulator with other client options. Property descriptors are copied, not values, so a getter (Local
 * Service's `webhooks`) keeps reading the live state.
 */
function withClientOptions<E extends { clientOptions: object }>(emulator: E, clientOptions: E['clientOptions']): E {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(emulator)) as E;
  return Object.defineProperty(copy, 'clientOptions', { value: clientOptions, enumerable: true });
}

export { EMULATOR_HOME_ORIGIN, originForPath };
export { TIKTOK_SHOP_AUTHORIZE_PATH } from './tiktok-shop/index.js';
