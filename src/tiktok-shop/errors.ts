/**
 * TikTok Shop error codes -> SDK error classes: the "Common errors" page and the error table of every documented
 * endpoint page (TikTok Shop docs). The body `code` decides, never the HTTP status alone: the docs give no status for
 * any code.
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
  /** The access token expired: refreshed and replayed once automatically (Common errors: Authentication). */
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

// One row per code; hints name the next step.
const RULES: [number, Rule][] = [
  [36009002, { cls: RateLimitError, retryable: true }],
  // 36009003 "internal error": in TikTok's published common-error tables, not on the Common errors page used here.
  [36009003, SERVER_RETRY],
  [
    36009007,
    {
      cls: ServerError,
      retryable: true,
      hint: 'The endpoint timed out; retries were exhausted. Try again, or ask for less per call.',
    },
  ],
  [36009009, { cls: NotFoundError, hint: 'No endpoint has this path: check the API version segment (202309, 202507, ...).' }],
  [36009010, { cls: InvalidRequestError, hint: 'This endpoint does not accept that HTTP method.' }],
  [36009021, { cls: InvalidRequestError }],
  [36009022, { cls: InvalidRequestError }],
  [36009023, { cls: InvalidRequestError }],
  [
    36009033,
    { cls: PermissionError, hint: "Add this host's IP address to the app's IP allow list in Partner Center > App & Service." },
  ],
  [
    101000,
    {
      cls: PermissionError,
      hint: "The access token does not belong to the shop of this shop_cipher, or has the wrong user_type: use the cipher from this seller's getShops().",
    },
  ],
  [
    105005,
    {
      cls: PermissionError,
      hint: 'The app or the token lacks the scope of this endpoint: enable it in Partner Center > App & Service > Manage API, then have the seller re-authorize (a refresh does not add scopes).',
    },
  ],
  [105002, { cls: AuthenticationError, hint: `The access token expired and could not be renewed. ${RE_AUTHORIZE}` }],
  [
    106001,
    {
      cls: AuthenticationError,
      hint: 'The sign was rejected: most often a wrong appKey/appSecret pair. Check both against Partner Center.',
    },
  ],
  [
    106013,
    {
      cls: InvalidRequestError,
      hint: 'This endpoint needs a shop_cipher: call it on seller.shop(cipher), with the cipher from seller.authorization.getShops().',
    },
  ],
  [12052109, { cls: RateLimitError, retryable: true }],
  // Endpoint codes: the error table of each documented endpoint page.
  [12019150, { cls: NotFoundError }],
  [12052032, { cls: NotFoundError }],
  [12052260, { cls: NotFoundError }],
  [12052704, { cls: NotFoundError }],
  [12052023, { cls: NotFoundError }],
  [21008111, { cls: NotFoundError, hint: 'The order or package belongs to another seller or shop: check the shop_cipher.' }],
  [12009014, { cls: PermissionError }],
  [12019114, { cls: PermissionError }],
  [12052700, { cls: PermissionError, hint: 'The seller account is inactive.' }],
  [
    12052217,
    {
      cls: InvalidRequestError,
      hint: "US shops (and sellers with an active US shop) need category_version: 'v2'; other regions 'v1'.",
    },
  ],
  [12052230, { cls: InvalidRequestError, hint: "Use a leaf category of the given category_version ('v2' for US)." }],
  [12052900, SERVER_RETRY],
  [21011500, SERVER_RETRY],
  [99999999, SERVER_RETRY],
  // Get Product.
  [
    12052048,
    {
      cls: NotFoundError,
      hint: 'The product is not listed in this account or shop ("You cannot edit the specified product(s)"): check the product id and the shop_cipher.',
    },
  ],
  [
    12052901,
    {
      cls: InvalidRequestError,
      hint: 'The product in its current status is not available for this operation: change the product status, then try again.',
    },
  ],
  // Get Categories.
  [
    12019210,
    {
      cls: InvalidRequestError,
      hint: 'A request parameter is invalid ("publish param invalid"): check category_version, locale and keyword against Get Categories.',
    },
  ],
  // Product diagnoses.
  [
    12019120,
    {
      cls: InvalidRequestError,
      hint: 'Too many product ids ("product ids exceed limit"): diagnose at most 200 product_ids per call.',
    },
  ],
  // Get Attributes.
  [
    12052024,
    {
      cls: InvalidRequestError,
      hint: 'The category is not a leaf ("Category is not final category"): pass a leaf category id from Get Categories.',
    },
  ],
  [
    12052025,
    {
      cls: InvalidRequestError,
      hint: 'The category is invalid: pass a category id from Get Categories for this shop and category_version.',
    },
  ],
  // Get Brands: paging errors.
  [
    12019108,
    {
      cls: InvalidRequestError,
      hint: 'The page number is invalid: start from the first page (no page_token) and pass on next_page_token.',
    },
  ],
  [12019109, { cls: InvalidRequestError, hint: 'The page size is invalid: page_size must be 1-100.' }],
  [
    12019123,
    {
      cls: InvalidRequestError,
      hint: 'The page size times the page number exceeds the maximum: narrow the query (e.g. brand_name) instead of paging deeper.',
    },
  ],
  [12019124, { cls: InvalidRequestError, hint: 'The page size and the page number must be given together.' }],
  // Get Price Detail.
  [
    21001001,
    { cls: InvalidRequestError, hint: 'A request parameter is invalid ("invalid params"): check the order id and the query.' },
  ],
];

/** 36009004 covers credentials, timestamps and identifiers (Common errors): tell them apart by message. */
function invalidRequestRule(message: string): Rule {
  if (/timestamp/i.test(message)) {
    return {
      cls: InvalidRequestError,
      hint: "The timestamp was outside [now - 5 min, now + 30 s] of TikTok's clock even after the SDK corrected its clock from the server's Date header; fix the host clock (NTP).",
    };
  }
  if (/app_key/i.test(message))
    return { cls: AuthenticationError, hint: 'Check appKey: the app may be unknown, disabled or deleted in Partner Center.' };
  // Token host (Get Access Token, Refresh Access Token): the docs print no code for these, answered as 36009004.
  if (/auth_code/i.test(message)) {
    return {
      cls: AuthenticationError,
      hint: 'An auth_code works once and expires 30 minutes after the redirect (TikTok Shop docs: Authorization overview): send the seller through app.auth.authorizationUrl(...) again and exchange the new code once.',
    };
  }
  if (/refresh_token/i.test(message))
    return { cls: AuthenticationError, hint: `The refresh token is invalid, expired or already used. ${RE_AUTHORIZE}` };
  if (/credentials/i.test(message))
    return { cls: AuthenticationError, hint: `The access token was not accepted. ${RE_AUTHORIZE}` };
  if (/shop_cipher/i.test(message)) {
    return {
      cls: InvalidRequestError,
      hint: 'This endpoint is seller-scoped: call it on the seller (e.g. seller.products.globalCategories), not on a shop.',
    };
  }
  return { cls: InvalidRequestError };
}

/** TikTok Shop's error-rule table: the body `code` decides, never the HTTP status alone. */
export const tiktokShopErrorRules: ErrorRules = errorRules(RULES, {
  byMessage: (code, message) => (code === TikTokShopCode.INVALID_REQUEST ? invalidRequestRule(message) : undefined),
});
