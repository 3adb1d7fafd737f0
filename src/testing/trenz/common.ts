/**
 * What every Trenz emulator handler shares: the API-key check, the success and error envelopes, and a credits
 * ledger that charges calls and answers 402 when it runs dry. Handler groups (data, content, social, ads,
 * agent, ...) import these so the emulator behaves the same everywhere.
 */
import { dataNowSeconds, type EmulatorNow } from '../data-clock.js';
import { HttpResponse } from 'msw';
import type { AnyEndpoint } from '../../core/endpoint.js';
import { provenanceOf } from '../../core/routes.js';

const INT64_MARK = '\u0000int64:';
const INT64_TEXT = /"\\u0000int64:(-?\d+)"/g;

/**
 * `JSON.stringify` that writes `bigint` values as bare JSON numbers, the way the real API sends int64 ids
 * beyond 2^53 (which `JSON.parse` would round: the SDK must not).
 */
export function stringifyJson(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${INT64_MARK}${v}` : v));
  return text.replace(INT64_TEXT, '$1');
}

/** A JSON response whose body may hold int64 numbers (see {@link stringifyJson}). */
export function jsonResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new HttpResponse(stringifyJson(body), {
    status: init.status ?? 200,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
}

export const TRENZ_EMULATOR_ORIGIN = 'https://openapi.gateway.trenz.ai';
/** The key the emulator accepts unless told otherwise. */
export const TRENZ_TEST_API_KEY = 'tz_test_0123456789abcdef';

export interface TrenzEmulatorOptions {
  /**
   * The instant dated data is dated against (reviews over the 90 days before it). Default: when the emulator is
   * created. Pin it for data that is the same on every run; tasks and credits keep real time.
   */
  now?: EmulatorNow;
  /** Accepted API keys. Default: [TRENZ_TEST_API_KEY]. */
  apiKeys?: string[];
  /** Starting credits balance. Default 10,000. */
  credits?: number;
  /** Send the older `coin_cost`/`remaining_balance` usage names instead of `credits_*`. */
  legacyUsageNames?: boolean;
  /** How long an AI task stays `running` before it ends, in ms. Default 3000. Tests use a few ms. */
  taskDurationMs?: number;
  /**
   * Decides whether a submitted AI task fails: return the `error_message`, or undefined to let it succeed.
   * Default: tasks whose input URL points at a `.invalid` host fail ("could not fetch ...").
   */
  failTask?: (endpoint: string, body: Record<string, unknown>) => string | undefined;
  /**
   * Which routes (by route id) this emulator serves; the others answer 404 ROUTE_NOT_FOUND, like a server that
   * does not have them. `'documented'`: only the routes whose path the Trenz docs print. Default: every route.
   */
  serveRoutes?: 'documented' | readonly string[] | ((routeId: string) => boolean);
  /**
   * Serve these routes (by route id) at another path than the SDK's, like a server whose path differs from the one
   * the SDK proposes: `{ 'social.accounts.list': '/open/v1/social/account/list' }`.
   */
  routePaths?: Readonly<Record<string, string>>;
}

export interface TrenzLedger {
  balance: number;
  charged: number;
}

export class TrenzEmulatorContext {
  readonly apiKeys: Set<string>;
  readonly ledger: TrenzLedger;
  readonly legacyUsageNames: boolean;
  /** The options the emulator was created with (handler groups read their own settings here). */
  readonly options: Readonly<TrenzEmulatorOptions>;
  /** The instant (seconds) dated data is dated against: the `now` option, or the creation time. */
  readonly dataNow: number;
  private seq = 0;

  constructor(options: TrenzEmulatorOptions = {}) {
    this.options = options;
    this.dataNow = dataNowSeconds(options.now);
    this.apiKeys = new Set(options.apiKeys ?? [TRENZ_TEST_API_KEY]);
    this.ledger = { balance: options.credits ?? 10_000, charged: 0 };
    this.legacyUsageNames = options.legacyUsageNames ?? false;
  }

  requestId(): string {
    this.seq++;
    return `tz-emu-${Date.now().toString(36)}-${this.seq}`;
  }

  /**
   * The error response for a request without a valid key, or undefined when the key is good. The key goes in
   * `X-API-Key: <key>` or `Authorization: Bearer <key>` (Trenz docs: Authentication): a bare `Authorization: <key>`
   * carries no key.
   */
  checkKey(request: Request): Response | undefined {
    const header = request.headers.get('x-api-key') ?? request.headers.get('authorization')?.match(/^Bearer\s+(\S.*)$/i)?.[1];
    if (!header)
      return this.error(401, 'AUTH_MISSING_KEY', 'API Key missing: send X-API-Key: <key> or Authorization: Bearer <key>');
    if (!this.apiKeys.has(header)) return this.error(401, 'AUTH_INVALID_KEY', 'API Key invalid');
    return undefined;
  }

  /** Whether this emulator serves a route (the `serveRoutes` option). */
  serves(endpoint: AnyEndpoint): boolean {
    const only = this.options.serveRoutes;
    if (only === undefined) return true;
    if (only === 'documented') return provenanceOf(endpoint) === 'documented';
    return typeof only === 'function' ? only(endpoint.name) : only.includes(endpoint.name);
  }

  /** The path this emulator serves a route at (the `routePaths` option, else the SDK's). */
  pathOf(endpoint: AnyEndpoint): string {
    return this.options.routePaths?.[endpoint.name] ?? endpoint.path;
  }

  /** The 402 response when the balance cannot cover `cost`, else undefined (nothing is charged here). */
  afford(cost: number): Response | undefined {
    if (cost > this.ledger.balance) return this.error(402, 'INSUFFICIENT_CREDITS', 'Insufficient credits');
    return undefined;
  }

  /**
   * A success envelope `{ data, request_id, usage, page?, page_size?, total?, warnings? }`. Charges `cost`
   * here, so only calls that succeed are paid for, and `usage` reports the balance after the charge.
   */
  ok(data: unknown, extra: { cost?: number; page?: number; page_size?: number; total?: number; warnings?: string[] } = {}) {
    const { cost = 0, ...rest } = extra;
    this.ledger.balance -= cost;
    this.ledger.charged += cost;
    const usage = this.legacyUsageNames
      ? { coin_cost: cost, remaining_balance: this.ledger.balance }
      : { credits_cost: cost, credits_balance: this.ledger.balance };
    return jsonResponse({ data, request_id: this.requestId(), usage, ...rest });
  }

  /** An error envelope with a code of the Trenz docs' "Error Codes" table. */
  error(status: number, code: string, message: string, headers?: Record<string, string>) {
    return HttpResponse.json(
      { code, message, request_id: this.requestId(), docs_url: `https://docs.trenz.ai/errors#${code.toLowerCase()}` },
      { status, ...(headers ? { headers } : {}) },
    );
  }

  /**
   * Runs a handler body after the key check and the balance check, the way every Trenz endpoint behaves.
   * `cost` 0 for free endpoints (agent sessions, tasks, account); the body charges through `ok({ cost })`.
   */
  async guard(request: Request, cost: number, body: () => Response | Promise<Response>): Promise<Response> {
    const denied = this.checkKey(request) ?? this.afford(cost);
    if (denied) return denied;
    return body();
  }
}
