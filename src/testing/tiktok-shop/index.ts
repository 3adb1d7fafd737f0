/**
 * The TikTok Shop emulator: msw handlers for every operation of `social-commerce-sdk/tiktok-shop`, on the real
 * hosts (open-api and auth), over in-memory state. It checks the sign, the timestamp window and the token like the
 * API, issues and refreshes tokens, pages orders, serves the docs' example JSON, keeps state for shipping,
 * stock, prices and webhooks, and answers every other operation with a body shaped like its response model.
 *
 * ```ts
 * const emu = createTikTokShopEmulator();
 * const app = new TikTokShop(emu.clientOptions);           // in process, through msw
 * const served = await emu.listen();                       // or over HTTP: new TikTokShop(served.clientOptions)
 * const seller = app.seller(emu.state.issueTokens());
 * emu.state.expireAccessToken();                           // the next call refreshes
 * emu.faults.add({ path: '/order/202309/orders/search', kind: 'status', status: 503 });
 * ```
 * @packageDocumentation
 */
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'msw';
import { TIKTOK_SHOP_AUTH_BASE_URL, TIKTOK_SHOP_BASE_URL } from '../../tiktok-shop/client.js';
import { AUTHORIZE_URLS } from '../../tiktok-shop/oauth.js';
import { createMswDispatcher, type MswDispatcher } from '../dispatcher.js';
import { FaultPlan } from '../faults.js';
import { serveHandlers, type EmulatorServer } from '../server.js';
import { apiHandlers } from './api-handlers.js';
import { AUTHORIZE_PATH, authorizeHandlers } from './authorize-handlers.js';
import { operationHandlers } from './operation-handlers.js';
import { SEED_TOKEN_RESPONSE } from './fixtures-auth.js';
import {
  SEED_DIAGNOSE,
  SEED_GET_ATTRIBUTES,
  SEED_GET_BRANDS,
  SEED_GET_CATEGORIES,
  SEED_GET_GLOBAL_CATEGORIES,
} from './fixtures-catalog.js';
import { SEED_ORDER_DETAIL, SEED_ORDER_LIST } from './fixtures-orders.js';
import { SEED_PRICE_DETAIL } from './fixtures-price.js';
import { SEED_GET_PRODUCT } from './fixtures-products.js';
import { Responder } from './respond.js';
import { TikTokShopEmulatorState, type TikTokShopEmulatorOptions } from './state.js';
import { tokenHandlers } from './token-handlers.js';

export * from './state.js';
export * from './fleet.js';
export { AUTHORIZE_PATH as TIKTOK_SHOP_AUTHORIZE_PATH } from './authorize-handlers.js';
export {
  EMULATOR_CODES as TIKTOK_SHOP_EMULATOR_CODES,
  GENERIC_LIST_TOTAL as TIKTOK_SHOP_GENERIC_LIST_TOTAL,
} from './operation-handlers.js';
export { sampleId as tiktokShopSampleId, sampleValue as tiktokShopSampleValue, type SampleOptions } from './samples.js';
export { encodePageToken as encodeTikTokShopPageToken, decodePageToken as decodeTikTokShopPageToken } from './paging.js';

/** The docs' example responses (envelope included), as the emulator serves them: for your own schema tests. */
export const tiktokShopSeedExamples = {
  getProduct: SEED_GET_PRODUCT,
  getCategories: SEED_GET_CATEGORIES,
  getGlobalCategories: SEED_GET_GLOBAL_CATEGORIES,
  diagnose: SEED_DIAGNOSE,
  getAttributes: SEED_GET_ATTRIBUTES,
  getBrands: SEED_GET_BRANDS,
  orderList: SEED_ORDER_LIST,
  orderDetail: SEED_ORDER_DETAIL,
  priceDetail: SEED_PRICE_DETAIL,
  token: SEED_TOKEN_RESPONSE,
};

