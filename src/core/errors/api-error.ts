import { redactHeaders, redactText } from '../redact.js';
import { SdkError } from './sdk-error.js';

/** What an envelope (or the transport) knows about a failed call. */
export interface ApiErrorInit {
  /** Which API answered: 'Trenz', 'TikTok Shop', 'Local Service'. */
  api: string;
  /** `METHOD /path` of the endpoint template, e.g. `GET /order/202507/orders`. Never holds query values. */
  endpoint: string;
  /** HTTP status, when a response arrived. */
  status?: number | undefined;
  /** The API's own error code (`105002`, `"RATE_LIMITED"`, `"2190008"`), or the HTTP status when none was given. */
  code?: string | number | undefined;
  /** The server's message, as sent (already redacted). */
  message: string;
  /** The id to quote to the API's support (`request_id`, `logid`). */
  requestId?: string | undefined;
  /** Whether retrying the same request may succeed. The retry policy reads this. */
  retryable?: boolean | undefined;
  /** What the user should do next; replaces the class default. */
  hint?: string | undefined;
  /** A documentation link the API sent with the error (Trenz `docs_url`). */
  docsUrl?: string | undefined;
  /** Response headers (lower-case names). */
  headers?: Record<string, string> | undefined;
  /** A short, redacted excerpt of the body, for bodies that were not the API's JSON. */
  bodyExcerpt?: string | undefined;
  cause?: unknown;
}

/**
 * The API answered, and the answer is an error (by HTTP status or by the code in its body: TikTok Shop and
 * Local Service can fail inside HTTP 200, as their docs give no HTTP status for their error codes).
 */
export class ApiError extends SdkError {
  override name = 'ApiError';
  readonly api: string;
  readonly endpoint: string;
  readonly status: number | undefined;
  readonly code: string | number | undefined;
  /** The server's own message, without our prefix and hint. */
  readonly serverMessage: string;
  readonly requestId: string | undefined;
  readonly retryable: boolean;
  readonly hint: string;
  readonly docsUrl: string | undefined;
  readonly headers: Record<string, string>;
  readonly bodyExcerpt: string | undefined;

  /** The next step a user should take when the init gives none. Subclasses override it. */
  protected defaultHint(): string {
    return `Check the request against the API documentation. ${this.supportNote()}`;
  }

  /**
   * What to give support: the request id when the response had one. Without one there is nothing to quote, so the
   * note says so and names what identifies the call instead.
   */
  protected supportNote(): string {
    return this.requestId === undefined
      ? 'The response carried no request id: if you contact support, give the endpoint and the time of the call.'
      : `Quote request id ${this.requestId} if you contact support.`;
  }

  constructor(init: ApiErrorInit) {
    super('', { cause: init.cause });
    this.api = init.api;
    this.endpoint = init.endpoint;
    this.status = init.status;
    this.code = init.code ?? init.status;
    this.serverMessage = init.message;
    this.requestId = init.requestId;
    this.retryable = init.retryable ?? false;
    this.docsUrl = init.docsUrl;
    this.headers = init.headers ?? {};
    this.bodyExcerpt = init.bodyExcerpt;
    this.hint = init.hint ?? this.defaultHint();
    this.message = formatApiErrorMessage(this);
  }

  /**
   * Rewrites everything that came from the server without the `secrets` (those the client holds and those the
   * request was sending), and without `name=value` pairs of secret names: the message, the body excerpt, a string
   * code, the docs link, every response header (a `Location` with `access_token=`, a header echoing a key). A
   * server that echoes a credential cannot leak it into logs this way.
   * @internal
   */
  scrub(secrets: readonly string[]): this {
    const self = this as { -readonly [K in keyof ApiError]: ApiError[K] };
    const redact = (text: string) => redactText(text, secrets);
    self.serverMessage = redact(this.serverMessage);
    if (this.bodyExcerpt) self.bodyExcerpt = redact(this.bodyExcerpt);
    if (typeof this.code === 'string') self.code = redact(this.code);
    if (this.docsUrl) self.docsUrl = redact(this.docsUrl);
    self.headers = redactHeaders(this.headers, secrets);
    self.message = formatApiErrorMessage(this);
    return this;
  }
}

function formatApiErrorMessage(e: ApiError): string {
  const facts = [
    e.status === undefined ? undefined : `HTTP ${e.status}`,
    e.code === undefined || e.code === e.status ? undefined : `code ${e.code}`,
    e.requestId === undefined ? 'no request id' : `request_id ${e.requestId}`,
  ].filter(Boolean);
  let text = `${e.api} ${e.endpoint} failed: ${e.serverMessage || 'no message'} (${facts.join(', ')}). ${e.hint}`;
  if (e.docsUrl) text += ` Docs: ${e.docsUrl}`;
  if (e.bodyExcerpt) text += ` Body: ${e.bodyExcerpt}`;
  return text;
}
