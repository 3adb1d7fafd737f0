import { ApiError, type ApiErrorInit } from './api-error.js';
import { parseRetryAfter } from '../retry-after.js';

/** The credentials were missing, invalid, expired or revoked, and could not be renewed. */
export class AuthenticationError extends ApiError {
  override name = 'AuthenticationError';
  protected override defaultHint() {
    return 'Check the API key or re-authorize: the credentials were rejected and could not be refreshed.';
  }
}

/** The credentials are valid but lack a scope or permission for this resource. */
export class PermissionError extends ApiError {
  override name = 'PermissionError';
  protected override defaultHint() {
    return 'Grant the missing scope or permission to the app (and re-authorize the account if scopes changed).';
  }
}

export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
  protected override defaultHint() {
    return 'Check the id and the path: the resource does not exist or is not visible to these credentials.';
  }
}

/** The request itself was rejected (bad or missing parameter, malformed body). Retrying it as is will not help. */
export class InvalidRequestError extends ApiError {
  override name = 'InvalidRequestError';
  protected override defaultHint() {
    return 'Fix the request parameters named in the message; retrying the same request will fail again.';
  }
}

/** Too many requests. `retryAfter` is in seconds when the server said (Retry-After), else undefined. */
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
  readonly retryAfter: number | undefined;

  /** `retryAfter` defaults to the response's Retry-After header (seconds or HTTP date). */
  constructor(init: ApiErrorInit & { retryAfter?: number | undefined }) {
    super({ ...init, retryable: init.retryable ?? true });
    this.retryAfter = init.retryAfter ?? parseRetryAfter(init.headers?.['retry-after']);
  }

  protected override defaultHint() {
    return 'Slow down: lower concurrency or set the client `rateLimit` option; the SDK already retried with backoff.';
  }
}

/** The server failed (5xx or an internal-error code). Retried by default; this surfaces after the last attempt. */
export class ServerError extends ApiError {
  override name = 'ServerError';

  constructor(init: ApiErrorInit) {
    super({ ...init, retryable: init.retryable ?? true });
  }

  protected override defaultHint() {
    return `The API failed on its side and retries were exhausted; try again later. ${this.supportNote()}`;
  }
}

export type ApiErrorClass = new (init: ApiErrorInit) => ApiError;

/** The class an HTTP status implies when an API gives no finer mapping. */
export function apiErrorClassForStatus(status: number | undefined): ApiErrorClass {
  if (status === undefined) return ApiError;
  if (status === 401) return AuthenticationError;
  if (status === 403) return PermissionError;
  if (status === 404) return NotFoundError;
  if (status === 408) return ServerError;
  if (status === 429) return RateLimitError;
  if (status >= 500) return ServerError;
  if (status >= 400) return InvalidRequestError;
  return ApiError;
}
