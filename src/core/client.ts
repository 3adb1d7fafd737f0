import { inspect } from 'node:util';
import type { Dispatcher } from 'undici';
import type { AuthStrategy, PreparedRequest } from './auth.js';
import { decodeBody } from './decode.js';
import type { AnyEndpoint, EndpointResponse } from './endpoint.js';
import type { Envelope, ResponseMeta } from './envelope.js';
import { ApiError, ConfigurationError, ResponseValidationError } from './errors/index.js';
import { createAgent, type StreamResponse, type TransportResponse } from './http.js';
import { openStream } from './open-stream.js';
import { sendRequest } from './send-request.js';
import { Log } from './logger.js';
import type { CoreOptions } from './options.js';
import { PagePromise, type CursorStyle, type RawPage } from './pagination.js';
import { QueueRateLimiter, rateLimitKey, type RateLimiter, type RateLimitOptions } from './rate-limit.js';
import { redactText, redactUrl, redactValue } from './redact.js';
import { lowerKeys, planCall, prepareAttempt, requestPath, requestUrl, type CallInit, type CallPlan } from './request-builder.js';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry.js';
import { toIssues } from './validation.js';

export type { CallInit } from './request-builder.js';

/** What an API plugs into the core (DESIGN.md "Shape"). */
export interface ApiDefinition<M extends ResponseMeta = ResponseMeta> {
  /** Display name used in every error and log: 'Trenz', 'TikTok Shop', 'Local Service'. */
  name: string;
  /** Production base URL, used unless `baseURL` is given. */
  defaultBaseURL: string;
  envelope: Envelope<M>;
  auth: AuthStrategy;
  /** The API's own default rate limit (Local Service: 20 per second per endpoint). */
  defaultRateLimit?: RateLimitOptions;
}

/** The declared keys of T (index signatures of loose objects dropped). */
type KnownKeys<T> = keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

/**
 * A payload with the response facts attached as non-enumerable properties (they never pollute the data).
 * The payload's own fields win: a meta key the payload also declares (a session's `status`) is the payload's.
 */
export type WithMeta<T, M extends ResponseMeta = ResponseMeta> = T extends object
  ? T & Readonly<Omit<M, KnownKeys<T>>>
  : T;

/**
 * The pipeline every API client stands on:
 * plan (validate, build path, serialize body once) -> [rate limit -> auth -> send -> decode -> envelope] with
 * retries and one auth recovery -> response schema -> payload with meta.
 */
export class CoreClient<M extends ResponseMeta = ResponseMeta> {
  readonly api: string;
  readonly baseURL: string;
  /** `baseURL` split once for undici: its origin, and the base path every request path goes under. */
  private readonly origin: string;
  private readonly basePath: string;
  readonly log: Log;
  readonly dispatcher: Dispatcher;
  readonly timeout: number;
  private readonly retry: RetryPolicy;
  private readonly deadline: number | undefined;
  private readonly limiter: RateLimiter | undefined;
  private readonly limitScope: RateLimitOptions['scope'];
  private readonly validation: NonNullable<CoreOptions['validation']>;
  private readonly defaultHeaders: Record<string, string>;

  constructor(
    private readonly def: ApiDefinition<M>,
    options: CoreOptions = {},
  ) {
    this.api = def.name;
    this.baseURL = (options.baseURL ?? def.defaultBaseURL).replace(/\/+$/, '');
    ({ origin: this.origin, basePath: this.basePath } = splitBaseURL(def.name, this.baseURL));
    this.log = new Log(options.logger ?? console, options.logLevel);
    this.dispatcher = options.dispatcher ?? createAgent();
    this.retry = {
      ...DEFAULT_RETRY,
      ...(options.maxRetries !== undefined ? { maxRetries: options.maxRetries } : {}),
      ...(options.maxRetryDelay !== undefined ? { maxRetryDelay: options.maxRetryDelay } : {}),
    };
    this.timeout = options.timeout ?? 60_000;
    this.deadline = options.deadline;
    this.validation = options.validation ?? 'strict';
    this.defaultHeaders = lowerKeys(options.defaultHeaders ?? {});
    const rl = options.rateLimit === undefined ? def.defaultRateLimit : options.rateLimit;
    if (rl && 'schedule' in rl) {
      this.limiter = rl;
      this.limitScope = options.rateLimitScope ?? def.defaultRateLimit?.scope;
    } else if (rl) {
      this.limiter = new QueueRateLimiter(rl);
      this.limitScope = rl.scope;
    }
  }

