/**
 * What the API checks before any business logic (TikTok Shop docs: Common errors): app key, sign presence, the
 * timestamp window [now - 5 min, now + 30 s], the sign itself, the access token, and the shop cipher.
 */
import { signRequest } from '../../tiktok-shop/signer.js';
import { MESSAGES, type Responder } from './respond.js';
import type { TikTokShopEmulatorShop, TikTokShopEmulatorState } from './state.js';

/** `shop`: needs shop_cipher; `seller`: refuses one (Global Categories, Get Authorized Shops). */
export type Scope = 'shop' | 'seller';

export interface Verified {
  openId: string;
  /** Set for shop-scoped endpoints. */
  shop: TikTokShopEmulatorShop | undefined;
  query: URLSearchParams;
  body: string;
}

/** A verified request, or the error response the API would send. */
export async function verifyRequest(
  request: Request,
  scope: Scope,
  state: TikTokShopEmulatorState,
  respond: Responder,
): Promise<Verified | Response> {
  const url = new URL(request.url);
  const q = url.searchParams;
  if (q.get('app_key') !== state.appKey) return respond.error(36009004, MESSAGES.badAppKey);
  const sign = q.get('sign');
  if (!sign) return respond.error(36009004, MESSAGES.noSign);
  const ts = Number(q.get('timestamp'));
  const now = state.nowSeconds();
  if (!Number.isInteger(ts) || ts < 0) return respond.error(36009004, MESSAGES.negativeTimestamp);
  if (ts < now - 300) return respond.error(36009004, MESSAGES.oldTimestamp);
  if (ts > now + 30) return respond.error(36009004, MESSAGES.futureTimestamp);

  const body = await request.text();
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(contentType) && !/^multipart\/form-data\b/i.test(contentType)) {
    return respond.error(36009022, MESSAGES.badFormat);
  }
  const query: Record<string, string> = {};
  for (const [k, v] of q) query[k] ??= v; // decoded values, first of a repeated key (as Go's Query().Get)
  const expected = signRequest({ appSecret: state.appSecret, path: url.pathname, query, body: body || undefined, contentType });
  if (sign !== expected) return respond.error(106001, MESSAGES.badSign);

  const token = request.headers.get('x-tts-access-token') ?? '';
  const grant = state.accessTokens.get(token);
  if (!grant || grant.revoked) return respond.error(36009004, MESSAGES.badToken);
  if (grant.expiresAt <= now) return respond.error(105002, MESSAGES.expiredToken);

  const cipher = q.get('shop_cipher');
  if (scope === 'seller') {
    if (cipher !== null) return respond.error(36009004, MESSAGES.unexpectedCipher);
    return { openId: grant.openId, shop: undefined, query: q, body };
  }
  if (!cipher) return respond.error(106013, MESSAGES.noCipher);
  const shop = state.shopOf(grant.openId, cipher);
  if (!shop) return respond.error(101000, MESSAGES.wrongShop);
  return { openId: grant.openId, shop, query: q, body };
}
