import { inspect } from 'node:util';
import { CoreClient } from '../core/client.js';
import { ConfigurationError } from '../core/errors/index.js';
import { baseURLFromEnv, splitBaseURL, type CoreOptions } from '../core/options.js';
import { API_NAME } from './errors.js';
import { MemoryTokenStore, type RefreshLock } from '../core/tokens.js';
import { tiktokShopApi, tiktokShopTokenHost, TIKTOK_SHOP_AUTH_BASE_URL, TIKTOK_SHOP_AUTH_BASE_URL_ENV } from './api.js';
import { TikTokShopAuth, tokenHostAuth, type AppCredentials } from './auth.js';
import { ServerClock } from './clock.js';
import { TikTokShopOAuth } from './oauth.js';
import { tokenSetSchema, type TokenSet } from './schemas/auth.js';
import { TikTokShopSeller } from './seller.js';
import { createSigner } from './signer.js';
import { tiktokShopOperations, type TikTokShopOperation } from './operations.js';
import { TokenKeeper, type TikTokShopTokenStore } from './tokens.js';
import { TikTokShopWebhooks } from './webhooks.js';

export { TIKTOK_SHOP_AUTH_BASE_URL, TIKTOK_SHOP_BASE_URL } from './api.js';

export interface TikTokShopOptions extends CoreOptions {
  /** The app key from Partner Center. Default: `process.env.TIKTOK_SHOP_APP_KEY`. */
  appKey?: string;
  /** The app secret: the signing key. Default: `process.env.TIKTOK_SHOP_APP_SECRET`. Never logged. */
  appSecret?: string;
  /** Where sellers' tokens are kept, by `open_id`. Default: in memory (lost on restart). */
  tokenStore?: TikTokShopTokenStore;
  /**
   * Token host. Default: `process.env.TIKTOK_SHOP_AUTH_BASE_URL`, else `https://auth.tiktok-shops.com`; point it at
   * the emulator in tests.
   */
  authBaseURL?: string;
  /** Refresh an access token this many seconds before it expires. Default 300 (tokens live 7 days). */
  refreshMarginSeconds?: number;
  /** Cross-process lock around a refresh (e.g. the Redis entry), so one process refreshes a seller at a time. */
  refreshLock?: RefreshLock;
}

/** `TIKTOK_SHOP_AUTH_BASE_URL`, checked here so that a bad value names the variable, not an option never given. */
function authBaseURLFromEnv(): string | undefined {
  const value = baseURLFromEnv(TIKTOK_SHOP_AUTH_BASE_URL_ENV);
  if (value !== undefined) splitBaseURL(API_NAME, value, `authBaseURL (from ${TIKTOK_SHOP_AUTH_BASE_URL_ENV})`);
  return value;
}

/**
 * TikTok Shop Partner API: one app, many sellers, each with shops (app -> seller -> shop).
 *
 * ```ts
 * const app = new TikTokShop({ appKey, appSecret });
 * const seller = app.seller(openId);                  // tokens from the store, refreshed automatically
 * const [first] = await seller.authorization.getShops();
 * for await (const order of seller.shop(first!).orders.search({ order_status: 'AWAITING_SHIPMENT' })) { ... }
 * ```
 */
export class TikTokShop {
  /**
   * Every operation of the TikTok Shop Partner API, with its route id, HTTP method, path, version, namespace and
   * method name: find a docs page's operation in one lookup.
   *
   * ```ts
   * TikTokShop.routes.find((r) => r.title === 'Ship Package')?.usage; // 'shop.fulfillment.shipPackage(packageId, params)'
   * ```
   */
  static get routes(): readonly TikTokShopOperation[] {
    return tiktokShopOperations();
  }
  /** OAuth: authorization link, code exchange, manual refresh. */
  readonly auth: TikTokShopOAuth;
  /** Webhook signature verification and typed events. */
  readonly webhooks: TikTokShopWebhooks;
  /** The token store given in the options (or the in-memory default). */
  readonly tokenStore: TikTokShopTokenStore;
  /** The server clock as corrected from timestamp errors. */
  readonly clock: ServerClock;
  readonly #app: AppCredentials;
  readonly #core: CoreClient;
  readonly #authCore: CoreClient;

