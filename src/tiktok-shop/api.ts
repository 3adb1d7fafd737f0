/**
 * TikTok Shop, declared once: its hosts, envelope and error-rule table. The auth strategy (the app's key and
 * secret, a seller's token, a shop's cipher) is built per client and per seller/shop from these parts.
 */
import type { ApiDefinition } from '../core/client.js';
import { tiktokShopEnvelope } from './envelope.js';
import { API_NAME, tiktokShopErrorRules } from './errors.js';
import { routes, tokenRoutes } from './routes.js';

/** Business endpoints (TikTok Shop docs: Sign your API request, every curl example). */
export const TIKTOK_SHOP_BASE_URL = 'https://open-api.tiktokglobalshop.com';
/** Token get/refresh host (TikTok Shop docs: Authorization overview). */
export const TIKTOK_SHOP_AUTH_BASE_URL = 'https://auth.tiktok-shops.com';

export const tiktokShopApi: ApiDefinition = {
  name: API_NAME,
  defaultBaseURL: TIKTOK_SHOP_BASE_URL,
  envelope: tiktokShopEnvelope,
  errors: tiktokShopErrorRules,
  // What the `routes` option may correct, by route id (token host included).
  routes: [...Object.values(routes), ...Object.values(tokenRoutes)],
};

/** The token host speaks the same envelope (`"message": "success"`) and codes. */
export const tiktokShopTokenHost = { envelope: tiktokShopEnvelope, errors: tiktokShopErrorRules };
