import { inspect } from 'node:util';
import { noAuth } from '../core/auth.js';
import { CoreClient } from '../core/client.js';
import { localServiceApi, localServiceRateLimit, localServiceTokenHost } from './api.js';
import { ConfigurationError } from '../core/errors/index.js';
import type { CoreOptions } from '../core/options.js';
import { describeRoutes, type RouteInfo } from '../core/routes.js';
import type { RateLimiter } from '../core/rate-limit.js';
import { MemoryTokenStore, type RefreshLock, type TokenStore } from '../core/tokens.js';
import { merchantTokenAuth, staticTokenAuth } from './auth.js';
import { obtainMerchantToken, type MerchantToken } from './merchant-token.js';
import type { LocalServiceRateLimit } from './rate-limit.js';
import { LocalServiceHolidays } from './resources/holidays.js';
import { LocalServiceProducts } from './resources/products.js';
import { LocalServiceWebhooks } from './resources/webhooks.js';

export { LOCAL_SERVICE_BASE_URL } from './api.js';

/** Options shared by both ways of authenticating. */
export interface LocalServiceCommonOptions extends Omit<CoreOptions, 'rateLimit'> {
  /**
   * Client-side rate limit. Default: at most 20 requests per endpoint in flight or answered within the last
   * 1025 ms (the documented 20 QPS, counted from each response so that network jitter cannot push 21 into
   * one server-side second), so a burst of 200 calls takes about 10 s instead of being rejected. Pass `{ perSecond, marginMs, overrides: { 'product/save/': 10 } }` to tune it, your own
   * RateLimiter (e.g. the Redis one, to share the budget across processes; it is called with the endpoint id,
   * e.g. `POST /product/save/`, as key), or `false` to disable it.
   */
  rateLimit?: LocalServiceRateLimit | RateLimiter | false;
}

/** Authenticate with a merchant access token you manage yourself. */
export interface LocalServiceTokenOptions extends LocalServiceCommonOptions {
  /** Sent as `Authorization: Bearer <accessToken>`. When it expires, calls throw AuthenticationError. */
  accessToken: string;
}

/** Let the client obtain and refresh merchant tokens itself (external evidence: "Obtain Access Token for APIs"). */
export interface LocalServiceCredentialOptions extends LocalServiceCommonOptions {
  clientKey: string;
  clientSecret: string;
  /** The merchant whose token is used; also the key in `tokenStore`. */
  merchantId: string;
  /** Where token sets live between calls and processes. Default: process memory (lost on restart). */
  tokenStore?: TokenStore<MerchantToken>;
  /** Refresh this many seconds before the access token expires (tokens last about 120 h). Default 300. */
  refreshMarginSeconds?: number;
  /**
   * Origin of the merchant token endpoint. Default: the origin of `baseURL` (so an emulator's URL serves both),
   * else `https://open.tiktokapis.com`.
   */
  authBaseURL?: string;
  /**
   * Cross-process lock around a token refresh (e.g. `RedisRefreshLock` from `social-commerce-sdk/redis`), so that
   * one process refreshes a merchant's token while the others wait and read it from the shared `tokenStore`.
   */
  refreshLock?: RefreshLock;
}

/** `new LocalService(options)`: one of the two auth shapes plus the core options. */
export type LocalServiceOptions = LocalServiceTokenOptions | LocalServiceCredentialOptions;

/**
 * TikTok Local Service (SaaS) product management: group-buying coupon products, their review, shops,
 * categories and holidays, plus the product status webhook.
 *
 * ```ts
 * const ls = new LocalService({ clientKey, clientSecret, merchantId });
 * await ls.products.save({ merchant_id, third_product_id, category_id, product_type: ProductType.DISCOUNT_VOUCHER,
 *   attr_key_value_map: groupBuyingCoupon({ ... }) });
 * ```
 */
export class LocalService {
  /**
   * Every route id with its method, path and provenance: the nine endpoints are `documented` (printed in the Local
   * Service docs); the merchant token endpoint is `external evidence`. Correct one with the `routes` option.
   */
  static readonly routes: readonly RouteInfo[] = describeRoutes(localServiceApi.routes ?? []);