  /** Calls an endpoint and returns its validated payload with `requestId` (and the API's meta) attached. */
  async request<E extends AnyEndpoint>(endpoint: E, init: CallInit<E> = {}): Promise<WithMeta<EndpointResponse<E>, M>> {
    const { data, meta } = await this.call(endpoint, init);
    return attachMeta(data, meta) as WithMeta<EndpointResponse<E>, M>;
  }

  /** Calls a paginated endpoint: `await` for the first page, `for await` over every item. */
  paginate<E extends AnyEndpoint, Item>(
    endpoint: E,
    init: CallInit<E>,
    // Cursors locate fields by path, so one cursor object serves any params type.
    cursor: CursorStyle<any>,
  ): PagePromise<Item, CallInit<E>, M> {
    return new PagePromise<Item, CallInit<E>, M>({
      fetch: async (params, signal) => {
        const { data, meta, body } = await this.call(endpoint, signal ? { ...params, signal } : params);
        return { data, meta: meta as unknown as RawPage['meta'], body };
      },
      params: init,
      style: cursor,
      ...(init.signal ? { signal: init.signal } : {}),
    });
  }

  /** Runs the pipeline and returns the validated payload, the meta and the whole decoded body. */
  async call(endpoint: AnyEndpoint, init: CallInit): Promise<{ data: unknown; meta: M; body: unknown }> {
    const plan = planCall(this.api, endpoint, init, { headers: this.defaultHeaders, auth: this.def.auth });
    const raw = await this.withRetries(plan, init, (req) => this.exchange(req, plan.auth, init));
    return { data: this.validate(endpoint, raw.data, raw.meta, raw.body), meta: raw.meta, body: raw.body };
  }

  /**
   * Calls an endpoint whose success body is a stream (SSE). Auth, rate limit and connect-phase retries apply
   * as for `request` (a stream that has started is never replayed); an error status is read whole and turned
   * into the API's error by its envelope.
   */
  async stream<E extends AnyEndpoint>(endpoint: E, init: CallInit<E> = {}): Promise<StreamResponse> {
    const plan = planCall(this.api, endpoint, init, {
      headers: { ...this.defaultHeaders, accept: 'text/event-stream' },
      auth: this.def.auth,
    });
    return this.withRetries(plan, init, async (req) => {
      const res = await openStream(this.transportRequest(req, init));
      if (res.status >= 200 && res.status < 300) return res;
      let text = '';
      for await (const chunk of res.body) text += Buffer.from(chunk).toString('utf8');
      this.unwrap(req, plan.auth, { status: res.status, headers: res.headers, text });
      throw new ApiError({ api: this.api, endpoint: endpoint.id, status: res.status, message: 'unexpected status for a stream', headers: res.headers });
    });
  }

  /** Transport settings for requests outside the API's envelope (presigned uploads). */
  get transport() {
    return { dispatcher: this.dispatcher, timeout: this.timeout };
  }

  private withRetries<T>(plan: CallPlan, init: CallInit, send: (req: PreparedRequest) => Promise<T>): Promise<T> {
    let recovered = false;
    const attempt = async (attemptNumber: number): Promise<T> => {
      const req = prepareAttempt(this.api, this.baseURL, plan, attemptNumber);
      try {
        return await this.limited(req, plan.auth, init, () => this.authorized(req, plan.auth, send));
      } catch (err) {
        // One recovery per call (token refresh, clock skew), replayed at once and not counted as a retry.
        // A recover() that declines (a 503 is not its business) must not use up the call's one recovery.
        if (!recovered && err instanceof ApiError && plan.auth.recover) {
          if (await plan.auth.recover(err, req)) {
            recovered = true;
            const replay = prepareAttempt(this.api, this.baseURL, plan, attemptNumber);
            return this.limited(replay, plan.auth, init, () => this.authorized(replay, plan.auth, send));
          }
        }
        throw err;
      }
    };
    return withRetry(attempt, {
      policy: init.maxRetries === undefined ? this.retry : { ...this.retry, maxRetries: init.maxRetries },
      retrySafe: plan.endpoint.retrySafe,
      signal: init.signal,
      deadline: init.deadline ?? this.deadline,
      log: this.log,
      what: `${this.api} ${plan.endpoint.id}`,
    });
  }

