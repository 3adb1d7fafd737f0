/**
 * The Local Service emulator: the nine endpoints of seed 001 and the merchant token endpoint, as msw handlers
 * over one in-memory state, served in process (`dispatcher`) or over loopback HTTP (`listen()`).
 *
 * ```ts
 * const emu = createLocalServiceEmulator();
 * const ls = new LocalService({ ...LOCAL_SERVICE_TEST_CREDENTIALS, dispatcher: emu.dispatcher });
 * ```
 */
import type { RequestHandler } from 'msw';
import { createMswDispatcher, type MswDispatcher } from '../dispatcher.js';
import { FaultPlan } from '../faults.js';
import { serveHandlers, type EmulatorServer } from '../server.js';
import { LOCAL_SERVICE_ORIGIN } from './fixtures.js';
import { localServiceHandlers } from './handlers.js';
import { LocalServiceEmulatorState, type LocalServiceEmulatorOptions } from './state.js';

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
  /** Serves the same handlers and state on 127.0.0.1; use `${server.url}${LOCAL_SERVICE_BASE_PATH}` as baseURL. */
  listen(): Promise<EmulatorServer>;
}

/** Creates an emulator with its own state. */
export function createLocalServiceEmulator(
  options: LocalServiceEmulatorOptions & { faults?: FaultPlan } = {},
): LocalServiceEmulator {
  const { faults = new FaultPlan(), ...stateOptions } = options;
  const state = new LocalServiceEmulatorState(stateOptions);
  const handlers = localServiceHandlers(state);
  return {
    state,
    handlers,
    faults,
    dispatcher: createMswDispatcher(handlers, { faults }),
    get webhooks() {
      return state.webhooks;
    },
    listen: () => serveHandlers(handlers, { origin: LOCAL_SERVICE_ORIGIN, faults }),
  };
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
