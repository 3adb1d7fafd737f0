/**
 * Every error code the three vendor documents list, classified: none may fall through to the base ApiError. The
 * codes and messages are as the documents print them (TikTok Shop docs: Common errors and the error table of each
 * endpoint page; Trenz docs: Error Codes; the Local Service docs list no code but "0").
 */
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  toApiError,
} from '../../src/core/errors/index.js';
import { localServiceEnvelope } from '../../src/local-service/envelope.js';
import { localServiceErrorRules } from '../../src/local-service/errors.js';
import { tiktokShopErrorRules } from '../../src/tiktok-shop/errors.js';
import { InsufficientCreditsError } from '../../src/trenz/errors.js';
import { trenzErrorRules } from '../../src/trenz/errors.js';

type Cls = typeof ApiError;

/** TikTok Shop: code, the documented message, the class. The docs give no HTTP status: they fail inside a 200. */
const TIKTOK_SHOP: [number, string, Cls][] = [
  // Common errors: general.
  [36009002, "Too many requests. You've made too many requests in a short period of time.", RateLimitError],
  [36009007, 'Request timeout. The request to the endpoint timed out.', ServerError],
  [36009009, 'Invalid path. The specified path does not match any available endpoint.', NotFoundError],
  [36009010, 'Invalid method. The HTTP method used is not supported by this endpoint.', InvalidRequestError],
  [36009021, 'Invalid file size. The uploaded file size exceeds the maximum limit.', InvalidRequestError],
  [
    36009022,
    'Invalid request format. The request body format must be application/json for structured data or multipart/form-data for binary files.',
    InvalidRequestError,
  ],
  [36009023, 'Invalid request format. The value of the content-type header must be multipart/form-data.', InvalidRequestError],
  // Common errors: authorization.
  [
    101000,
    'Invalid query or header. The category_asset_cipher query parameter or x-tts-access-token header is invalid.',
    PermissionError,
  ],
  [
    105005,
    'Access denied. The app is not authorized to access the endpoint because the access scopes granted for the app or the access token do not contain the required access scope for the endpoint.',
    PermissionError,
  ],
  [36009033, 'Access denied. Your IP address is not in the IP allow list configured for this app.', PermissionError],
  // Common errors: authentication (36009004 stands for several conditions: the message decides).
  [105002, 'Expired credentials. The access_token or x-tts-access-token header has expired.', AuthenticationError],
  [106001, 'Invalid credentials. The sign query parameter is invalid.', AuthenticationError],
  [36009004, 'Missing credentials. The request does not include a required signature in the query.', AuthenticationError],
  [36009004, 'Invalid credentials. The access_token header is invalid.', AuthenticationError],
  [36009004, 'Invalid credentials. The x-tts-access-token header is invalid.', AuthenticationError],
  [36009004, 'Invalid credentials. Invalid app_key query parameter.', AuthenticationError],
  [36009004, 'Invalid timestamp. The value of the timestamp query parameter must not be lesser than 0.', InvalidRequestError],
  [
    36009004,
    'Invalid timestamp. The value of the timestamp query parameter must not be earlier than 5 minutes before the current time.',
    InvalidRequestError,
  ],
  [
    36009004,
    'Invalid timestamp. The value of the timestamp query parameter must not exceed the current time by more than 30 seconds.',
    InvalidRequestError,
  ],
  // Common errors: parameters.
  [106013, 'Missing identifier. The shop_cipher query parameter is required to identify the target shop.', InvalidRequestError],
  [36009004, 'Unexpected identifier. The shop_cipher query parameter is not required for this request.', InvalidRequestError],
  [
    36009004,
    'Unexpected identifier. The category_asset_cipher query parameter is not required for this request.',
    InvalidRequestError,
  ],
  [36009004, 'Invalid identifier. The shop_id query parameter is invalid.', InvalidRequestError],
  [36009004, 'Invalid API version. The version query parameter is invalid.', InvalidRequestError],
  // Get Product.
  [12019150, 'The product ID does not exist.', NotFoundError],
  [12052032, 'The product does not exist', NotFoundError],
  [12052048, "You cannot edit the specified product(s) as it isn't listed in your account or shop.", NotFoundError],
  [12052260, 'product id not exist', NotFoundError],
  [12052704, 'seller id not exist', NotFoundError],
  [12052900, 'System error, try again later', ServerError],
  [
    12052901,
    'The product in its current status is not available for this operation. Change the product status and try again.',
    InvalidRequestError,
  ],
  // Get Categories, Get Global Categories.
  [12019210, 'publish param invalid', InvalidRequestError],
  [12052023, 'Category does not exist', NotFoundError],
  [
    12052217,
    "Incorrect category version. For US shops or global sellers with an active US shop, specify 'category version=v2'.",
    InvalidRequestError,
  ],
  [
    12052230,
    'The specified category ID is not a leaf category, or it does not belong to the specified category version.',
    InvalidRequestError,
  ],
  [12052700, 'seller is inactived', PermissionError],
  // Product diagnoses.
  [12009014, 'seller no permission for product error', PermissionError],
  [12019114, 'seller no permission for product error', PermissionError],
  [12019120, 'product ids exceed limit', InvalidRequestError],
  // Get Attributes.
  [12052024, 'Category is not final category', InvalidRequestError],
  [12052025, 'The category is invalid', InvalidRequestError],
  // Get Brands.
  [12019108, 'page number is invalid', InvalidRequestError],
  [12019109, 'page size is invalid', InvalidRequestError],
  [12019123, 'product of pageSize and pageNumber exceeds the maximum limit', InvalidRequestError],
  [12019124, 'pageSize and pageNumber need to be used together', InvalidRequestError],
  // Get Order List, Get Order Detail, Get Price Detail.
  [21008111, 'The order or package does not belong to the current seller.', NotFoundError],
  [21011500, 'System process error. Please try again later.', ServerError],
  [99999999, 'The order search failed due to a timeout, please try again later.', ServerError],
  [21001001, 'invalid params', InvalidRequestError],
];

