/**
 * How one loopback port serves three APIs: the handlers are written for each API's real host, and the APIs' path
 * prefixes do not overlap, so the path alone says which host a request was meant for.
 */
import { HttpResponse, http, type RequestHandler } from 'msw';
import { LOCAL_SERVICE_BASE_URL } from '../local-service/client.js';
import { MERCHANT_TOKEN_PATH } from '../local-service/merchant-token.js';
import { TIKTOK_SHOP_AUTH_BASE_URL, TIKTOK_SHOP_BASE_URL } from '../tiktok-shop/client.js';
import { AUTHORIZE_URLS } from '../tiktok-shop/oauth.js';
import { tiktokShopOperations } from '../tiktok-shop/operations.js';
import { EMULATOR_CREDENTIALS } from './credentials.js';
import { AUTHORIZE_PATH } from './tiktok-shop/authorize-handlers.js';
import { LOCAL_SERVICE_BASE_PATH, LOCAL_SERVICE_ORIGIN } from './local-service/fixtures.js';
import { TRENZ_EMULATOR_ORIGIN } from './trenz/common.js';
import { EMULATOR_STORAGE_PATH } from './trenz/files.js';

/** The made-up host of the emulator's own pages (`GET /`): `.invalid` can never be a real host (RFC 2606). */
export const EMULATOR_HOME_ORIGIN = 'http://emulator.invalid';

/** Path prefix -> the host whose handlers answer it. First match wins. */
const PREFIXES: readonly (readonly [string, string])[] = [
  ['/api/v2/token/', TIKTOK_SHOP_AUTH_BASE_URL],
  // The seller authorization link, which hands out auth codes (Partner Center's host; the US one behaves the same).
  [AUTHORIZE_PATH, AUTHORIZE_URLS.ROW],
  // Every first path segment of the TikTok Shop operations (/product/, /fulfillment/, /affiliate_seller/...).
  ...[...new Set(tiktokShopOperations().map((op) => `/${op.path.split('/')[1]}/`))].map(
    (p) => [p, TIKTOK_SHOP_BASE_URL] as const,
  ),
  ['/open/v1/', TRENZ_EMULATOR_ORIGIN],
  // Trenz presigned uploads point back at the server that issued them (see trenz/files.ts).
  [EMULATOR_STORAGE_PATH, TRENZ_EMULATOR_ORIGIN],
  [`${LOCAL_SERVICE_BASE_PATH}/`, LOCAL_SERVICE_ORIGIN],
  [MERCHANT_TOKEN_PATH, LOCAL_SERVICE_ORIGIN],
];

/** The origin whose handlers answer `path` (a request target such as `/order/202309/orders/search?x=1`). */
export function originForPath(path: string): string {
  for (const [prefix, origin] of PREFIXES) if (path.startsWith(prefix)) return origin;
  return EMULATOR_HOME_ORIGIN;
}

/**
 * `GET /`: what this server emulates and how to reach it, so `curl http://127.0.0.1:4010/` explains itself to a
 * user in any language. Only the emulator's own test credentials are shown.
 */
export function emulatorIndexHandlers(): RequestHandler[] {
  return [
    http.get(`${EMULATOR_HOME_ORIGIN}/`, ({ request }) => {
      const host = request.headers.get('host');
      const url = host ? `http://${host}` : '';
      // The static auth code works once per emulator: the start page sends users to the link that mints codes.
      const { authCode: _once, ...tiktokShop } = EMULATOR_CREDENTIALS.tiktokShop;
      return HttpResponse.json({
        emulator: 'social-commerce-sdk',
        apis: {
          tiktokShop: { baseURL: url, authBaseURL: url, replaces: [TIKTOK_SHOP_BASE_URL, TIKTOK_SHOP_AUTH_BASE_URL] },
          trenz: { baseURL: url, replaces: TRENZ_EMULATOR_ORIGIN },
          localService: { baseURL: `${url}${LOCAL_SERVICE_BASE_PATH}`, replaces: LOCAL_SERVICE_BASE_URL },
        },
        oauth: {
          authorize: `${url}${AUTHORIZE_PATH}?service_id=emulator&state=<your state>`,
          how: `GET the authorize URL for a fresh TikTok Shop auth code on every request (JSON), or add &redirect_uri=<your callback> to be redirected there with ?code=...&state=..., as TikTok redirects a seller. A code works once, within 30 minutes: app.auth.getAccessToken({ auth_code }).`,
          replaces: [AUTHORIZE_URLS.US, AUTHORIZE_URLS.ROW],
        },
        env: {
          TIKTOK_SHOP_BASE_URL: url,
          TIKTOK_SHOP_AUTH_BASE_URL: url,
          TRENZ_BASE_URL: url,
          LOCAL_SERVICE_BASE_URL: `${url}${LOCAL_SERVICE_BASE_PATH}`,
        },
        credentials: { ...EMULATOR_CREDENTIALS, tiktokShop },
        docs: 'docs/testing.md in the social-commerce-sdk package',
      });
    }),
    // Any other path: a 404 that lists what is served, instead of a bare "no handler".
    http.all(`${EMULATOR_HOME_ORIGIN}/*`, ({ request }) =>
      HttpResponse.json(
        {
          emulator: 'no such path',
          method: request.method,
          path: new URL(request.url).pathname,
          served: PREFIXES.map(([prefix]) => prefix),
        },
        { status: 404 },
      ),
    ),
  ];
}
