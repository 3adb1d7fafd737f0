/**
 * The per-request credentials of TikTok Shop (TikTok Shop docs: Common parameters): `app_key`, a fresh `timestamp`, `shop_cipher`
 * for shop-scoped calls, the seller's `x-tts-access-token`, `content-type`, then `sign` over exactly what is sent.
 */
import type { AuthStrategy, PreparedRequest } from '../core/auth.js';
import type { ApiError } from '../core/errors/index.js';
import type { ServerClock } from './clock.js';
import { TikTokShopCode } from './errors.js';
import type { TokenSet } from './schemas/auth.js';
import type { Signer } from './signer.js';
import type { TokenKeeper } from './tokens.js';

/** @internal What every strategy of one app shares. */
export interface AppCredentials {
  readonly appKey: string;
  readonly appSecret: string;
  readonly sign: Signer;
  readonly clock: ServerClock;
  readonly tokens: TokenKeeper;
}

/**
 * Signs for one app, optionally as one seller (`openId`) and one shop (`shopCipher`). `apply` runs per attempt,
 * so a retry gets a new timestamp and a new sign; `recover` fixes an expired token or a skewed clock, once per call.
 */
export class TikTokShopAuth implements AuthStrategy {
  /** Shop calls spend a per-shop budget, seller calls a per-seller one (rate-limit scope 'credential'). */
  readonly rateLimitKey: string;

  constructor(
    private readonly app: AppCredentials,
    private readonly openId?: string | undefined,
    private readonly shopCipher?: string | undefined,
  ) {
    this.rateLimitKey = shopCipher !== undefined ? `shop:${shopCipher}` : openId !== undefined ? `seller:${openId}` : 'app';
  }

  apply(req: PreparedRequest): void | Promise<void> {
    if (this.openId === undefined) return this.#signSafely(req, undefined);
    // Hot path: a cached, fresh token signs synchronously; no promise or microtask per request.
    const ready = this.app.tokens.ready(this.openId);
    if (ready) return this.#signSafely(req, ready);
    return this.app.tokens.current(this.openId).then((tokens) => this.#sign(req, tokens));
  }

  // apply() never throws synchronously (a stream body cannot be signed): failures are rejections, as when it was async.
  #signSafely(req: PreparedRequest, tokens: TokenSet | undefined): void | Promise<void> {
    try {
      this.#sign(req, tokens);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  #sign(req: PreparedRequest, tokens: TokenSet | undefined): void {
    if (tokens) {
      // Kept on the attempt, so a 105002 renews exactly the token the server refused.
      req.authorizedWith = tokens;
      req.headers['x-tts-access-token'] = tokens.access_token;
    }
    const q = req.query;
    q.app_key = this.app.appKey;
    // After the token is known: the timestamp is taken as late as possible (10-digit seconds; docs: Sign your API request).
    q.timestamp = String(this.app.clock.nowSeconds());
    if (this.shopCipher !== undefined) q.shop_cipher = this.shopCipher;
    // "Allowed type: application/json" is required on every endpoint, GET included (every endpoint page of the TikTok Shop docs).
    const contentType = (req.headers['content-type'] ??= 'application/json');
    q.sign = this.app.sign(req.path, q, req.body, contentType);
  }

  async recover(error: ApiError, req: PreparedRequest): Promise<boolean> {
    if (error.code === TikTokShopCode.EXPIRED_TOKEN && this.openId !== undefined) {
      // Throws AuthenticationError ("re-authorize the seller") when the refresh token is dead: no loop.
      await this.app.tokens.renew(this.openId, req.authorizedWith as TokenSet | undefined);
      return true;
    }
    if (error.code === TikTokShopCode.INVALID_REQUEST && /timestamp/i.test(error.serverMessage)) {
      return this.app.clock.observe(error.headers.date);
    }
    return false;
  }

  secrets(): Iterable<string | undefined> {
    const tokens = this.openId === undefined ? undefined : this.app.tokens.peek(this.openId);
    return [this.app.appSecret, tokens?.access_token, tokens?.refresh_token];
  }
}

/**
 * The token host's credentials: `app_key` and `app_secret` in the query, no sign or timestamp (TikTok Shop docs:
 * Authorization guide (202309)). `app_secret` in a URL is redacted by name in logs and by value in error texts.
 */
export function tokenHostAuth(appKey: string, appSecret: string): AuthStrategy {
  return {
    apply(req) {
      req.query.app_key = appKey;
      req.query.app_secret = appSecret;
    },
    secrets: () => [appSecret],
  };
}
