import { inspect } from 'node:util';
import type { Dispatcher } from 'undici';
import type { AuthStrategy, PreparedRequest } from './auth.js';
import { failedBeforeSending, waitForAuth } from './auth-wait.js';
import { decodeBody, secretsOf, secretsOfAttempt } from './decode.js';
import type { AnyEndpoint } from './endpoint.js';
import { correctRoutes } from './routes.js';
import type { Envelope, ResponseMeta } from './envelope.js';
import { compiledSafeParse } from './internal/compiled-schema/index.js';
import { ApiError, ResponseValidationError, toApiError, type ErrorRules } from './errors/index.js';
import { createAgent, type Deadline, type ResponseLimits, type StreamResponse, type TransportResponse } from './http.js';
import { openStream } from './open-stream.js';
import { readStreamText } from './stream-body.js';
import { sendRequest } from './send-request.js';
import { Log } from './logger.js';
import { baseURLFromEnv, checkHeaders, responseLimits, splitBaseURL, type CoreOptions, type PageOptions } from './options.js';
import { foreignCursor, type RawPage } from './cursors.js';
import { PagePromise } from './pagination.js';
import { QueueRateLimiter, rateLimitKey, type RateLimiter, type RateLimitOptions } from './rate-limit.js';
import { redactUrl, redactValue } from './redact.js';
import { lowerKeys, planCall, prepareAttempt, requestPath, requestUrl, type CallInit, type CallPlan } from './request-builder.js';
import { DEFAULT_RETRY, retryAfterFailure, type RetryPolicy } from './retry.js';
import { toIssues } from './validation.js';
import { attachMeta } from './with-meta.js';

export type { CallInit } from './request-builder.js';
export { attachMeta, type WithMeta } from './with-meta.js';

/**
 * What an API is, declared once in its folder from core parts: its name and host, its envelope, its error-rule
 * table and its rate-limit policy. The auth strategy holds credentials, so it is given per client instance.
 */
export interface ApiDefinition<M extends ResponseMeta = ResponseMeta> {
  /** Display name used in every error and log: 'Trenz', 'TikTok Shop', 'Local Service'. */
  name: string;
  /** Production base URL, used unless `baseURL` is given or {@link baseURLEnv} is set. */
  defaultBaseURL: string;
  /** The environment variable that overrides `defaultBaseURL` (the `baseURL` option overrides both). */
  baseURLEnv?: string;
  envelope: Envelope<M>;
  /** Code -> error class, retryable or not, hint. The shared rules (408/429/5xx) are the core's. */
  errors: ErrorRules;
  /** Every route of the API (token host included): what the `routes` option may correct, by route id. */
  routes?: readonly AnyEndpoint[];
}

/** The token host of an API (TikTok Shop's auth host, Local Service's token endpoint): a second, smaller client. */
export interface TokenHostDefinition<M extends ResponseMeta = ResponseMeta> {
  baseURL: string;
  envelope: Envelope<M>;
  errors: ErrorRules;
  auth: AuthStrategy;
}

/** One attempt's sending step, a CoreClient method called with `this` (see `withRetries`). */
type Send<T, M extends ResponseMeta> = (this: CoreClient<M>, req: PreparedRequest, plan: CallPlan, init: CallInit) => Promise<T>;