  constructor(options: TikTokShopOptions = {}) {
    const {
      appKey = process.env.TIKTOK_SHOP_APP_KEY,
      appSecret = process.env.TIKTOK_SHOP_APP_SECRET,
      tokenStore = new MemoryTokenStore<TokenSet>(),
      authBaseURL = authBaseURLFromEnv() ?? TIKTOK_SHOP_AUTH_BASE_URL,
      refreshMarginSeconds = 300,
      refreshLock,
      ...core
    } = options;
    if (!appKey?.trim() || !appSecret?.trim()) {
      throw new ConfigurationError(
        'TikTok Shop: appKey and appSecret are required. Pass { appKey, appSecret } to new TikTokShop() or set ' +
          'TIKTOK_SHOP_APP_KEY and TIKTOK_SHOP_APP_SECRET (Partner Center > App details).',
      );
    }
    this.clock = new ServerClock();
    this.tokenStore = tokenStore;
    const tokens: TokenKeeper = new TokenKeeper({
      store: tokenStore,
      refresh: (refreshToken) => this.auth.requestRefresh(refreshToken),
      marginSeconds: refreshMarginSeconds,
      lock: refreshLock,
    });
    this.#app = { appKey, appSecret, sign: createSigner(appSecret), clock: this.clock, tokens };
    // The default auth signs as the app alone; every seller and shop call passes its own (with token and cipher).
    this.#core = new CoreClient(tiktokShopApi, new TikTokShopAuth(this.#app), core);
    this.#authCore = this.#core.tokenHost({
      ...tiktokShopTokenHost,
      baseURL: authBaseURL,
      auth: tokenHostAuth(appKey, appSecret),
    });
    this.auth = new TikTokShopOAuth(this.#authCore, tokens);
    this.webhooks = new TikTokShopWebhooks(appKey, appSecret);
  }

  /**
   * A seller, by `open_id` (tokens already in the store, e.g. from `auth.getAccessToken`) or by a stored
   * {@link TokenSet} (kept in the store unless it holds a newer one).
   */
  seller(openIdOrTokens: string | TokenSet): TikTokShopSeller {
    if (typeof openIdOrTokens === 'string') {
      if (!openIdOrTokens) throw new ConfigurationError('TikTok Shop: app.seller() needs an open_id or a TokenSet.');
      return new TikTokShopSeller(this.#core, this.#app, openIdOrTokens);
    }
    const parsed = tokenSetSchema.safeParse(openIdOrTokens);
    if (!parsed.success) {
      throw new ConfigurationError(
        `TikTok Shop: app.seller() got an object that is not a TokenSet (${parsed.error.issues[0]?.path.join('.')}: ` +
          `${parsed.error.issues[0]?.message}). Pass the object returned by app.auth.getAccessToken().`,
      );
    }
    this.#app.tokens.adopt(parsed.data);
    return new TikTokShopSeller(this.#core, this.#app, parsed.data.open_id);
  }

  /** @internal The business API pipeline (open-api host). */
  get core(): CoreClient {
    return this.#core;
  }

  /** What `JSON.stringify` shows: the hosts and the app key, never the secret or a token. */
  toJSON() {
    return { baseURL: this.#core.baseURL, authBaseURL: this.#authCore.baseURL, appKey: this.#app.appKey };
  }

  [inspect.custom]() {
    return `TikTokShop { baseURL: '${this.#core.baseURL}', authBaseURL: '${this.#authCore.baseURL}', appKey: '${this.#app.appKey}', appSecret: '[REDACTED]' }`;
  }
}