/** Trenz: HTTP status, code, class (the "Error Codes" table). */
const TRENZ: [number, string, Cls][] = [
  [400, 'BAD_REQUEST', InvalidRequestError],
  [400, 'INVALID_PARAM', InvalidRequestError],
  [400, 'MISSING_PARAM', InvalidRequestError],
  [400, 'INVALID_SORT_FIELD', InvalidRequestError],
  [400, 'INVALID_INCLUDE', InvalidRequestError],
  [400, 'PAGE_SIZE_EXCEEDED', InvalidRequestError],
  [401, 'AUTH_MISSING_KEY', AuthenticationError],
  [401, 'AUTH_INVALID_KEY', AuthenticationError],
  [401, 'AUTH_KEY_REVOKED', AuthenticationError],
  [401, 'AUTH_KEY_SUSPENDED', AuthenticationError],
  [402, 'INSUFFICIENT_CREDITS', InsufficientCreditsError],
  [403, 'FORBIDDEN_SCOPE', PermissionError],
  [404, 'ROUTE_NOT_FOUND', NotFoundError],
  [404, 'TASK_NOT_FOUND', NotFoundError],
  [429, 'RATE_LIMITED', RateLimitError],
  [429, 'QUOTA_EXCEEDED', RateLimitError],
  [500, 'INTERNAL_ERROR', ServerError],
  [502, 'BACKEND_ERROR', ServerError],
  [503, 'BACKEND_UNAVAILABLE', ServerError],
  [504, 'BACKEND_TIMEOUT', ServerError],
];

const facts = (status: number, code: string | number, message: string) => ({
  status,
  code,
  message,
  requestId: 'r',
  headers: {},
});

describe('every documented error code is classified, none falls through to ApiError', () => {
  it.each(TIKTOK_SHOP)('TikTok Shop %i (%s) is a %O', (code, message, Cls) => {
    const rules = tiktokShopErrorRules;
    // A code with a rule of its own, or (36009004) a rule for its message: never the status fallback alone.
    expect(rules.codes.has(code) || rules.byMessage?.(code, message) !== undefined).toBe(true);
    const err = toApiError('TikTok Shop', 'GET /x', rules, facts(200, code, message));
    expect(err).toBeInstanceOf(Cls);
    expect(err.constructor).not.toBe(ApiError);
    expect(err.code).toBe(code);
  });

  it('the eleven endpoint codes that had no rule name their documented meaning in the hint', () => {
    const hints: [number, RegExp][] = [
      [12019108, /page number/],
      [12019109, /page size/],
      [12019120, /product ids exceed limit/],
      [12019123, /page size times the page number/],
      [12019124, /together/],
      [12019210, /publish param invalid/],
      [12052024, /not final category/],
      [12052025, /category is invalid/],
      [12052048, /not listed in this account or shop/],
      [12052901, /current status/],
      [21001001, /invalid params/],
    ];
    for (const [code, hint] of hints)
      expect([code, toApiError('TikTok Shop', 'GET /x', tiktokShopErrorRules, facts(200, code, '')).hint]).toEqual([
        code,
        expect.stringMatching(hint),
      ]);
  });

  it.each(TRENZ)('Trenz HTTP %i %s is a %O', (status, code, Cls) => {
    expect(trenzErrorRules.codes.has(code)).toBe(true);
    const err = toApiError('Trenz', 'GET /x', trenzErrorRules, facts(status, code, ''));
    expect(err).toBeInstanceOf(Cls);
    expect(err.constructor).not.toBe(ApiError);
  });

  it('Local Service: the docs list only "0" (success); any other code is classified by its http_status_code', () => {
    const res = (error: Record<string, unknown>) => ({
      api: 'Local Service',
      endpoint: {} as never,
      status: 200,
      headers: {},
      body: { error, data: { ok: 1 } },
    });
    expect(localServiceEnvelope.unwrap(res({ code: '0', message: '', logid: 'l' }))).toMatchObject({ ok: true, data: { ok: 1 } });
    const failed = localServiceEnvelope.unwrap(res({ code: '2190008', message: 'bad', logid: 'l', http_status_code: 400 }));
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    const err = toApiError('Local Service', 'POST /x', localServiceErrorRules, failed.error);
    expect(err).toBeInstanceOf(InvalidRequestError);
  });
});
