/**
 * Which ApiError class a Local Service failure becomes. Seed 001 has no error-code table (ENDPOINTS.md 3.6):
 * it defines only `"0"` = success (L:15). The codes below are inferred from the TikTok API v2 error-handling
 * convention (developers.tiktok.com/doc/tiktok-api-v2-error-handling: string codes with an HTTP status), which
 * `open.tiktokapis.com/v2` APIs follow; anything else is classified by `http_status_code`, then the HTTP status.
 */
import {
  ApiError,
  AuthenticationError,
  InvalidRequestError,
  PermissionError,
  RateLimitError,
  ServerError,
  apiErrorClassForStatus,
  type ApiErrorClass,
} from '../core/errors/index.js';

/** The API's display name in errors and logs. */
export const LOCAL_SERVICE = 'Local Service';

interface CodeRule {
  cls: ApiErrorClass;
  retryable: boolean;
  hint?: string;
}

/** inferred: TikTok API v2 convention codes (and OAuth ones for the merchant token endpoint), not in seed 001. */
export const LOCAL_SERVICE_ERROR_CODES: Readonly<Record<string, CodeRule>> = {
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
    hint: 'Local Service allows 20 requests per second per endpoint (L:21). The client spaces requests by default; if you see this, another process shares the quota: lower rateLimit.perSecond.',
  },
  internal_error: { cls: ServerError, retryable: true },
  // OAuth-style codes of the merchant token endpoint (ENDPOINTS.md 3.2.1, external evidence).
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

/** What the envelope knows about a failed Local Service response. */
export interface LocalServiceFailure {
  endpoint: string;
  status: number;
  headers: Record<string, string>;
  code: string | undefined;
  message: string;
  logid: string | undefined;
  /** `error.http_status_code` from the body, a string on the wire (L:18). */
  httpStatusCode: number | undefined;
}

/** The error for a Local Service failure: by code when known, else by `http_status_code`, else by HTTP status. */
export function localServiceError(f: LocalServiceFailure): ApiError {
  const rule = f.code ? LOCAL_SERVICE_ERROR_CODES[f.code] : undefined;
  const status = f.httpStatusCode ?? f.status;
  const Cls = rule?.cls ?? (status >= 400 ? apiErrorClassForStatus(status) : ApiError);
  const common = {
    api: LOCAL_SERVICE,
    endpoint: f.endpoint,
    status: f.status,
    code: f.code ?? f.status,
    message: f.message,
    requestId: f.logid,
    retryable: rule?.retryable ?? (status === 408 || status === 429 || status >= 500),
    hint: rule?.hint,
    headers: f.headers,
  };
  return new Cls(common);
}
