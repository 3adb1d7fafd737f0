export { SdkError } from './sdk-error.js';
export { ApiError, type ApiErrorInit } from './api-error.js';
export {
  AuthenticationError,
  PermissionError,
  NotFoundError,
  InvalidRequestError,
  RateLimitError,
  ServerError,
  apiErrorClassForStatus,
  type ApiErrorClass,
} from './api-error-kinds.js';
export { ConnectionError, TimeoutError, AbortError } from './transport-errors.js';
export { ResponseValidationError, InvalidParamsError, type ValidationIssue } from './validation-error.js';
export { TaskFailedError, TaskTimeoutError } from './task-errors.js';
export { WebhookVerificationError } from './webhook-error.js';
export { SseStreamError } from './sse-error.js';
export { ResponseTooLargeError, type ResponseLimit } from './response-too-large-error.js';
export { ConfigurationError } from './configuration-error.js';
export { errorRules, isRetryableStatus, toApiError, type ErrorFacts, type ErrorRule, type ErrorRules } from './rules.js';
