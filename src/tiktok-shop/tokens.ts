/**
 * Seller tokens: stored by open_id in a {@link TikTokShopTokenStore}, cached in memory, refreshed ahead of expiry and after
 * a 105002, single-flight per seller (core/tokens.ts). A dead refresh token fails fast, never in a loop.
 */
import { ApiError, AuthenticationError, RateLimitError, ServerError } from '../core/errors/index.js';
import { TokenManager, type RefreshLock, type TokenStore as CoreTokenStore } from '../core/tokens.js';
import { API_NAME } from './errors.js';
import { tokenRoutes } from './routes.js';
import type { TokenSet } from './schemas/auth.js';

/** Where seller tokens live, keyed by `open_id`. The default keeps them in memory; back it with your database. */
export type TikTokShopTokenStore = CoreTokenStore<TokenSet>;

export interface TokenKeeperOptions {
  store: TikTokShopTokenStore;
  /** Calls the token refresh endpoint (nothing stored). */
  refresh: (refreshToken: string) => Promise<TokenSet>;
  /** Refresh this many seconds before the access token expires. */
  marginSeconds: number;
  lock?: RefreshLock | undefined;
}

const REFRESH_ENDPOINT = tokenRoutes.refreshAccessToken.id;

/** @internal One per app: every seller's tokens go through it. */
export class TokenKeeper {
  readonly #cache = new Map<string, TokenSet>();
  // Refresh tokens the server refused: refused again at once instead of calling the server on every request.
  readonly #dead = new Set<string>();
  // Token sets handed to app.seller(tokens) and still being written to the store.
  readonly #adopting = new Map<string, Promise<void>>();
  readonly #manager: TokenManager<TokenSet>;
  readonly #o: TokenKeeperOptions;

  constructor(o: TokenKeeperOptions) {
    this.#o = o;
    this.#manager = new TokenManager<TokenSet>({
      store: o.store,
      refresh: (current, openId) => this.#refresh(current, openId),
      expiresAt: (t) => t.access_token_expire_in,
      accessToken: (t) => t.access_token,
      marginSeconds: o.marginSeconds,
      lock: o.lock,
    });
  }

  get store(): TikTokShopTokenStore {
    return this.#o.store;
  }

  /** A token set valid for at least the margin. Served from memory on the hot path; the store is read when stale. */
  async current(openId: string): Promise<TokenSet> {
    const ready = this.ready(openId);
    if (ready) return ready;
    const adopting = this.#adopting.get(openId);
    if (adopting) await adopting;
    const cached = this.#cache.get(openId);
    if (cached && !this.#manager.isStale(cached)) return cached;
    const fresh = await this.#manager.get(openId);
    this.#cache.set(openId, fresh);
    return fresh;
  }

  /**
   * The cached set when it can be used at once (no adoption pending, not stale), else undefined: lets auth sign
   * without a promise per request. {@link current} is the full path (store read, refresh).
   */
  ready(openId: string): TokenSet | undefined {
    if (this.#adopting.size > 0 && this.#adopting.has(openId)) return undefined;
    const cached = this.#cache.get(openId);
    return cached && !this.#manager.isStale(cached) ? cached : undefined;
  }

  /** The server refused `rejected` as expired (105002): refresh once for all concurrent callers. */
  async renew(openId: string, rejected: TokenSet | undefined): Promise<TokenSet> {
    const fresh = await this.#manager.renew(openId, rejected ?? this.#cache.get(openId));
    this.#cache.set(openId, fresh);
    return fresh;
  }

  /** Stores a token set (from token get/refresh) and makes it the one in use. */
  async save(tokens: TokenSet): Promise<void> {
    const plain = { ...tokens }; // drops the non-enumerable response meta
    await this.#o.store.set(plain.open_id, plain);
    this.#cache.set(plain.open_id, plain);
    this.#dead.delete(plain.refresh_token);
  }

  /**
   * Uses a token set handed to `app.seller(tokens)`: stored unless the store already holds a newer one. Runs in
   * the background; the seller's first call waits for it (and sees a store failure, if any).
   */
  adopt(tokens: TokenSet): void {
    const work = this.#adoptNow(tokens);
    this.#adopting.set(tokens.open_id, work);
    const done = () => {
      if (this.#adopting.get(tokens.open_id) === work) this.#adopting.delete(tokens.open_id);
    };
    work.then(done, done);
  }

  async #adoptNow(tokens: TokenSet): Promise<void> {
    const stored = await this.#o.store.get(tokens.open_id);
    if (stored && stored.access_token_expire_in >= tokens.access_token_expire_in) {
      this.#cache.set(tokens.open_id, stored);
      return;
    }
    await this.save(tokens);
  }

  /** The cached set, without I/O (for redaction). */
  peek(openId: string): TokenSet | undefined {
    return this.#cache.get(openId);
  }

  async #refresh(current: TokenSet | undefined, openId: string): Promise<TokenSet> {
    if (!current) {
      throw reauthorize(
        openId,
        `no tokens are stored for seller ${openId}`,
        'Exchange an auth code with app.auth.getAccessToken({ auth_code }) first, or pass the stored TokenSet to app.seller(tokens).',
      );
    }
    const now = Math.floor(Date.now() / 1000);
    if (current.refresh_token_expire_in <= now) {
      const when = new Date(current.refresh_token_expire_in * 1000).toISOString();
      throw reauthorize(openId, `the refresh token of seller ${openId} expired on ${when}`);
    }
    if (this.#dead.has(current.refresh_token)) {
      throw reauthorize(openId, `the refresh token of seller ${openId} was already refused by TikTok Shop`);
    }
    try {
      return await this.#o.refresh(current.refresh_token);
    } catch (err) {
      // Transient failures (5xx, rate limit, network) surface as they are; a refusal means the grant is gone.
      if (!(err instanceof ApiError) || err instanceof ServerError || err instanceof RateLimitError) throw err;
      this.#dead.add(current.refresh_token);
      throw reauthorize(
        openId,
        `TikTok Shop refused the refresh token of seller ${openId}: ${err.serverMessage}`,
        undefined,
        err,
      );
    }
  }
}

function reauthorize(openId: string, what: string, hint?: string, cause?: ApiError): AuthenticationError {
  return new AuthenticationError({
    api: API_NAME,
    endpoint: REFRESH_ENDPOINT,
    message: what,
    status: cause?.status,
    code: cause?.code,
    requestId: cause?.requestId,
    cause,
    hint:
      hint ??
      `Re-authorize seller ${openId}: send them to app.auth.authorizationUrl(...), then call app.auth.getAccessToken({ auth_code }). Nothing was retried.`,
  });
}
