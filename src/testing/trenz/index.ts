/**
 * The Trenz emulator: every handler group behind one context (API key, credits ledger, tasks), served in process
 * through an undici dispatcher or over loopback HTTP, with the FaultPlan of `social-commerce-sdk/testing`.
 *
 * ```ts
 * const emu = createTrenzEmulator({ taskDurationMs: 50 });
 * const trenz = new Trenz(emu.clientOptions);             // in process
 * const served = await emu.listen();                      // or over HTTP: new Trenz(served.clientOptions)
 * ```
 */
import { http, type RequestHandler } from 'msw';
import { createMswDispatcher, type MswDispatcher } from '../dispatcher.js';
import { FaultPlan } from '../faults.js';
import { serveHandlers, type EmulatorServer } from '../server.js';
import { trenzAccountHandlers } from './account.js';
import { TRENZ_EMULATOR_ORIGIN, TRENZ_TEST_API_KEY, TrenzEmulatorContext, type TrenzEmulatorOptions } from './common.js';
import { trenzContentHandlers } from './content.js';
import { trenzDataHandlers } from './data.js';
import { taskStore, trenzTaskHandlers, type TrenzTaskStore } from './tasks.js';
import { trenzSocialGroupHandlers } from './social-index.js';

export {
  TRENZ_EMULATOR_ORIGIN,
  TRENZ_TEST_API_KEY,
  TrenzEmulatorContext,
  stringifyJson,
  type TrenzEmulatorOptions,
  type TrenzLedger,
} from './common.js';
export { FIXTURE_SIZES, marketData, type MarketData } from './fixtures.js';
export { DATA_CALL_COST, PRODUCT_SORT_FIELDS } from './data.js';
export { CONTENT_COSTS } from './content.js';
export { TrenzTaskStore, taskStore, taskView, type EmulatedTask } from './tasks.js';
export * from './social-index.js';

/** Every Trenz handler group. Literal routes before parameterized ones; the ROUTE_NOT_FOUND fallback last. */
export function trenzHandlers(ctx: TrenzEmulatorContext): RequestHandler[] {
  return [
    ...trenzDataHandlers(ctx),
    ...trenzContentHandlers(ctx),
    ...trenzTaskHandlers(ctx),
    ...trenzAccountHandlers(ctx),
    ...trenzSocialGroupHandlers(ctx), // files, social, publishing, ads, agent
    ...trenzFallbackHandlers(ctx), // keep last
  ];
}

/** Any other `/open/v1/...` request: 404 ROUTE_NOT_FOUND, after the key check like every route. */
export function trenzFallbackHandlers(ctx: TrenzEmulatorContext): RequestHandler[] {
  return [
    http.all(`${TRENZ_EMULATOR_ORIGIN}/open/v1/*`, ({ request }) =>
      ctx.guard(request, 0, () =>
        ctx.error(404, 'ROUTE_NOT_FOUND', `Endpoint not found: ${request.method} ${new URL(request.url).pathname}`),
      ),
    ),
  ];
}

export interface CreateTrenzEmulatorOptions extends TrenzEmulatorOptions {
  /** Faults and request journal shared by the dispatcher and `listen()`. Default: a fresh plan. */
  faults?: FaultPlan;
}

/**
 * `new Trenz(emu.clientOptions)`: the emulator's API key and where it is (in process: the real host and the
 * dispatcher; served: the server's URL). The host is always explicit, so `TRENZ_BASE_URL` never diverts a test.
 */
export interface TrenzEmulatorClientOptions {
  apiKey: string;
  baseURL: string;
  dispatcher?: MswDispatcher;
}

export interface TrenzEmulator {
  readonly ctx: TrenzEmulatorContext;
  readonly handlers: RequestHandler[];
  readonly faults: FaultPlan;
  /** In-process transport: pass as the client's `dispatcher` option. */
  readonly dispatcher: MswDispatcher;
  /** The emulated AI tasks (e.g. `tasks.failNext('...')`). */
  readonly tasks: TrenzTaskStore;
  /** The first accepted API key. */
  readonly apiKey: string;
  /** In process: `new Trenz(emu.clientOptions)` (spread it to add options). */
  readonly clientOptions: TrenzEmulatorClientOptions;
  /** Serves the same handlers over loopback HTTP; the server's `clientOptions` point at it. */
  listen(port?: number): Promise<EmulatorServer & { readonly clientOptions: TrenzEmulatorClientOptions }>;
}

/** A Trenz emulator with its own key set, credits ledger and tasks. */
export function createTrenzEmulator(options: CreateTrenzEmulatorOptions = {}): TrenzEmulator {
  const { faults = new FaultPlan(), ...rest } = options;
  const ctx = new TrenzEmulatorContext(rest);
  const handlers = trenzHandlers(ctx);
  const dispatcher = createMswDispatcher(handlers, { faults });
  const apiKey = rest.apiKeys?.[0] ?? TRENZ_TEST_API_KEY;
  return {
    ctx,
    handlers,
    faults,
    dispatcher,
    tasks: taskStore(ctx),
    apiKey,
    clientOptions: { apiKey, baseURL: TRENZ_EMULATOR_ORIGIN, dispatcher },
    async listen(port) {
      const server = await serveHandlers(handlers, {
        faults,
        origin: TRENZ_EMULATOR_ORIGIN,
        ...(port !== undefined ? { port } : {}),
      });
      return Object.assign(server, { clientOptions: { apiKey, baseURL: server.url } });
    },
  };
}
