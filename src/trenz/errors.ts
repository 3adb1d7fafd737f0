import {
  ApiError,
  AuthenticationError,
  InsufficientCreditsError,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  apiErrorClassForStatus,
  type ApiErrorClass,
} from '../core/errors/index.js';

interface CodeRule {
  cls: ApiErrorClass;
  retryable: boolean;
  hint?: string;
}

/** Every code of the seed's error table (T:97-117, ENDPOINTS.md 1.6) mapped to a class and a next step. */
export const TRENZ_ERROR_CODES: Readonly<Record<string, CodeRule>> = {
  BAD_REQUEST: { cls: InvalidRequestError, retryable: false },
  INVALID_PARAM: { cls: InvalidRequestError, retryable: false },
  MISSING_PARAM: { cls: InvalidRequestError, retryable: false },
  INVALID_SORT_FIELD: { cls: InvalidRequestError, retryable: false, hint: 'Use a sort field the endpoint supports.' },
  INVALID_INCLUDE: { cls: InvalidRequestError, retryable: false, hint: 'Remove or fix the include parameter.' },
  PAGE_SIZE_EXCEEDED: { cls: InvalidRequestError, retryable: false, hint: 'Lower page_size (product search allows at most 10).' },
  AUTH_MISSING_KEY: { cls: AuthenticationError, retryable: false, hint: 'Pass apiKey to new Trenz() or set TRENZ_API_KEY.' },
  AUTH_INVALID_KEY: { cls: AuthenticationError, retryable: false, hint: 'Check the API key (TRENZ_API_KEY) for typos or stray whitespace.' },
  AUTH_KEY_REVOKED: { cls: AuthenticationError, retryable: false, hint: 'This API key was revoked: create a new one in the Trenz console.' },
  AUTH_KEY_SUSPENDED: { cls: AuthenticationError, retryable: false, hint: 'This API key is suspended: contact support@trenz.ai.' },
  INSUFFICIENT_CREDITS: { cls: InsufficientCreditsError, retryable: false },
  FORBIDDEN_SCOPE: { cls: PermissionError, retryable: false, hint: 'The API key lacks the scope for this endpoint: enable it in the Trenz console.' },
  ROUTE_NOT_FOUND: { cls: NotFoundError, retryable: false, hint: 'The endpoint path is unknown to the server; several Trenz paths are inferred (see src/trenz routes): report it.' },
  TASK_NOT_FOUND: { cls: NotFoundError, retryable: false, hint: 'Check the task id; tasks belong to the API key that created them.' },
  RATE_LIMITED: { cls: RateLimitError, retryable: true },
  QUOTA_EXCEEDED: { cls: RateLimitError, retryable: false, hint: 'The quota is used up; it does not clear by retrying soon. Check your plan.' },
  INTERNAL_ERROR: { cls: ServerError, retryable: true },
  BACKEND_ERROR: { cls: ServerError, retryable: true },
  BACKEND_UNAVAILABLE: { cls: ServerError, retryable: true },
  BACKEND_TIMEOUT: { cls: ServerError, retryable: true },
};

export interface TrenzErrorBody {
  code?: unknown;
  message?: unknown;
  request_id?: unknown;
  docs_url?: unknown;
}

/** The error for a non-2xx Trenz response: by code when known, else by HTTP status. */
export function trenzError(init: {
  endpoint: string;
  status: number;
  headers: Record<string, string>;
  body: TrenzErrorBody | undefined;
}): ApiError {
  const code = typeof init.body?.code === 'string' ? init.body.code : undefined;
  const rule = code ? TRENZ_ERROR_CODES[code] : undefined;
  const Cls = rule?.cls ?? apiErrorClassForStatus(init.status);
  const common = {
    api: 'Trenz',
    endpoint: init.endpoint,
    status: init.status,
    code: code ?? init.status,
    message: typeof init.body?.message === 'string' ? init.body.message : '',
    requestId: typeof init.body?.request_id === 'string' ? init.body.request_id : init.headers['x-request-id'],
    retryable: rule?.retryable ?? (init.status === 408 || init.status === 429 || init.status >= 500),
    hint: rule?.hint,
    docsUrl: typeof init.body?.docs_url === 'string' ? init.body.docs_url : undefined,
    headers: init.headers,
  };
  return new Cls(common);
}
