import { SdkError } from './sdk-error.js';

interface TransportErrorInit {
  api: string;
  endpoint: string;
  /** True when the request provably never reached the server (connection refused, DNS failure). */
  notSent?: boolean;
  cause?: unknown;
}

/** No usable response: the connection failed, was reset, or the body was cut. */
export class ConnectionError extends SdkError {
  override name = 'ConnectionError';
  readonly api: string;
  readonly endpoint: string;
  /** True when the request never left this process (safe to retry even for writes). */
  readonly notSent: boolean;

  constructor(init: TransportErrorInit & { detail?: string }) {
    const what = init.notSent ? 'could not connect' : 'lost the connection';
    super(
      `${init.api} ${init.endpoint}: ${what}${init.detail ? ` (${init.detail})` : ''}. ` +
        (init.notSent
          ? 'Check network access to the API host (and the baseURL option).'
          : 'The request may have reached the server: it was retried only if the endpoint is safe to replay; check the state before sending a write again.'),
      { cause: init.cause },
    );
    this.api = init.api;
    this.endpoint = init.endpoint;
    this.notSent = init.notSent ?? false;
  }
}

/** The request took longer than its `timeout` (per attempt) or the call's overall deadline. */
export class TimeoutError extends SdkError {
  override name = 'TimeoutError';
  readonly api: string;
  readonly endpoint: string;
  readonly timeoutMs: number;

  constructor(init: TransportErrorInit & { timeoutMs: number; deadline?: boolean }) {
    super(
      `${init.api} ${init.endpoint}: no response within ${init.timeoutMs} ms` +
        `${init.deadline ? ' (overall deadline, all attempts)' : ''}. ` +
        'Raise the `timeout` option for slow endpoints, or check the network.',
      { cause: init.cause },
    );
    this.api = init.api;
    this.endpoint = init.endpoint;
    this.timeoutMs = init.timeoutMs;
  }
}

/** The caller's AbortSignal fired. Nothing is retried after an abort. */
export class AbortError extends SdkError {
  override name = 'AbortError';

  constructor(message = 'The operation was aborted by its AbortSignal.', options?: { cause?: unknown }) {
    super(message, options);
  }
}
