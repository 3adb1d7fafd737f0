import type { Dispatcher } from 'undici';
import type { AnyEndpoint, HttpMethod } from './endpoint.js';
import type { ApiError } from './errors/index.js';
import type { Deadline } from './http.js';

/** A body as it goes on the wire: bytes/text are signed and sent as they are; a stream is sent, never signed. */
export type WireBody = string | Uint8Array | NodeJS.ReadableStream | AsyncIterable<Uint8Array> | undefined;

/**
 * A request after URL building and body serialization, before it is sent. Auth strategies add credentials
 * to it (headers, query) and may sign it: `body` holds the exact bytes that will be sent.
 */
export interface PreparedRequest {
  readonly api: string;
  readonly endpoint: AnyEndpoint;
  readonly method: HttpMethod;
  /** Origin plus optional base path, no trailing slash, e.g. `https://open-api.tiktokglobalshop.com`. */
  readonly baseURL: string;
  /** Encoded path starting with `/`. */
  readonly path: string;
  /** Query parameters with their decoded values, in insertion order. Auth may add to it. */
  readonly query: Record<string, string>;
  /** Header names lower-case. */
  readonly headers: Record<string, string>;
  readonly body: WireBody;
  /** 1 on the first attempt; a retry is re-prepared and re-authorized with attempt + 1. */
  readonly attempt: number;
  /**
   * Set by the auth strategy in `apply`: what it authorized this attempt with (TikTok Shop: the token set it
   * sent), so that its `recover` fixes exactly what the server refused. Undefined until then.
   */
  authorizedWith: unknown;
  /**
   * Set by the pipeline when the call has a `deadline`: its attempts' timers and any wait for credentials end
   * there. Undefined otherwise.
   */
  deadline?: Deadline | undefined;
}

/**
 * What each API plugs into the pipeline to authenticate. `apply` runs once per attempt (so a signature and
 * its timestamp are fresh on every retry).
 */
export interface AuthStrategy {
  apply(request: PreparedRequest): void | Promise<void>;
  /**
   * Called once per call when an attempt failed with an error the strategy may fix (expired token, clock
   * skew). Return true to replay the request once (not counted as a retry), false to let the error surface.
   */
  recover?(error: ApiError, request: PreparedRequest): Promise<boolean>;
  /** Secret values this strategy holds, so that redaction can scrub them from any text. */
  secrets?(): Iterable<string | undefined>;
  /**
   * The budget this credential spends from, for rate limits scoped by credential (a TikTok Shop shop, a Local
   * Service merchant). Not a secret: an id such as `shop:<cipher>`.
   */
  readonly rateLimitKey?: string;
}

/** An auth strategy that adds nothing (token endpoints, presigned uploads). */
export const noAuth: AuthStrategy = { apply() {} };

export type { Dispatcher };
