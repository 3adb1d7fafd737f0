/**
 * Trenz's error table: every code of the Trenz docs' "Error Codes" table, with its class and next step. The core
 * classifies a failed response with it (`errorRules` below); the shared rules (class by HTTP status, retried on
 * 408/429/5xx) are the core's, so a row only says what the status alone does not.
 */
import {
  ApiError,
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

/** Trenz: the account has no credits left for this call (HTTP 402 `INSUFFICIENT_CREDITS`). Never retried. */
export class InsufficientCreditsError extends ApiError {
  override name = 'InsufficientCreditsError';
  protected override defaultHint() {
    return 'Top up credits for this account (see account.get() for the balance); the call was not retried.';
  }
}

const credits: ErrorRule = { cls: InsufficientCreditsError, retryable: false };

/** Every code of the Trenz docs' "Error Codes" table mapped to a class and, where useful, a next step. */
export const TRENZ_ERROR_CODES: Readonly<Record<string, ErrorRule>> = {
  BAD_REQUEST: { cls: InvalidRequestError },
  INVALID_PARAM: { cls: InvalidRequestError },
  MISSING_PARAM: { cls: InvalidRequestError },
  INVALID_SORT_FIELD: { cls: InvalidRequestError, hint: 'Use a sort field the endpoint supports.' },
  INVALID_INCLUDE: { cls: InvalidRequestError, hint: 'Remove or fix the include parameter.' },
  PAGE_SIZE_EXCEEDED: { cls: InvalidRequestError, hint: 'Lower page_size (product search allows at most 10).' },
  AUTH_MISSING_KEY: { cls: AuthenticationError, hint: 'Pass apiKey to new Trenz() or set TRENZ_API_KEY.' },
  AUTH_INVALID_KEY: { cls: AuthenticationError, hint: 'Check the API key (TRENZ_API_KEY) for typos or stray whitespace.' },
  AUTH_KEY_REVOKED: { cls: AuthenticationError, hint: 'This API key was revoked: create a new one in the Trenz console.' },
  AUTH_KEY_SUSPENDED: { cls: AuthenticationError, hint: 'This API key is suspended: contact support@trenz.ai.' },
  INSUFFICIENT_CREDITS: credits,
  FORBIDDEN_SCOPE: {
    cls: PermissionError,
    hint: 'The API key lacks the scope for this endpoint: enable it in the Trenz console.',
  },
  ROUTE_NOT_FOUND: {
    cls: NotFoundError,
    // The envelope replaces this with a hint naming the route and how to correct it (routeNotFoundHint).
    hint: 'The endpoint path is unknown to the server; several Trenz paths are not printed in the Trenz docs (see Trenz.routes): correct it with the routes option, and report it.',
  },
  TASK_NOT_FOUND: { cls: NotFoundError, hint: 'Check the task id; tasks belong to the API key that created them.' },
  RATE_LIMITED: { cls: RateLimitError },
  // The one 429 that retrying soon cannot clear.
  QUOTA_EXCEEDED: {
    cls: RateLimitError,
    retryable: false,
    hint: 'The quota is used up; it does not clear by retrying soon. Check your plan.',
  },
  INTERNAL_ERROR: { cls: ServerError },
  BACKEND_ERROR: { cls: ServerError },
  BACKEND_UNAVAILABLE: { cls: ServerError },
  BACKEND_TIMEOUT: { cls: ServerError },
};

/**
 * The table the core classifies with. HTTP 402 means "credits" even when the body carries no code (a gateway's
 * bare 402), so it is also a status rule.
 */
export const trenzErrorRules: ErrorRules = errorRules(Object.entries(TRENZ_ERROR_CODES), { statuses: [[402, credits]] });

/**
 * Whether an error says the server does not know the route: HTTP 404 with `ROUTE_NOT_FOUND`, or a bare 404 (a
 * gateway's, without a Trenz code). `TASK_NOT_FOUND` is a 404 about a task id, not a route: not this.
 */
export function isRouteNotFound(err: unknown): err is ApiError & { readonly status: 404 } {
  return (
    err instanceof ApiError && err.api === 'Trenz' && err.status === 404 && (err.code === 'ROUTE_NOT_FOUND' || err.code === 404)
  );
}
