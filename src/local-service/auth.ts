import type { AuthStrategy } from '../core/auth.js';
import { AuthenticationError, type ApiError } from '../core/errors/index.js';
import { TokenManager, type RefreshLock, type TokenStore } from '../core/tokens.js';
import { merchantTokenEndpoint, type MerchantToken } from './merchant-token.js';

/**
 * `Authorization: Bearer <token>` with a token the caller manages. An expired or invalid token surfaces as
 * AuthenticationError: there is nothing to refresh it with.
 */
export function staticTokenAuth(accessToken: string): AuthStrategy {
  return {
    apply(req) {
      req.headers.authorization = `Bearer ${accessToken}`;
    },
    secrets: () => [accessToken],
  };
}

/** Options of {@link merchantTokenAuth}. */
export interface MerchantTokenAuthOptions {
  merchantId: string;
  store: TokenStore<MerchantToken>;
  /** Fetches a new token set (see obtainMerchantToken). */
  obtain: (current: MerchantToken | undefined, merchantId: string) => Promise<MerchantToken>;
  /** Refresh this many seconds before expiry. Default 300. */
  marginSeconds?: number;
  /** Cross-process lock around a refresh (TokenManager's `lock`). */
  lock?: RefreshLock | undefined;
  /** Secrets to scrub from errors besides the tokens (the client secret). */
  secrets: readonly string[];
  /** Unix seconds now; injectable for tests. */
  now?: () => number;
}

/**
 * Bearer auth with merchant tokens the client obtains and refreshes itself, through the core TokenManager:
 * refreshed ahead of expiry, one refresh at a time per merchant, and once more after the server rejects a
 * token as invalid (then the call is replayed once).
 */
export function merchantTokenAuth(o: MerchantTokenAuthOptions): AuthStrategy & { manager: TokenManager<MerchantToken> } {
  const manager = new TokenManager<MerchantToken>({
    store: o.store,
    refresh: (current, key) => o.obtain(current, key),
    expiresAt: (t) => t.expires_at,
    accessToken: (t) => t.access_token,
    marginSeconds: o.marginSeconds ?? 300,
    lock: o.lock,
    ...(o.now ? { now: o.now } : {}),
  });
  // Tokens seen by this client, so that a server echoing one back cannot leak it into an error message.
  const seen = new Set<string>();
  const remember = (t: MerchantToken) => {
    seen.add(t.access_token);
    if (t.refresh_token) seen.add(t.refresh_token);
    if (seen.size > 32) seen.delete(seen.values().next().value as string);
  };
  return {
    manager,
    rateLimitKey: `merchant:${o.merchantId}`,
    async apply(req) {
      const token = await manager.get(o.merchantId);
      remember(token);
      req.authorizedWith = token; // so that recover() renews exactly the token the server refused
      req.headers.authorization = `Bearer ${token.access_token}`;
    },
    async recover(err: ApiError, req) {
      // A rejection by the token endpoint itself (bad client secret) is not fixed by asking it again.
      if (!(err instanceof AuthenticationError) || err.endpoint === merchantTokenEndpoint.id) return false;
      remember(await manager.renew(o.merchantId, req.authorizedWith as MerchantToken | undefined));
      return true;
    },
    secrets: () => [...o.secrets, ...seen],
  };
}
