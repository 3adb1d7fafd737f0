/**
 * Which ApiError class a Local Service failure becomes. The Local Service docs have no error-code table:
 * `ErrorStruct` defines only `"0"` = success. The codes below are inferred from the TikTok API v2 error-handling
 * convention (developers.tiktok.com/doc/tiktok-api-v2-error-handling: string codes with an HTTP status), which
 * `open.tiktokapis.com/v2` APIs follow; anything else is classified by `http_status_code`, then the HTTP status.
 */
import {
  AuthenticationError,
  InvalidRequestError,
  PermissionError,
  RateLimitError,
  ServerError,
  errorRules,
  type ErrorRule,
  type ErrorRules,
} from '../core/errors/index.js';

/** The API's display name in errors and logs. */
export const LOCAL_SERVICE = 'Local Service';

/** inferred: TikTok API v2 convention codes (and OAuth ones for the merchant token endpoint), not in the Local Service docs. */
export const LOCAL_SERVICE_ERROR_CODES: Readonly<Record<string, ErrorRule>> = {
  access_token_invalid: {
    cls: AuthenticationError,
    retryable: false,
    hint: 'The merchant access token expired or is invalid. Pass a new accessToken, or construct LocalService with { clientKey, clientSecret, merchantId } so that it obtains and refreshes tokens itself.',
  },
  scope_not_authorized: {
    cls: PermissionError,
    retryable: false,
    hint: 'The merchant has not granted the scope this endpoint needs: ask the merchant to authorize it, then get a new token (the token changes when scopes change).',
  },
  scope_permission_missed: { cls: PermissionError, retryable: false },
  invalid_params: { cls: InvalidRequestError, retryable: false },
  rate_limit_exceeded: {
    cls: RateLimitError,
    retryable: true,
    hint: 'Local Service allows 20 requests per second per endpoint. The client spaces requests by default; if you see this, another process shares the quota: lower rateLimit.perSecond.',
  },
  internal_error: { cls: ServerError, retryable: true },
  // OAuth-style codes of the merchant token endpoint (external evidence: TikTok's "Obtain Access Token for APIs" page).
  invalid_client: {
    cls: AuthenticationError,
    retryable: false,
    hint: 'The merchant token endpoint rejected clientKey/clientSecret: check them for typos or stray whitespace.',
  },
  invalid_grant: {
    cls: AuthenticationError,
    retryable: false,
    hint: 'The merchant token endpoint refused the grant: check merchantId and that the merchant approved your app.',
  },
};

/**
 * Local Service's error-rule table: by code when known; otherwise the core's shared rules decide by the body's
 * `http_status_code`, then the HTTP status.
 */
export const localServiceErrorRules: ErrorRules = errorRules(Object.entries(LOCAL_SERVICE_ERROR_CODES));
