import type { AuthStrategy, PreparedRequest, WireBody } from './auth.js';
import type { AnyEndpoint } from './endpoint.js';
import { InvalidParamsError } from './errors/index.js';
import { compiledSafeParse } from './internal/compiled-schema/index.js';
import type { CallOptions, PageOptions } from './options.js';
import { checkPathValues, splitParams } from './params.js';
import { encodeQuery, toQueryRecord } from './query.js';
import { toIssues } from './validation.js';

/** One call as a resource method hands it to the core: the route, its path values, the params and the options. */
export interface CallInit {
  endpoint: AnyEndpoint;
  /** The `{name}` values of the route's path, in path order. */
  path?: readonly unknown[] | undefined;
  /** The API's fields, query and body together: the route splits them. */
  params?: object | undefined;
  options?: CallOptions | PageOptions | undefined;
  /** Credentials for this call instead of the client's (a seller's token, a shop). */
  auth?: AuthStrategy | undefined;
  /** A body sent as it is (bytes or a stream), with its content type; not JSON-encoded. */
  rawBody?: { data: WireBody; contentType: string } | undefined;
}

/** Everything about a call that does not change between attempts: built and validated once. */
export interface CallPlan {
  endpoint: AnyEndpoint;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: WireBody;
  auth: AuthStrategy;
}

/**
 * Validates params (locally: a bad value never reaches the server), fills the path, and serializes the body
 * once. Attempts copy the query and headers from the plan so that auth can add to them freshly each time.
 * `endpoint` is the route as the client sends it (corrected by the `routes` option), by default the init's.
 */
export function planCall(
  api: string,
  init: CallInit,
  defaults: { headers: Record<string, string>; auth: AuthStrategy },
  endpoint: AnyEndpoint = init.endpoint,
): CallPlan {
  const { options } = init;
  const path = endpoint.buildPath(checkPathValues(api, endpoint, init.path));
  const split = splitParams(api, endpoint, init.params);
  const parsedQuery = endpoint.query ? checkParams(api, endpoint, endpoint.query, split.query) : split.query;
  const query = toQueryRecord(parsedQuery);
  if (options?.extraQuery) addExtraQuery(api, endpoint, query, options.extraQuery);
  const headers = options?.headers ? { ...defaults.headers, ...lowerKeys(options.headers) } : { ...defaults.headers };
  let body: WireBody;
  if (init.rawBody) {
    body = init.rawBody.data;
    headers['content-type'] = init.rawBody.contentType;
  } else if (split.body !== undefined || endpoint.body) {
    const value = endpoint.body ? checkParams(api, endpoint, endpoint.body, split.body) : split.body;
    if (endpoint.bodyEncoding === 'form') {
      body = new URLSearchParams(toQueryRecord(value)).toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    } else {
      // Serialized once: these exact bytes are signed and sent.
      body = JSON.stringify(value ?? {});
      headers['content-type'] = 'application/json';
    }
  }
  return { endpoint, path, query, headers, body, auth: init.auth ?? defaults.auth };
}

/** A fresh request for one attempt. */
export function prepareAttempt(api: string, baseURL: string, plan: CallPlan, attempt: number): PreparedRequest {
  return {
    api,
    endpoint: plan.endpoint,
    method: plan.endpoint.method,
    baseURL,
    path: plan.path,
    query: { ...plan.query },
    headers: { ...plan.headers },
    body: plan.body,
    attempt,
    authorizedWith: undefined,
  };
}

/** The URL of a prepared request, after auth added its params. */
export function requestUrl(req: PreparedRequest): string {
  return req.baseURL + requestPath(req);
}

/** The path and query of a prepared request (what follows the base URL), after auth added its params. */
export function requestPath(req: PreparedRequest): string {
  const qs = encodeQuery(req.query);
  return qs ? `${req.path}?${qs}` : req.path;
}

function checkParams(api: string, endpoint: AnyEndpoint, schema: NonNullable<AnyEndpoint['body']>, value: unknown) {
  const result = compiledSafeParse(schema)(value ?? {});
  if (result.success) return result.data;
  throw new InvalidParamsError({
    api,
    endpoint: endpoint.id,
    issues: toIssues(result.error).map((i) => ({ ...i, path: ['params', ...i.path] })),
  });
}

/** `options.extraQuery` is for parameters the route does not declare; a declared one goes in `params`, where it is checked. */
function addExtraQuery(api: string, endpoint: AnyEndpoint, query: Record<string, string>, extra: Record<string, string>) {
  const declared = endpoint.layout.queryKeys;
  for (const k in extra) {
    if (declared?.has(k)) {
      throw new InvalidParamsError({
        api,
        endpoint: endpoint.id,
        issues: [
          {
            path: ['options', 'extraQuery', k],
            message: 'is a parameter of this endpoint: pass it in params, where it is checked',
          },
        ],
      });
    }
    query[k] = extra[k]!;
  }
}

export function lowerKeys(h: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k in h) out[k.toLowerCase()] = h[k]!;
  return out;
}
