/**
 * TikTok Shop, declared once: its hosts, envelope and error-rule table. The auth strategy (the app's key and
 * secret, a seller's token, a shop's cipher) is built per client and per seller/shop from these parts.
 */
import type { ApiDefinition } from '../core/client.js';
import type { AnyEndpoint } from '../core/endpoint.js';
import { tiktokShopEnvelope } from './envelope.js';
import { API_NAME, tiktokShopErrorRules } from './errors.js';
import { sellerRoutesById, shopRoutesById } from './generated/route-ids.js';
import { routes, tokenRoutes } from './routes.js';

/** Business endpoints (TikTok Shop docs: Sign your API request, every curl example). */
export const TIKTOK_SHOP_BASE_URL = 'https://open-api.tiktokglobalshop.com';
/** Token get/refresh host (TikTok Shop docs: Authorization overview). */
export const TIKTOK_SHOP_AUTH_BASE_URL = 'https://auth.tiktok-shops.com';
/** The environment variable that overrides the token host (the `authBaseURL` option overrides both). */
export const TIKTOK_SHOP_AUTH_BASE_URL_ENV = 'TIKTOK_SHOP_AUTH_BASE_URL';

export const tiktokShopApi: ApiDefinition = {
  name: API_NAME,
  defaultBaseURL: TIKTOK_SHOP_BASE_URL,
  baseURLEnv: 'TIKTOK_SHOP_BASE_URL',
  envelope: tiktokShopEnvelope,
  errors: tiktokShopErrorRules,
  // What the `routes` option may correct, by route id (token host included).
  // Every operation (the hand-written and the generated ones) and the token host's routes; lazy routes stay lazy.
  routes: [
    ...new Set([
      ...Object.values(routes),
      ...Object.values(shopRoutesById),
      ...Object.values(sellerRoutesById),
      ...Object.values(tokenRoutes),
    ]),
  ] as AnyEndpoint[],
};

/** The token host speaks the same envelope (`"message": "success"`) and codes. */
export const tiktokShopTokenHost = { envelope: tiktokShopEnvelope, errors: tiktokShopErrorRules };