/** What lasts across the attempts of one call. */
interface CallState {
  /** The auth strategy's one recovery (token refresh, clock skew) has been used. */
  recovered: boolean;
  /** When the call must be over, if it has a deadline. */
  deadline: Deadline | undefined;
}

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
  private readonly limits: ResponseLimits;

  readonly #def: ApiDefinition<M>;
  readonly #auth: AuthStrategy;
  readonly #options: CoreOptions;
  /** Corrected routes by route id (the `routes` option); undefined when none were given. */
  readonly #routes: ReadonlyMap<string, AnyEndpoint> | undefined;

  constructor(def: ApiDefinition<M>, auth: AuthStrategy, options: CoreOptions = {}) {
    this.#def = def;
    this.#auth = auth;
    this.#options = options;
    this.api = def.name;
    // The option wins over the environment, the environment over production; read once, here, never per request.
    const fromEnv = options.baseURL === undefined ? baseURLFromEnv(def.baseURLEnv) : undefined;
    this.baseURL = (options.baseURL ?? fromEnv ?? def.defaultBaseURL).replace(/\/+$/, '');
    const source = fromEnv === undefined ? 'baseURL' : `baseURL (from ${def.baseURLEnv})`;
    ({ origin: this.origin, basePath: this.basePath } = splitBaseURL(def.name, this.baseURL, source));
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
    this.defaultHeaders = checkHeaders(def.name, lowerKeys(options.defaultHeaders ?? {}));
    this.limits = responseLimits(def.name, options);
    this.#routes = options.routes ? correctRoutes(def.name, def.routes, options.routes) : undefined;
    // An API whose policy is a rate limit (Local Service) passes its limiter as this option; the others have none.
    const rl = options.rateLimit;
    if (rl && 'schedule' in rl) {
      this.limiter = rl;
      this.limitScope = options.rateLimitScope;
    } else if (rl) {
      this.limiter = new QueueRateLimiter(rl);
      this.limitScope = rl.scope;
    }
  }

  /**
   * Calls a route and returns its validated payload (or the field the route `returns`) with `requestId` and the
   * API's meta attached.
   */
  async request<T>(init: CallInit): Promise<T> {
    const { data, meta } = await this.call(init);
    const field = init.endpoint.returns;
    // A list field the API omits when it is empty reads as an empty list.
    const result = field === undefined ? data : ((data as Record<string, unknown> | undefined)?.[field] ?? []);
    return attachMeta(result, meta) as T;
  }

  /** Calls a list route: `await` for the first page, `for await` over every item, resumable from a cursor. */
  list<Item, D = unknown>(init: CallInit): PagePromise<Item, M, D> {
    const { endpoint } = init;
    const style = endpoint.paging;
    if (!style) throw new TypeError(`${this.api} ${endpoint.id} is not a list route (no paging declared)`);
    const options = init.options as PageOptions | undefined;
    const cursor = options?.cursor ?? null;
    if (cursor !== null && !style.accepts(cursor)) {
      // Like any failure of a list call, this rejects when the first page is awaited, not at the call.
      const error = foreignCursor(this.api, endpoint.id, style, cursor);
      return new PagePromise<Item, M, D>({ fetch: () => Promise.reject(error), params: undefined, cursor: null, style });
    }
    return new PagePromise<Item, M, D>({
      fetch: async (params) => {
        const { data, meta } = await this.call({ ...init, params });
        return { data, meta } as RawPage;
      },
      params: init.params as Record<string, unknown> | undefined,
      cursor,
      style,
      signal: options?.signal,
    });
  }

  /** The route as this client sends it: corrected by the `routes` option, else as declared. */
  route<E extends AnyEndpoint>(endpoint: E): E {
    return this.#routes === undefined ? endpoint : ((this.#routes.get(endpoint.name) as E | undefined) ?? endpoint);
  }

  /** Runs the pipeline and returns the validated payload and the meta. */
  async call(init: CallInit): Promise<{ data: unknown; meta: M }> {
    const endpoint = this.route(init.endpoint);
    if (!endpoint.ready) await endpoint.load(); // a lazy endpoint's schemas, on its first call
    const plan = planCall(this.api, init, { headers: this.defaultHeaders, auth: this.#auth }, endpoint);
    const raw = await this.withRetries(plan, init, this.exchange);
    return { data: this.validate(init.endpoint, raw.data, raw.meta, raw.body, plan.auth), meta: raw.meta };
  }

  /**
   * A client for the API's token host (a second host, same transport): shares this client's dispatcher, timeout
   * and logger, and has no rate limit (a refresh must never wait behind the calls that are waiting for it).
   */
  tokenHost<TM extends ResponseMeta>(host: TokenHostDefinition<TM>): CoreClient<TM> {
    return new CoreClient<TM>(
      { name: this.api, defaultBaseURL: host.baseURL, envelope: host.envelope, errors: host.errors, routes: this.#def.routes },
      host.auth,
      { ...this.#options, baseURL: host.baseURL, dispatcher: this.dispatcher, rateLimit: false },
    );
  }

  /**
   * Calls an endpoint whose success body is a stream (SSE). Auth, rate limit and connect-phase retries apply
   * as for `request` (a stream that has started is never replayed); an error status is read whole and turned
   * into the API's error by its envelope.
   */
  async stream(init: CallInit): Promise<StreamResponse> {
    const endpoint = this.route(init.endpoint);
    if (!endpoint.ready) await endpoint.load();
    const plan = planCall(
      this.api,
      init,
      { headers: { ...this.defaultHeaders, accept: 'text/event-stream' }, auth: this.#auth },
      endpoint,
    );
    return this.withRetries(plan, init, this.streamAttempt);
  }

  /** Transport settings for requests outside the API's envelope (presigned uploads). */
  get transport() {
    return { dispatcher: this.dispatcher, timeout: this.timeout };
  }

  /**
   * The first attempt runs here directly; only after a failure is the retry machinery (closures, p-retry, the
   * options object) built. `send` is a method of this class, called with `this`: no closure per call.
   */
  private async withRetries<T>(plan: CallPlan, init: CallInit, send: Send<T, M>): Promise<T> {
    const started = Date.now();
    const deadline = init.options?.deadline ?? this.deadline;
    // One budget per call: `deadline` runs from here and bounds every attempt, the first one too.
    const state: CallState = {
      recovered: false,
      deadline: deadline === undefined ? undefined : { at: started + deadline, ms: deadline },
    };
    try {
      return await this.attempt(plan, init, send, 1, state);
    } catch (error) {
      return retryAfterFailure(
        error,
        (n) => this.attempt(plan, init, send, n, state),
        {
          policy: init.options?.maxRetries === undefined ? this.retry : { ...this.retry, maxRetries: init.options.maxRetries },
          retrySafe: plan.endpoint.retrySafe,
          signal: init.options?.signal,
          deadline,
          log: this.log,
          what: `${this.api} ${plan.endpoint.id}`,
        },
        started,
      );
    }
  }

  private async attempt<T>(
    plan: CallPlan,
    init: CallInit,
    send: Send<T, M>,
    attemptNumber: number,
    state: CallState,
  ): Promise<T> {
    const req = prepareAttempt(this.api, this.baseURL, plan, attemptNumber);
    if (state.deadline) req.deadline = state.deadline;
    try {
      return await this.limited(req, plan, init, send);
    } catch (err) {
      // One recovery per call (token refresh, clock skew), replayed at once and not counted as a retry.
      // A recover() that declines (a 503 is not its business) must not use up the call's one recovery.
      if (!state.recovered && err instanceof ApiError && plan.auth.recover) {
        // The refresh is waited for under the call's signal and deadline, like one made by apply().
        if (await waitForAuth(plan.auth.recover(err, req), req, init.options?.signal).catch(failedBeforeSending)) {
          state.recovered = true;
          const replay = prepareAttempt(this.api, this.baseURL, plan, attemptNumber);
          if (state.deadline) replay.deadline = state.deadline;
          return await this.limited(replay, plan, init, send);
        }
      }
      throw err;
    }
  }

  private limited<T>(req: PreparedRequest, plan: CallPlan, init: CallInit, send: Send<T, M>): Promise<T> {
    if (!this.limiter) return this.authorized(req, plan, init, send);
    const key = rateLimitKey(this.limitScope, req.endpoint.id, plan.auth.rateLimitKey);
    return this.limiter.schedule(key, () => this.authorized(req, plan, init, send), init.options?.signal);
  }

  private authorized<T>(req: PreparedRequest, plan: CallPlan, init: CallInit, send: Send<T, M>): Promise<T> {
    // After the rate limiter: a signature's timestamp is fresh when the request leaves. A synchronous apply is
    // not awaited, and this is not an async function: no extra promise or microtask turn on every request.
    // An apply() that throws is caught where `attempt` awaits this, like a rejection. Waiting for credentials (a
    // token refresh) answers to the call's signal and deadline; its failure means nothing was sent (auth-wait.ts).
    const applied = plan.auth.apply(req);
    if (applied)
      return waitForAuth(applied, req, init.options?.signal).then(() => send.call(this, req, plan, init), failedBeforeSending);
    return send.call(this, req, plan, init);
  }

  /** A stream attempt: success returns the open stream; an error status is read whole and becomes the API's error. */
  private async streamAttempt(req: PreparedRequest, plan: CallPlan, init: CallInit): Promise<StreamResponse> {
    const transport = this.transportRequest(req, init);
    const res = await openStream(transport);
    if (res.status >= 200 && res.status < 300) return res;
    const text = await readStreamText(res.body, transport); // under maxResponseBytes, like any body
    this.unwrap(req, plan.auth, { status: res.status, headers: res.headers, text });
    throw new ApiError({
      api: this.api,
      endpoint: req.endpoint.id,
      status: res.status,
      message: 'unexpected status for a stream',
      headers: res.headers,
    });
  }

  private async exchange(req: PreparedRequest, plan: CallPlan, init: CallInit) {
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
    return this.unwrap(req, plan.auth, res);
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
      timeout: init.options?.timeout ?? this.timeout,
      deadline: req.deadline,
      signal: init.options?.signal,
      dispatcher: this.dispatcher,
      limits: this.limits,
    };
  }

  private unwrap(req: PreparedRequest, auth: AuthStrategy, res: TransportResponse) {
    let decoded: unknown;
    try {
      decoded = decodeBody(res, this.api, req.endpoint, auth);
    } catch (err) {
      if (err instanceof ApiError) err.scrub(secretsOfAttempt(auth, req));
      throw err;
    }
    const result = this.#def.envelope.unwrap({
      api: this.api,
      endpoint: req.endpoint,
      status: res.status,
      headers: res.headers,
      body: decoded,
    });
    if (result.ok) return { data: result.data, meta: result.meta, body: decoded };
    // Servers echo credentials back (in messages, headers, redirects) more often than one would think: the
    // client's secrets and those this request was sending (a refresh token, an auth code) are scrubbed.
    throw toApiError(this.api, req.endpoint.id, this.#def.errors, result.error).scrub(secretsOfAttempt(auth, req));
  }

  private validate(endpoint: AnyEndpoint, data: unknown, meta: M, body: unknown, auth: AuthStrategy): unknown {
    if (this.validation === 'off') return data;
    const result = compiledSafeParse(endpoint.response)(data);
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
      body: redactValue(body, secretsOf(auth)),
    });
  }

  /** What `JSON.stringify` shows: where it sends, never what it authenticates with. */
  toJSON() {
    return { api: this.api, baseURL: this.baseURL, timeout: this.timeout };
  }

  [inspect.custom]() {
    return `CoreClient { api: '${this.api}', baseURL: '${this.baseURL}', timeout: ${this.timeout}, maxRetries: ${this.retry.maxRetries} }`;
  }
}
