/**
 * TikTok Shop error codes -> SDK error classes (ENDPOINTS.md 2.6; common errors S:3154-3246). The body `code`
 * decides, never the HTTP status alone: the seed gives no status for any code (ENDPOINTS.md 5.2.31).
 */
import {
  AuthenticationError,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  errorRules,
  type ErrorRule,
  type ErrorRules,
} from '../core/errors/index.js';

export const API_NAME = 'TikTok Shop';

/** Codes the SDK acts on. */
export const TikTokShopCode = {
  OK: 0,
  /** The access token expired: refreshed and replayed once automatically (S:3199-3201). */
  EXPIRED_TOKEN: 105002,
  INVALID_SIGN: 106001,
  /** 11 conditions share it (invalid credentials, timestamp, identifiers): the message tells them apart. */
  INVALID_REQUEST: 36009004,
  MISSING_SHOP_CIPHER: 106013,
  MISSING_SCOPE: 105005,
  TOO_MANY_REQUESTS: 36009002,
  INTERNAL_ERROR: 36009003,
} as const;

type Rule = ErrorRule;

const RE_AUTHORIZE = 'Re-authorize the seller (app.auth.authorizationUrl) and store the new tokens.';
const SERVER_RETRY: Rule = { cls: ServerError, retryable: true };

// One row per code; hints name the next step (STYLE.md "Errors that teach").
const RULES: [number, Rule][] = [
  [36009002, { cls: RateLimitError, retryable: true }],
  // 36009003 "internal error" is in the official tables but not in the seed (ENDPOINTS.md 2.7.2).
  [36009003, SERVER_RETRY],
  [36009007, { cls: ServerError, retryable: true, hint: 'The endpoint timed out; retries were exhausted. Try again, or ask for less per call (S:3166).' }],
  [36009009, { cls: NotFoundError, hint: 'No endpoint has this path: check the API version segment (202309, 202507, ...).' }],
  [36009010, { cls: InvalidRequestError, hint: 'This endpoint does not accept that HTTP method.' }],
  [36009021, { cls: InvalidRequestError }],
  [36009022, { cls: InvalidRequestError }],
  [36009023, { cls: InvalidRequestError }],
  [36009033, { cls: PermissionError, hint: "Add this host's IP address to the app's IP allow list in Partner Center > App & Service." }],
  [101000, { cls: PermissionError, hint: 'The access token does not belong to the shop of this shop_cipher, or has the wrong user_type: use the cipher from this seller\'s getShops().' }],
  [105005, {
    cls: PermissionError,
    hint: 'The app or the token lacks the scope of this endpoint: enable it in Partner Center > App & Service > Manage API, then have the seller re-authorize (a refresh does not add scopes).',
  }],
  [105002, { cls: AuthenticationError, hint: `The access token expired and could not be renewed. ${RE_AUTHORIZE}` }],
  [106001, { cls: AuthenticationError, hint: 'The sign was rejected: most often a wrong appKey/appSecret pair (S:404-406). Check both against Partner Center.' }],
  [106013, { cls: InvalidRequestError, hint: 'This endpoint needs a shop_cipher: call it on seller.shop(cipher), with the cipher from seller.authorization.getShops().' }],
  [12052109, { cls: RateLimitError, retryable: true }],
  // Endpoint codes (ENDPOINTS.md 2.6.2).
  [12019150, { cls: NotFoundError }],
  [12052032, { cls: NotFoundError }],
  [12052260, { cls: NotFoundError }],
  [12052704, { cls: NotFoundError }],
  [12052023, { cls: NotFoundError }],
  [21008111, { cls: NotFoundError, hint: 'The order or package belongs to another seller or shop: check the shop_cipher.' }],
  [12009014, { cls: PermissionError }],
  [12019114, { cls: PermissionError }],
  [12052700, { cls: PermissionError, hint: 'The seller account is inactive.' }],
  [12052217, { cls: InvalidRequestError, hint: "US shops (and sellers with an active US shop) need category_version: 'v2'; other regions 'v1'." }],
  [12052230, { cls: InvalidRequestError, hint: "Use a leaf category of the given category_version ('v2' for US)." }],
  [12052900, SERVER_RETRY],
  [21011500, SERVER_RETRY],
  [99999999, SERVER_RETRY],
];

/** 36009004 covers credentials, timestamps and identifiers (S:3203-3246): tell them apart by message. */
function invalidRequestRule(message: string): Rule {
  if (/timestamp/i.test(message)) {
    return {
      cls: InvalidRequestError,
      hint: "The timestamp was outside [now - 5 min, now + 30 s] of TikTok's clock even after the SDK corrected its clock from the server's Date header; fix the host clock (NTP).",
    };
  }
  if (/app_key/i.test(message)) return { cls: AuthenticationError, hint: 'Check appKey: the app may be unknown, disabled or deleted in Partner Center.' };
  if (/credentials/i.test(message)) return { cls: AuthenticationError, hint: `The access token was not accepted. ${RE_AUTHORIZE}` };
  if (/shop_cipher/i.test(message)) {
    return { cls: InvalidRequestError, hint: 'This endpoint is seller-scoped: call it on the seller (e.g. seller.products.globalCategories), not on a shop.' };
  }
  return { cls: InvalidRequestError };
}

/** TikTok Shop's error-rule table: the body `code` decides, never the HTTP status alone. */
export const tiktokShopErrorRules: ErrorRules = errorRules(RULES, {
  byMessage: (code, message) => (code === TikTokShopCode.INVALID_REQUEST ? invalidRequestRule(message) : undefined),
});
