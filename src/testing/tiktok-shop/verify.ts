/**
 * What the API checks before any business logic (TikTok Shop docs: Common errors): app key, sign presence, the
 * timestamp window [now - 5 min, now + 30 s], the sign itself, the access token, and the shop cipher.
 */
import { signRequest } from '../../tiktok-shop/signer.js';
import { noteAuth, type TikTokShopAuthNote, type TikTokShopRule } from '../inspector/auth-notes.js';
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
  const now = state.nowSeconds();
  // For the request inspector: the first failed check, and the signature once computed.
  const note = noteAuth<TikTokShopAuthNote>(request, {
    api: 'tiktok-shop',
    rule: undefined,
    expectedSign: undefined,
    appSecret: state.appSecret,
    nowSeconds: now,
  });
  const fail = (rule: TikTokShopRule, code: number, message: string): Response => {
    note.rule = rule;
    return respond.error(code, message);
  };
  if (q.get('app_key') !== state.appKey) return fail('bad app_key', 36009004, MESSAGES.badAppKey);
  const sign = q.get('sign');
  if (!sign) return fail('missing sign', 36009004, MESSAGES.noSign);
  const ts = Number(q.get('timestamp'));
  if (!Number.isInteger(ts) || ts < 0) return fail('invalid timestamp', 36009004, MESSAGES.negativeTimestamp);
  if (ts < now - 300) return fail('timestamp too old', 36009004, MESSAGES.oldTimestamp);
  if (ts > now + 30) return fail('timestamp in the future', 36009004, MESSAGES.futureTimestamp);

  const body = await request.text();
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(contentType) && !/^multipart\/form-data\b/i.test(contentType)) {
    return fail('bad content-type', 36009022, MESSAGES.badFormat);
  }
  const query: Record<string, string> = {};
  for (const [k, v] of q) query[k] ??= v; // decoded values, first of a repeated key (as Go's Query().Get)
  const expected = signRequest({ appSecret: state.appSecret, path: url.pathname, query, body: body || undefined, contentType });
  note.expectedSign = expected;
  if (sign !== expected) return fail('bad signature', 106001, MESSAGES.badSign);

  const token = request.headers.get('x-tts-access-token') ?? '';
  const grant = state.accessTokens.get(token);
  if (!grant || grant.revoked) return fail('invalid access token', 36009004, MESSAGES.badToken);
  if (grant.expiresAt <= now) return fail('expired access token', 105002, MESSAGES.expiredToken);

  const cipher = q.get('shop_cipher');
  if (scope === 'seller') {
    if (cipher !== null) return fail('unexpected shop_cipher', 36009004, MESSAGES.unexpectedCipher);
    return { openId: grant.openId, shop: undefined, query: q, body };
  }
  if (!cipher) return fail('missing shop_cipher', 106013, MESSAGES.noCipher);
  const shop = state.shopOf(grant.openId, cipher);
  if (!shop) return fail('shop not authorized', 101000, MESSAGES.wrongShop);
  return { openId: grant.openId, shop, query: q, body };
}
