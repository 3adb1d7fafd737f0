import { SdkError } from './sdk-error.js';

export interface ValidationIssue {
  path: (string | number)[];
  message: string;
  code?: string;
}

/**
 * The API answered with success but the data does not have the documented shape. `body` is the decoded,
 * redacted response so that nothing the server sent is lost. Set `validation: 'warn'` or `'off'` on the client
 * to accept such responses.
 */
export class ResponseValidationError extends SdkError {
  override name = 'ResponseValidationError';
  readonly api: string;
  readonly endpoint: string;
  readonly requestId: string | undefined;
  readonly issues: ValidationIssue[];
  readonly body: unknown;

  constructor(init: { api: string; endpoint: string; requestId?: string | undefined; issues: ValidationIssue[]; body: unknown }) {
    const first = init.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    super(
      `${init.api} ${init.endpoint}: the response does not match the documented schema (${first}` +
        `${init.issues.length > 3 ? `; +${init.issues.length - 3} more` : ''}; request_id ${init.requestId ?? 'n/a'}). ` +
        "The raw body is on error.body; set the client option validation: 'warn' to accept it, and report the mismatch.",
    );
    this.api = init.api;
    this.endpoint = init.endpoint;
    this.requestId = init.requestId;
    this.issues = init.issues;
    this.body = init.body;
  }
}

/** A parameter was rejected locally, before anything was sent. */
export class InvalidParamsError extends SdkError {
  override name = 'InvalidParamsError';
  readonly api: string;
  readonly endpoint: string;
  readonly issues: ValidationIssue[];

  constructor(init: { api: string; endpoint: string; issues: ValidationIssue[] }) {
    const text = init.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    super(`${init.api} ${init.endpoint}: invalid parameters, nothing was sent: ${text}`);
    this.api = init.api;
    this.endpoint = init.endpoint;
    this.issues = init.issues;
  }
}