  private limited<T>(req: PreparedRequest, auth: AuthStrategy, init: CallInit, fn: () => Promise<T>): Promise<T> {
    if (!this.limiter) return fn();
    return this.limiter.schedule(rateLimitKey(this.limitScope, req.endpoint.id, auth.rateLimitKey), fn, init.signal);
  }

  private async authorized<T>(req: PreparedRequest, auth: AuthStrategy, send: (req: PreparedRequest) => Promise<T>) {
    // After the rate limiter: a signature's timestamp is fresh when the request leaves. A synchronous apply is
    // not awaited (each await is a microtask turn on every request).
    const applied = auth.apply(req);
    if (applied) await applied;
    return send(req);
  }

  private async exchange(req: PreparedRequest, auth: AuthStrategy, init: CallInit) {
    // The clock is read only when the timing will be logged.
    const timed = this.log.enabled('debug');
    const started = timed ? performance.now() : 0;
    let res: TransportResponse;
    try {
      res = await sendRequest(this.transportRequest(req, init));
    } finally {
      if (timed) {
        this.log.debug(`${this.api} ${req.method} ${redactUrl(requestUrl(req))}`, {
          attempt: req.attempt,
          ms: Math.round(performance.now() - started),
        });
      }
    }
    return this.unwrap(req, auth, res);
  }

  private transportRequest(req: PreparedRequest, init: CallInit) {
    return {
      api: this.api,
      endpoint: req.endpoint.id,
      origin: this.origin,
      path: this.basePath + requestPath(req),
      method: req.method,
      headers: req.headers,
      body: req.body,
      timeout: init.timeout ?? this.timeout,
      signal: init.signal,
      dispatcher: this.dispatcher,
    };
  }

  private unwrap(req: PreparedRequest, auth: AuthStrategy, res: TransportResponse) {
    const secrets = () => auth.secrets?.() ?? [];
    const decoded = decodeBody(res, this.api, req.endpoint, secrets);
    try {
      const { data, meta } = this.def.envelope.unwrap({
        api: this.api,
        endpoint: req.endpoint,
        status: res.status,
        headers: res.headers,
        body: decoded,
      });
      return { data, meta, body: decoded };
    } catch (err) {
      // Servers echo credentials back in messages more often than one would think.
      if (err instanceof ApiError) err.scrub((t) => redactText(t, secrets()));
      throw err;
    }
  }

  private validate(endpoint: AnyEndpoint, data: unknown, meta: M, body: unknown): unknown {
    if (this.validation === 'off') return data;
    const result = endpoint.response.safeParse(data);
    if (result.success) return result.data;
    const issues = toIssues(result.error);
    if (this.validation === 'warn') {
      this.log.warn(`${this.api} ${endpoint.id}: response does not match the schema`, {
        requestId: meta.requestId,
        issues: issues.slice(0, 5),
      });
      return data;
    }
    throw new ResponseValidationError({
      api: this.api,
      endpoint: endpoint.id,
      requestId: meta.requestId,
      issues,
      body: redactValue(body),
    });
  }

  [inspect.custom]() {
    return `CoreClient { api: '${this.api}', baseURL: '${this.baseURL}', timeout: ${this.timeout}, maxRetries: ${this.retry.maxRetries} }`;
  }
}

/** The origin and base path of a client's base URL, checked when the client is built, not at its first call. */
function splitBaseURL(api: string, baseURL: string): { origin: string; basePath: string } {
  let url: URL;
  try {
    url = new URL(baseURL);
  } catch {
    throw new ConfigurationError(`${api}: baseURL must be an absolute http(s) URL, got ${JSON.stringify(baseURL)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`${api}: baseURL must be an absolute http(s) URL, got ${JSON.stringify(baseURL)}`);
  }
  return { origin: url.origin, basePath: url.pathname === '/' ? '' : url.pathname };
}

/**
 * Attaches meta as non-enumerable properties: spread, JSON.stringify and zod see only the API's data.
 * The payload's own fields always win (a publish session's `status` is the session's, not the HTTP status).
 */
export function attachMeta<T>(data: T, meta: object): T {
  const target = (data ?? {}) as T;
  if (typeof target !== 'object') return target;
  for (const key of Object.keys(meta)) {
    if (Object.hasOwn(target as object, key)) continue;
    Object.defineProperty(target, key, {
      value: (meta as Record<string, unknown>)[key],
      enumerable: false,
      configurable: true,
    });
  }
  return target;
}