/** msw handlers for both TikTok Shop hosts, over `state`. */
export function tiktokShopHandlers(state: TikTokShopEmulatorState): RequestHandler[] {
  const respond = new Responder(state);
  // The hand-written operations first: the generic handler answers every other operation of the inventory.
  return [
    ...tokenHandlers(state, respond),
    ...authorizeHandlers(state),
    ...apiHandlers(state, respond),
    ...operationHandlers(state, respond),
  ];
}

/**
 * `new TikTokShop(emu.clientOptions)`: the test app's credentials and where the emulator is. In process the hosts
 * are the real ones and `dispatcher` carries the requests to msw; served over HTTP both hosts are the server's URL.
 * The hosts are always explicit, so a `TIKTOK_SHOP_BASE_URL` in the environment never diverts a test.
 */
export interface TikTokShopEmulatorClientOptions {
  appKey: string;
  appSecret: string;
  baseURL: string;
  authBaseURL: string;
  dispatcher?: MswDispatcher;
}

/** A ready emulator: state, handlers, and an in-process dispatcher whose FaultPlan journals every request. */
export interface TikTokShopEmulator {
  readonly state: TikTokShopEmulatorState;
  readonly handlers: RequestHandler[];
  readonly faults: FaultPlan;
  readonly dispatcher: MswDispatcher;
  /** In process: `new TikTokShop(emu.clientOptions)` (spread it to add options). */
  readonly clientOptions: TikTokShopEmulatorClientOptions;
  /** Serves the same state on 127.0.0.1 (both hosts on one port); the server's `clientOptions` point at it. */
  listen(port?: number): Promise<EmulatorServer & { readonly clientOptions: TikTokShopEmulatorClientOptions }>;
}

export function createTikTokShopEmulator(options: TikTokShopEmulatorOptions & { faults?: FaultPlan } = {}): TikTokShopEmulator {
  const { faults = new FaultPlan(), ...stateOptions } = options;
  const state = new TikTokShopEmulatorState(stateOptions);
  return tiktokShopEmulatorOver(state, tiktokShopHandlers(state), faults);
}

/** An emulator over this state and these handlers: the in-process dispatcher, its client options and `listen()`. */
export function tiktokShopEmulatorOver(
  state: TikTokShopEmulatorState,
  handlers: RequestHandler[],
  faults: FaultPlan,
): TikTokShopEmulator {
  const dispatcher = createMswDispatcher(handlers, { faults });
  return {
    state,
    handlers,
    faults,
    dispatcher,
    clientOptions: tiktokShopClientOptions(state, {
      baseURL: TIKTOK_SHOP_BASE_URL,
      authBaseURL: TIKTOK_SHOP_AUTH_BASE_URL,
      dispatcher,
    }),
    async listen(port) {
      const server = await serveHandlers(handlers, {
        faults,
        origin: tiktokShopServeOrigin,
        ...(port !== undefined ? { port } : {}),
      });
      return Object.assign(server, {
        clientOptions: tiktokShopClientOptions(state, { baseURL: server.url, authBaseURL: server.url }),
      });
    },
  };
}

/** @internal The client options that reach `state` at these hosts (and through `dispatcher`, in process). */
export function tiktokShopClientOptions(
  state: TikTokShopEmulatorState,
  where: Omit<TikTokShopEmulatorClientOptions, 'appKey' | 'appSecret'>,
): TikTokShopEmulatorClientOptions {
  return { appKey: state.appKey, appSecret: state.appSecret, ...where };
}

/**
 * For `serveHandlers(handlers, { origin: tiktokShopServeOrigin })`: every host on one loopback port (token paths go
 * to the auth host, the authorization link to Partner Center's). Point the client's `baseURL` and `authBaseURL` at
 * the server's URL.
 */
export function tiktokShopServeOrigin(request: IncomingMessage): string {
  if (request.url?.startsWith(AUTHORIZE_PATH)) return AUTHORIZE_URLS.ROW;
  return request.url?.startsWith('/api/v2/token/') ? TIKTOK_SHOP_AUTH_BASE_URL : TIKTOK_SHOP_BASE_URL;
}
