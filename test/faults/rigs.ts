/**
 * Clients wired to fresh emulators, either in process (the msw dispatcher: real transport, retry and decode code,
 * no socket) or over loopback HTTP (real undici sockets, for resets, slow headers and cut bodies). Every client
 * logs at debug level into a capturing logger, with short timeouts and retry waits so each wait is bounded.
 */
import {
  createTikTokShopEmulator,
  TIKTOK_SHOP_TEST_OPEN_ID,
  TIKTOK_SHOP_TEST_SHOP_CIPHER,
  tiktokShopServeOrigin,
  type TikTokShopEmulator,
} from '../../src/testing/tiktok-shop/index.js';
import { serveHandlers, type EmulatorServer } from '../../src/testing/server.js';
import {
  createTrenzEmulator,
  publishStore,
  uploadStore,
  type TrenzEmulator,
  type TrenzPublishStore,
  type TrenzUploadStore,
} from '../../src/testing/trenz/index.js';
import { TikTokShop, type TikTokShopShop } from '../../src/tiktok-shop/index.js';
import { Trenz } from '../../src/trenz/index.js';
import { CapturingLogger, secretsOnTheWire, type Secret } from './capture.js';

export type Transport = 'in-process' | 'loopback';

/**
 * Per-attempt timeout of the clients: generous by default, so that a loaded CI machine cannot turn a healthy
 * answer into a timeout (and a fault's outcome into another one); short where the fault is slowness itself.
 */
export const DEFAULT_TIMEOUT_MS = 5_000;
export const SHORT_TIMEOUT_MS = 500;
/** A `delay` fault this long outlasts any timeout above (the emulator drops it as soon as the client gives up). */
export const SLOW_MS = 10_000;
/** Client options shared by every rig: retries stay the default (2), their waits are capped at 10 ms. */
const CLIENT = { maxRetryDelay: 10, logLevel: 'debug' } as const;

export interface ShopRig {
  readonly emu: TikTokShopEmulator;
  readonly app: TikTokShop;
  readonly shop: TikTokShopShop;
  readonly logger: CapturingLogger;
  /** The ids of the shop's orders, as the emulator holds them. */
  readonly orderIds: readonly string[];
  secrets(): Secret[];
  close(): Promise<void>;
}

export async function shopRig(transport: Transport, timeout = DEFAULT_TIMEOUT_MS): Promise<ShopRig> {
  const emu = createTikTokShopEmulator();
  const server =
    transport === 'loopback'
      ? await serveHandlers(emu.handlers, { origin: tiktokShopServeOrigin, faults: emu.faults })
      : undefined;
  const logger = new CapturingLogger();
  const wire = server ? { baseURL: server.url, authBaseURL: server.url } : { dispatcher: emu.dispatcher };
  const app = new TikTokShop({ appKey: emu.state.appKey, appSecret: emu.state.appSecret, ...wire, ...CLIENT, timeout, logger });
  const shop = app.seller(emu.state.issueTokens()).shop(TIKTOK_SHOP_TEST_SHOP_CIPHER);
  const orders = emu.state.shopOf(TIKTOK_SHOP_TEST_OPEN_ID, TIKTOK_SHOP_TEST_SHOP_CIPHER)?.orders ?? [];
  return {
    emu,
    app,
    shop,
    logger,
    orderIds: orders.map((o) => o.id),
    secrets: () => [
      { name: 'app secret', value: emu.state.appSecret },
      ...[...emu.state.accessTokens.keys()].map((value) => ({ name: 'access token', value })),
      ...[...emu.state.refreshTokens.keys()].map((value) => ({ name: 'refresh token', value })),
      ...secretsOnTheWire(emu.faults.journal),
    ],
    close: () => closeServer(server),
  };
}

export interface TrenzRig {
  readonly emu: TrenzEmulator;
  readonly trenz: Trenz;
  readonly publish: TrenzPublishStore;
  readonly uploads: TrenzUploadStore;
  readonly logger: CapturingLogger;
  secrets(): Secret[];
  close(): Promise<void>;
}

export async function trenzRig(transport: Transport, timeout = DEFAULT_TIMEOUT_MS): Promise<TrenzRig> {
  const emu = createTrenzEmulator({ taskDurationMs: 20 });
  const publish = publishStore(emu.ctx);
  publish.stepMs = 5; // a session settles in ~10 ms
  const server = transport === 'loopback' ? await emu.listen() : undefined;
  const logger = new CapturingLogger();
  const wire = server ? { baseURL: server.url } : { dispatcher: emu.dispatcher };
  const trenz = new Trenz({ apiKey: emu.apiKey, ...wire, ...CLIENT, timeout, logger });
  return {
    emu,
    trenz,
    publish,
    uploads: uploadStore(emu.ctx),
    logger,
    secrets: () => [{ name: 'API key', value: emu.apiKey }, ...secretsOnTheWire(emu.faults.journal)],
    close: () => closeServer(server),
  };
}

async function closeServer(server: EmulatorServer | undefined): Promise<void> {
  await server?.close();
}
