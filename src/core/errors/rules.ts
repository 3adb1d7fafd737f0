import { ApiError } from './api-error.js';
import { apiErrorClassForStatus, type ApiErrorClass } from './api-error-kinds.js';

/** What an API's error table says about one code (or status): the class, whether a retry may help, the next step. */
export interface ErrorRule {
  cls: ApiErrorClass;
  /** Default: the shared rule, retryable on 408, 429 and 5xx. */
  retryable?: boolean;
  /** What the user should do next; replaces the class default. */
  hint?: string;
}

/**
 * An API's error-rule table: the one place that says what its codes mean. The shared rules (class by HTTP status,
 * retryable on 408/429/5xx) live here once, in {@link toApiError}; a table only lists what differs.
 */
export interface ErrorRules {
  /** Rules by the API's business code (`105002`, `'RATE_LIMITED'`, `'access_token_invalid'`). */
  readonly codes: ReadonlyMap<string | number, ErrorRule>;
  /** For a code that covers several conditions (TikTok Shop 36009004): the rule its message implies. */
  readonly byMessage?: ((code: string | number, message: string) => ErrorRule | undefined) | undefined;
  /** Rules by HTTP status where the API means more than the shared rule (Trenz 402: credits). */
  readonly statuses?: ReadonlyMap<number, ErrorRule> | undefined;
}

/** What an envelope read from a failed response, before it is classified. */
export interface ErrorFacts {
  status: number;
  /** The API's code; undefined when the body has none (the HTTP status then stands for it). */
  code: string | number | undefined;
  message: string;
  requestId: string | undefined;
  headers: Record<string, string>;
  /** The status the API reports in its body, when it differs from the HTTP one (Local Service `http_status_code`). */
  effectiveStatus?: number | undefined;
  docsUrl?: string | undefined;
  /** A next step the envelope can name better than the table (it knows the route): replaces the rule's hint. */
  hint?: string | undefined;
}

/** Builds an error-rule table from rows. */
export function errorRules(
  codes: Iterable<readonly [string | number, ErrorRule]>,
  more: { byMessage?: ErrorRules['byMessage']; statuses?: Iterable<readonly [number, ErrorRule]> } = {},
): ErrorRules {
  return {
    codes: new Map(codes),
    byMessage: more.byMessage,
    statuses: more.statuses ? new Map(more.statuses) : undefined,
  };
}

/** Whether a status means "try again later" in every API: timeouts, rate limits and server failures. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** The typed error for a failed response: the API's rule for its code, else the shared rules for its status. */
export function toApiError(api: string, endpoint: string, rules: ErrorRules, f: ErrorFacts): ApiError {
  const status = f.effectiveStatus ?? f.status;
  const rule =
    (f.code === undefined ? undefined : (rules.byMessage?.(f.code, f.message) ?? rules.codes.get(f.code))) ??
    rules.statuses?.get(status);
  const Cls = rule?.cls ?? (status >= 400 ? apiErrorClassForStatus(status) : ApiError);
  return new Cls({
    api,
    endpoint,
    status: f.status,
    code: f.code ?? f.status,
    message: f.message,
    requestId: f.requestId,
    // Unsaid by the rule: retryable when the status says so, else the class decides (ServerError, RateLimitError: yes).
    retryable: rule?.retryable ?? (isRetryableStatus(status) ? true : undefined),
    hint: f.hint ?? rule?.hint,
    docsUrl: f.docsUrl,
    headers: f.headers,
  });
}
