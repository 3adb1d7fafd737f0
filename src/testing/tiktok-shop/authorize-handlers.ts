/**
 * The seller authorization link (TikTok Shop docs: Authorization overview, "Step 1: Get authorization code"):
 * `GET /open/authorize?service_id=...&state=...` on the Partner Center hosts. The real page asks the seller to
 * log in and approve; the emulator approves at once for its default seller and hands out a fresh auth code on
 * every request, valid 30 minutes and once, like the real one.
 *
 * The real redirect goes to the Redirect URL registered in Partner Center. The emulator has no Partner Center, so
 * it takes `redirect_uri` in the query (emulator only, inferred: the docs name no such parameter) and redirects
 * there with `?code=...&state=...`; without it, it answers the code as JSON, for curl and scripts.
 */
import { HttpResponse, http, type RequestHandler } from 'msw';
import { AUTHORIZE_URLS } from '../../tiktok-shop/oauth.js';
import { TIKTOK_SHOP_TEST_OPEN_ID, type TikTokShopEmulatorState } from './state.js';

/** The authorization link's path on both Partner Center hosts. */
export const AUTHORIZE_PATH = new URL(AUTHORIZE_URLS.ROW).pathname;

/** An auth code lives 30 minutes (the docs: "The auth_code expires in 30 minutes and can only be used once"). */
const AUTH_CODE_TTL_SECONDS = 30 * 60;

export function authorizeHandlers(state: TikTokShopEmulatorState): RequestHandler[] {
  return Object.values(AUTHORIZE_URLS).map((link) =>
    http.get(link, ({ request }) => {
      const query = new URL(request.url).searchParams;
      const stateParam = query.get('state')?.trim() ?? ''; // trimmed, as the guide asks of the link's state
      const redirect = query.get('redirect_uri');
      const code = state.createAuthCode();
      if (redirect !== null) {
        const target = parseRedirect(redirect);
        if (!target) return HttpResponse.json({ error: 'redirect_uri must be an absolute http(s) URL' }, { status: 400 });
        target.searchParams.set('code', code);
        if (stateParam) target.searchParams.set('state', stateParam);
        return new Response(null, { status: 302, headers: { location: target.toString() } });
      }
      return HttpResponse.json({
        code,
        state: stateParam,
        expires_in: AUTH_CODE_TTL_SECONDS,
        seller: state.sellers.get(TIKTOK_SHOP_TEST_OPEN_ID)?.sellerName ?? '',
        next: 'Exchange it once, within 30 minutes: app.auth.getAccessToken({ auth_code: code }). Ask this URL again for another code.',
      });
    }),
  );
}

function parseRedirect(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
