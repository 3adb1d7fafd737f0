/**
 * The one `params` object of a call, split into query and body by the route's schemas, and the path values
 * checked. Unknown keys are refused before anything is sent, with the closest known key suggested: a misspelled
 * filter (`update_time_gte`) must never widen a query silently to "every order of all time".
 */
import type { z } from 'zod';
import type { AnyEndpoint, HttpMethod } from './endpoint.js';
import { InvalidParamsError } from './errors/index.js';
import { closestMatch } from './suggest.js';

/** Where a route's params go, derived once from its schemas (see `Endpoint.layout`). */
export interface ParamLayout {
  /** Keys the query schema declares; `undefined` when the route has no query schema. */
  readonly queryKeys: ReadonlySet<string> | undefined;
  readonly bodyKeys: ReadonlySet<string> | undefined;
  /** Where a key that neither schema declares goes: the location whose schema is open (loose), else nowhere. */
  readonly unknownGoesTo: 'query' | 'body' | undefined;
  /** Every declared key, for suggestions. */
  readonly known: readonly string[];
}

/** Builds a route's layout from its schemas. Exported for the endpoint declaration only. */
export function paramLayout(method: HttpMethod, query: z.ZodType | undefined, body: z.ZodType | undefined): ParamLayout {
  const q = query ? objectKeys(query) : undefined;
  const b = body ? objectKeys(body) : undefined;
  // A body route whose body is open takes any extra field there (Trenz bodies the docs give no fields for);
  // else an open query takes it; a route that declares no schema at all takes nothing.
  let unknownGoesTo: ParamLayout['unknownGoesTo'];
  if (b?.open) unknownGoesTo = 'body';
  else if (q?.open && !(b && method !== 'GET')) unknownGoesTo = 'query';
  return {
    queryKeys: q?.keys,
    bodyKeys: b?.keys,
    unknownGoesTo,
    known: [...(q?.keys ?? []), ...(b?.keys ?? [])],
  };
}

/** The query and body parts of `params`, raw (the route's schemas check them next). */
export interface SplitParams {
  query: Record<string, unknown> | undefined;
  body: Record<string, unknown> | undefined;
}

/**
 * Splits `params` by the route's layout. The common cases (one location, or no params) hand the caller's object
 * through without a copy; only a route with both a query and a body builds two objects.
 */
export function splitParams(api: string, endpoint: AnyEndpoint, params: object | undefined): SplitParams {
  const layout = endpoint.layout;
  if (params === undefined || params === null) return { query: undefined, body: undefined };
  if (typeof params !== 'object' || Array.isArray(params)) {
    throw invalid(
      api,
      endpoint,
      [],
      `params must be an object of the API's fields, got ${Array.isArray(params) ? 'an array' : typeof params}`,
    );
  }
  const record = params as Record<string, unknown>;
  const { queryKeys, bodyKeys, unknownGoesTo } = layout;
  if (bodyKeys === undefined || queryKeys === undefined) {
    const keys = queryKeys ?? bodyKeys;
    const where = queryKeys ? 'query' : bodyKeys ? 'body' : unknownGoesTo;
    if (unknownGoesTo === undefined)
      for (const k in record) if (record[k] !== undefined && !keys?.has(k)) throw unknownKey(api, endpoint, k);
    return where === 'body' ? { query: undefined, body: record } : { query: record, body: undefined };
  }
  const query: Record<string, unknown> = {};
  const body: Record<string, unknown> = {};
  for (const k in record) {
    const v = record[k];
    if (v === undefined) continue;
    if (queryKeys.has(k)) query[k] = v;
    else if (bodyKeys.has(k) || unknownGoesTo === 'body') body[k] = v;
    else if (unknownGoesTo === 'query') query[k] = v;
    else throw unknownKey(api, endpoint, k);
  }
  return { query, body };
}

/**
 * The path values of a call as strings. An id must be a non-empty string or a safe integer, never a dot segment
 * (`..` would send a signed request to another path) and never a number beyond 2^53 (already rounded by
 * JavaScript: it would name another order).
 */
export function checkPathValues(api: string, endpoint: AnyEndpoint, values: readonly unknown[] | undefined): string[] {
  const names = endpoint.pathParams;
  const out: string[] = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    const value = values?.[i];
    const name = names[i]!;
    if (typeof value === 'string') {
      if (value === '' || value === '.' || value === '..') {
        throw invalid(api, endpoint, [name], value === '' ? 'is required (an empty string was given)' : `cannot be "${value}"`);
      }
      out[i] = value;
    } else if (typeof value === 'number' && Number.isInteger(value)) {
      if (!Number.isSafeInteger(value)) {
        throw invalid(
          api,
          endpoint,
          [name],
          `${value} is beyond 2^53 and was already rounded by JavaScript: pass the id as a string`,
        );
      }
      out[i] = String(value);
    } else {
      throw invalid(api, endpoint, [name], `must be a non-empty string id, got ${describe(value)}`);
    }
  }
  if (values && values.length > names.length) {
    throw invalid(api, endpoint, [], `takes ${names.length} path value(s), got ${values.length}`);
  }
  return out;
}

function unknownKey(api: string, endpoint: AnyEndpoint, key: string): InvalidParamsError {
  const known = endpoint.layout.known;
  if (known.length === 0) return invalid(api, endpoint, [key], 'this endpoint takes no parameters');
  const near = closestMatch(key, known);
  return invalid(api, endpoint, [key], `unknown parameter${near ? `; did you mean "${near}"?` : ''} Known: ${known.join(', ')}`);
}

function invalid(api: string, endpoint: AnyEndpoint, path: (string | number)[], message: string) {
  return new InvalidParamsError({ api, endpoint: endpoint.id, issues: [{ path, message }] });
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return String(value);
  return typeof value;
}

/** The keys a zod object schema declares, seen through optional/nullable/default/pipe wrappers. */
function objectKeys(schema: z.ZodType): { keys: ReadonlySet<string>; open: boolean } | undefined {
  let def = (schema as unknown as ZodInternals)._zod.def;
  for (let i = 0; i < 10 && def.type !== 'object'; i++) {
    const inner = def.innerType ?? def.in;
    if (!inner) return { keys: new Set(), open: true }; // not an object schema: nothing to check by key
    def = inner._zod.def;
  }
  if (def.type !== 'object') return { keys: new Set(), open: true };
  const catchall = def.catchall?._zod.def.type;
  return { keys: new Set(Object.keys(def.shape ?? {})), open: catchall !== undefined && catchall !== 'never' };
}

interface ZodDef {
  type: string;
  shape?: Record<string, unknown>;
  catchall?: { _zod: { def: ZodDef } };
  innerType?: { _zod: { def: ZodDef } };
  in?: { _zod: { def: ZodDef } };
}
interface ZodInternals {
  _zod: { def: ZodDef };
}
