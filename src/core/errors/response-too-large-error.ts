import { SdkError } from './sdk-error.js';

/** Which limit was hit: the whole buffered body, or one event of a stream. */
export type ResponseLimit = 'maxResponseBytes' | 'maxStreamEventBytes';

/**
 * The server sent more than the client accepts: a buffered body over `maxResponseBytes`, or a stream event (or an
 * unterminated line) over `maxStreamEventBytes`. The request was aborted as soon as the limit was passed, so
 * memory stays bounded whatever the server does. Never retried: the same request would bring the same body.
 */
export class ResponseTooLargeError extends SdkError {
  override name = 'ResponseTooLargeError';
  readonly api: string;
  readonly endpoint: string;
  /** The limit in bytes. */
  readonly limit: number;
  /** The client option that sets it. */
  readonly option: ResponseLimit;

  constructor(init: { api: string; endpoint: string; limit: number; option: ResponseLimit; detail?: string; cause?: unknown }) {
    const size = formatBytes(init.limit);
    const what =
      init.option === 'maxResponseBytes'
        ? `the response body is larger than maxResponseBytes (${size})${init.detail ? ` (${init.detail})` : ''}; ` +
          'the request was aborted and not retried. Ask for less per call (a smaller page size, fewer ids) or ' +
          'raise the maxResponseBytes client option.'
        : `the event stream sent an event (or a line) longer than maxStreamEventBytes (${size}); the stream was ` +
          'closed. Raise the maxStreamEventBytes client option if the API really sends events this large.';
    super(`${init.api} ${init.endpoint}: ${what}`, { cause: init.cause });
    this.api = init.api;
    this.endpoint = init.endpoint;
    this.limit = init.limit;
    this.option = init.option;
  }
}

function formatBytes(n: number): string {
  const mib = n / (1024 * 1024);
  return Number.isInteger(mib) ? `${n} bytes, ${mib} MiB` : `${n} bytes`;
}