  /** Group-buying products, their review, categories and shops. */
  readonly products: LocalServiceProducts;
  /** National holidays (ids for a coupon's unusable dates). */
  readonly holidays: LocalServiceHolidays;
  /** Parsing of inbound webhook bodies. */
  readonly webhooks: LocalServiceWebhooks;
  readonly #mode: 'token' | 'credentials';
  readonly #core: CoreClient;
  /** The merchant token endpoint's client, when the client obtains tokens itself. */
  #tokenHost: CoreClient | undefined;

  constructor(options: LocalServiceOptions) {
    // Read as the union of both shapes' fields; the checks below decide which shape was given (JS callers can mix).
    const { rateLimit, ...rest } = options as LocalServiceCommonOptions &
      Partial<LocalServiceCredentialOptions> & { accessToken?: string };
    const {
      accessToken,
      clientKey,
      clientSecret,
      merchantId,
      tokenStore,
      refreshMarginSeconds,
      authBaseURL,
      refreshLock,
      ...core
    } = rest;
    const coreOptions: CoreOptions = { ...core, ...localServiceRateLimit(rateLimit, core.rateLimitScope) };

    const hasCredentials = clientKey !== undefined || clientSecret !== undefined || merchantId !== undefined;
    if (accessToken !== undefined && hasCredentials) {
      throw new ConfigurationError(
        'Local Service: pass either { accessToken } or { clientKey, clientSecret, merchantId }, not both.',
      );
    }
    if (accessToken !== undefined) {
      if (!accessToken.trim()) throw new ConfigurationError('Local Service: accessToken is empty.');
      this.#mode = 'token';
      this.#core = new CoreClient(localServiceApi, staticTokenAuth(accessToken.trim()), coreOptions);
    } else {
      const missing = Object.entries({ clientKey, clientSecret, merchantId })
        .filter(([, v]) => !v || !String(v).trim())
        .map(([k]) => k);
      if (missing.length > 0) {
        throw new ConfigurationError(
          `Local Service: missing ${missing.join(', ')}. Pass { accessToken } or { clientKey, clientSecret, merchantId } to new LocalService().`,
        );
      }
      this.#mode = 'credentials';
      const creds = { clientKey: clientKey!.trim(), clientSecret: clientSecret!.trim() };
      const auth = merchantTokenAuth({
        merchantId: merchantId!.trim(),
        store: tokenStore ?? new MemoryTokenStore<MerchantToken>(),
        ...(refreshMarginSeconds !== undefined ? { marginSeconds: refreshMarginSeconds } : {}),
        lock: refreshLock,
        secrets: [creds.clientSecret],
        obtain: (current, key) => obtainMerchantToken(this.#tokenHost!, creds, key, current, Math.floor(Date.now() / 1000)),
      });
      this.#core = new CoreClient(localServiceApi, auth, coreOptions);
      // The token endpoint sits at the API origin, outside the saas base path.
      const tokenBaseURL = authBaseURL ?? new URL(this.#core.baseURL).origin;
      this.#tokenHost = this.#core.tokenHost({
        ...localServiceTokenHost,
        baseURL: tokenBaseURL,
        auth: { ...noAuth, secrets: () => [creds.clientSecret] },
      });
    }
    this.products = new LocalServiceProducts(this.#core);
    this.holidays = new LocalServiceHolidays(this.#core);
    this.webhooks = new LocalServiceWebhooks();
  }

  /** @internal The shared pipeline. */
  get core(): CoreClient {
    return this.#core;
  }

  /** What `JSON.stringify` shows: the host and the auth mode, never a token or secret. */
  toJSON() {
    return { baseURL: this.#core.baseURL, auth: this.#mode };
  }

  [inspect.custom]() {
    const auth = this.#mode === 'token' ? "accessToken: '[REDACTED]'" : "clientSecret: '[REDACTED]'";
    return `LocalService { baseURL: '${this.#core.baseURL}', ${auth} }`;
  }
}
