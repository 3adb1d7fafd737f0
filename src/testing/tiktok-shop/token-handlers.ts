/**
 * The token host (`auth.tiktok-shops.com`, TikTok Shop docs: Authorization guide (202309)): app_key + app_secret in
 * the query, no sign. The docs give no error codes for this host; the emulator answers 36009004 with a message
 * naming the bad parameter.
 */
import { http, type RequestHandler } from 'msw';
import { TIKTOK_SHOP_AUTH_BASE_URL } from '../../tiktok-shop/client.js';
import type { Responder } from './respond.js';
import type { TikTokShopEmulatorState } from './state.js';

export function tokenHandlers(state: TikTokShopEmulatorState, respond: Responder): RequestHandler[] {
  const appOk = (q: URLSearchParams) => q.get('app_key') === state.appKey && q.get('app_secret') === state.appSecret;
  return [
    http.get(`${TIKTOK_SHOP_AUTH_BASE_URL}/api/v2/token/get`, ({ request }) => {
      const q = new URL(request.url).searchParams;
      if (!appOk(q)) return respond.error(36009004, 'Invalid credentials. Invalid app_key or app_secret query parameter.');
      if (q.get('grant_type') !== 'authorized_code')
        return respond.error(36009004, 'Invalid grant_type: only authorized_code is accepted.');
      const grant = state.authCodes.get(q.get('auth_code') ?? '');
      if (!grant || grant.revoked || grant.expiresAt <= state.nowSeconds()) {
        // The guide's rule, in the message: "The auth_code expires in 30 minutes and can only be used once".
        return respond.error(
          36009004,
          'Invalid credentials. The auth_code is invalid, expired or already used: it expires in 30 minutes and can only be used once.',
        );
      }
      grant.revoked = true; // single use (the docs: the auth_code can be used once)
      return respond.ok(state.issueTokens(grant.openId), 'success');
    }),
    http.get(`${TIKTOK_SHOP_AUTH_BASE_URL}/api/v2/token/refresh`, ({ request }) => {
      const q = new URL(request.url).searchParams;
      if (!appOk(q)) return respond.error(36009004, 'Invalid credentials. Invalid app_key or app_secret query parameter.');
      if (q.get('grant_type') !== 'refresh_token')
        return respond.error(36009004, 'Invalid grant_type: only refresh_token is accepted.');
      const grant = state.refreshTokens.get(q.get('refresh_token') ?? '');
      if (!grant || grant.revoked || grant.expiresAt <= state.nowSeconds()) {
        return respond.error(36009004, 'Invalid credentials. The refresh_token is invalid, expired or revoked.');
      }
      // Rotated: the old refresh token stops working, so a second concurrent refresh would fail (single-flight matters).
      grant.revoked = true;
      return respond.ok(state.issueTokens(grant.openId), 'success');
    }),
  ];
}
