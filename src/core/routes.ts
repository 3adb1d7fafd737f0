/**
 * Route corrections and route provenance. A path the vendor's documentation does not print may be wrong; a user
 * who finds the right one corrects it by route id in the client's options, the same day, without a release:
 *
 * ```ts
 * new Trenz({ routes: { 'social.accounts.list': { path: '/open/v1/social/account/list' } } });
 * ```
 *
 * The corrections are checked and the corrected endpoints built once, when the client is built. A call then costs
 * one Map lookup when corrections were given, and nothing when none were.
 */
import type { z } from 'zod';
import { defineEndpoint, type AnyEndpoint, type HttpMethod } from './endpoint.js';
import { ConfigurationError } from './errors/index.js';
import { closeMatches } from './suggest.js';

/** A correction of one route: its path (relative to the base URL), and its method where that differs too. */
export interface RouteCorrection {
  path?: string;
  method?: HttpMethod;
}

/** `CoreOptions.routes`: corrections by route id (the `name` of a route, e.g. `social.accounts.list`). */
export type RouteCorrections = Readonly<Record<string, RouteCorrection>>;

/**
 * Where a route's method and path come from, read from its `inferred` note: `documented` (printed in the vendor's
 * docs, no note), `external evidence` (a note starting so: another public source of the vendor's), `proposed` (a
 * note starting so: no source prints it, it follows the naming of the documented ones), else `inferred`.
 */
export type RouteProvenance = 'documented' | 'external evidence' | 'proposed' | 'inferred';

/** One route as the static `routes` of a client class lists it. */
export interface RouteInfo {
  /** The route id, the key of the `routes` option. */
  readonly id: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly provenance: RouteProvenance;
  /** Why an undocumented path is believed (the route's `inferred` note). */
  readonly note: string | undefined;
}

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** The provenance of a route, from its `inferred` note. */
export function provenanceOf(endpoint: Pick<AnyEndpoint, 'inferred'>): RouteProvenance {
  const note = endpoint.inferred;
  if (note === undefined) return 'documented';
  if (/^external evidence\b/i.test(note)) return 'external evidence';
  if (/^proposed\b/i.test(note)) return 'proposed';
  return 'inferred';
}

/** The listing of a route table: id, method, path, provenance; sorted by id, frozen. */
export function describeRoutes(routes: readonly AnyEndpoint[]): readonly RouteInfo[] {
  return Object.freeze(
    routes
      .map((r) => Object.freeze({ id: r.name, method: r.method, path: r.path, provenance: provenanceOf(r), note: r.inferred }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  );
}

/**
 * Checks the `routes` option against the API's routes and builds each corrected endpoint once. Throws a
 * ConfigurationError for an unknown route id (with the close matches), an unknown key, a path that is not
 * relative to the base URL, a method the SDK does not send, or a path that drops or adds a path value.
 */
export function correctRoutes(
  api: string,
  known: readonly AnyEndpoint[] | undefined,
  corrections: RouteCorrections,
): ReadonlyMap<string, AnyEndpoint> | undefined {
  const ids = Object.keys(corrections);
  if (ids.length === 0) return undefined;
  if (!known?.length) throw new ConfigurationError(`${api}: this client takes no route corrections (the routes option).`);
  const byId = new Map(known.map((r) => [r.name, r]));
  const out = new Map<string, AnyEndpoint>();
  for (const id of ids) {
    const route = byId.get(id);
    if (!route) {
      const near = closeMatches(id, byId.keys());
      throw new ConfigurationError(
        `${api}: unknown route id "${id}" in the routes option.${near.length ? ` Did you mean ${near.map((n) => `"${n}"`).join(', ')}?` : ''} ` +
          `The static routes list of the ${api} client class gives every id.`,
      );
    }
    out.set(id, correctRoute(api, route, corrections[id]));
  }
  return out;
}

/** One corrected endpoint: the route's schemas, paging and retry safety, at another path or with another method. */
export function correctRoute(api: string, route: AnyEndpoint, correction: RouteCorrection | undefined): AnyEndpoint {
  const where = `${api}: routes['${route.name}']`;
  if (correction === null || typeof correction !== 'object' || Array.isArray(correction)) {
    throw new ConfigurationError(`${where} must be an object like { path: '/...' } (and method, where it differs).`);
  }
  for (const key of Object.keys(correction)) {
    if (key !== 'path' && key !== 'method')
      throw new ConfigurationError(`${where} has an unknown key "${key}": a correction takes path and method.`);
  }
  const path = correction.path ?? route.path;
  const method = correction.method ?? route.method;
  if (typeof path !== 'string' || !path.startsWith('/') || /[?#\s]/.test(path)) {
    throw new ConfigurationError(
      `${where}.path must be a path relative to the base URL, starting with "/", without query: got ${JSON.stringify(path)}.`,
    );
  }
  if (!METHODS.includes(method))
    throw new ConfigurationError(`${where}.method must be one of ${METHODS.join(', ')}: got ${JSON.stringify(method)}.`);
  const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  if (names.length !== route.pathParams.length) {
    const want = route.pathParams.length ? route.pathParams.map((n) => `{${n}}`).join(', ') : 'none';
    throw new ConfigurationError(`${where}.path must keep the route's path values (${want}): got ${JSON.stringify(path)}.`);
  }
  // Same params, other method: a route that takes its params in the query takes them in the body once it is a
  // POST, and the reverse (the rest of the spec is the route's own, its retry safety included).
  const bodyMethod = method !== 'GET' && method !== 'DELETE';
  const moved = (query: z.ZodType | undefined, body: z.ZodType | undefined) => {
    if (bodyMethod && query && !body && route.method === 'GET') return { query: undefined, body: query };
    if (!bodyMethod && body && !query) return { query: body, body: undefined };
    return { query, body };
  };
  // A lazy route (TikTok Shop's generated ones) stays lazy: its schemas are read when the corrected route is first
  // called. The spread takes the route's own fields (name, paging, returns...); its schemas are passed explicitly.
  const fixed = route.ready
    ? defineEndpoint({
        ...route,
        path,
        method,
        ...moved(route.query, route.body),
        response: route.response,
        retrySafe: route.retrySafe,
      })
    : defineEndpoint({
        ...route,
        path,
        method,
        retrySafe: route.retrySafe,
        schemas: async () => {
          await route.load();
          return { ...moved(route.query, route.body), response: route.response };
        },
      });
  // Path values are passed in the order of the route's own template; the corrected path may name them in another.
  const order = names.map((n) => route.pathParams.indexOf(n));
  if (order.some((i, at) => i !== at) && !order.includes(-1)) {
    // Endpoints are class instances (private state, getters): a proxy replaces the two fields and reads the rest
    // from the instance itself. Only a corrected route that reorders its path values takes this path.
    const buildPath = (values: readonly string[]) => fixed.buildPath(order.map((i) => values[i]!));
    // (The target is a blank object: the endpoint itself is frozen, and a proxy may not change a frozen field.)
    return new Proxy({} as AnyEndpoint, {
      get(_, key) {
        if (key === 'pathParams') return route.pathParams;
        if (key === 'buildPath') return buildPath;
        const value: unknown = Reflect.get(fixed, key, fixed);
        return typeof value === 'function' ? value.bind(fixed) : value;
      },
      has: (_, key) => key in fixed,
      getPrototypeOf: () => Object.getPrototypeOf(fixed) as object | null,
    });
  }
  return fixed;
}
