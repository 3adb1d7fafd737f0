/**
 * The Local Service emulator: the nine endpoints of seed 001 and the merchant token endpoint, as msw handlers
 * over one in-memory state, served in process (`dispatcher`) or over loopback HTTP (`listen()`).
 *
 * ```ts
 * const emu = createLocalServiceEmulator();
 * const ls = new LocalService(emu.clientOptions);         // in process
 * const served = await emu.listen();                      // or over HTTP: new LocalService(served.clientOptions)
 * ```
 */
import type { RequestHandler } from 'msw';
import { createMswDispatcher, type MswDispatcher } from '../dispatcher.js';
import { FaultPlan } from '../faults.js';
import { serveHandlers, type EmulatorServer } from '../server.js';
import { LOCAL_SERVICE_BASE_PATH, LOCAL_SERVICE_ORIGIN, LOCAL_SERVICE_TEST_CREDENTIALS } from './fixtures.js';
import { localServiceHandlers } from './handlers.js';
import { LocalServiceEmulatorState, type LocalServiceEmulatorOptions } from './state.js';

/**
 * `new LocalService(emu.clientOptions)`: the emulator's first merchant and client credentials (the client obtains
 * merchant tokens itself) and where it is (in process: the real host and the dispatcher; served: the server's URL
 * plus the API's base path). The host is always explicit, so `LOCAL_SERVICE_BASE_URL` never diverts a test.
 */
export interface LocalServiceEmulatorClientOptions {
  clientKey: string;
  clientSecret: string;
  merchantId: string;
  baseURL: string;
  dispatcher?: MswDispatcher;
}

/** A running emulator: state, handlers, fault plan and the in-process dispatcher, sharing one journal. */
export interface LocalServiceEmulator {
  readonly state: LocalServiceEmulatorState;
  readonly handlers: RequestHandler[];
  /** Faults to inject and the journal of what arrived (`faults.journal[].at` is the arrival time). */
  readonly faults: FaultPlan;
  /** Pass as the client's `dispatcher` option. */
  readonly dispatcher: MswDispatcher;
  /** Product Status Webhook bodies the platform would have pushed (raw JSON strings). */
  readonly webhooks: readonly string[];
  /** In process: `new LocalService(emu.clientOptions)` (spread it to add options). */
  readonly clientOptions: LocalServiceEmulatorClientOptions;
  /** Serves the same handlers and state on 127.0.0.1; the server's `clientOptions` point at it. */
  listen(port?: number): Promise<EmulatorServer & { readonly clientOptions: LocalServiceEmulatorClientOptions }>;
}

/** Creates an emulator with its own state. */
export function createLocalServiceEmulator(
  options: LocalServiceEmulatorOptions & { faults?: FaultPlan } = {},
): LocalServiceEmulator {
  const { faults = new FaultPlan(), ...stateOptions } = options;
  const state = new LocalServiceEmulatorState(stateOptions);
  const handlers = localServiceHandlers(state);
  const dispatcher = createMswDispatcher(handlers, { faults });
  return {
    state,
    handlers,
    faults,
    dispatcher,
    get webhooks() {
      return state.webhooks;
    },
    clientOptions: localServiceClientOptions(state, { baseURL: `${LOCAL_SERVICE_ORIGIN}${LOCAL_SERVICE_BASE_PATH}`, dispatcher }),
    async listen(port) {
      const server = await serveHandlers(handlers, {
        origin: LOCAL_SERVICE_ORIGIN,
        faults,
        ...(port !== undefined ? { port } : {}),
      });
      return Object.assign(server, {
        clientOptions: localServiceClientOptions(state, { baseURL: `${server.url}${LOCAL_SERVICE_BASE_PATH}` }),
      });
    },
  };
}

/** @internal The client options that reach `state` at this base URL (through `dispatcher`, in process): its first merchant. */
export function localServiceClientOptions(
  state: LocalServiceEmulatorState,
  where: Pick<LocalServiceEmulatorClientOptions, 'baseURL' | 'dispatcher'>,
): LocalServiceEmulatorClientOptions {
  const [merchantId = LOCAL_SERVICE_TEST_CREDENTIALS.merchantId] = state.merchantIds;
  return { clientKey: state.clientKey, clientSecret: state.clientSecret, merchantId, ...where };
}

export { localServiceHandlers } from './handlers.js';
export { LocalServiceEmulatorState, type LocalServiceEmulatorOptions } from './state.js';
export {
  LOCAL_SERVICE_PRODUCT_STATUS,
  LOCAL_SERVICE_LIST_TAB_ALL,
  type ProductReviewOptions,
  type StoredLocalServiceProduct,
} from './products.js';
export { MerchantTokenLedger, type IssuedMerchantToken } from './tokens.js';
export {
  LOCAL_SERVICE_ORIGIN,
  LOCAL_SERVICE_BASE_PATH,
  LOCAL_SERVICE_TEST_CREDENTIALS,
  LOCAL_SERVICE_TEST_ACCESS_TOKEN,
  LOCAL_SERVICE_CATEGORIES,
  LOCAL_SERVICE_LEAF_CATEGORY_ID,
  LOCAL_SERVICE_SHOPS,
  LOCAL_SERVICE_HOLIDAYS,
  sampleGroupBuyingCoupon,
} from './fixtures.js';
