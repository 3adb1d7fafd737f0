import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** `{product_id}` segments of a path template, as a typed params object. */
export type PathParams<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}`
  ? { [K in Name | keyof PathParams<Rest>]: string | number }
  : {};

/** How a request body is encoded on the wire. */
export type BodyEncoding = 'json' | 'form';

/**
 * One endpoint, declared as data (DESIGN.md "Endpoints are data"). Typed methods are derived from it, and
 * the route table of an API is a list of these, so a wrong path is a one-line fix.
 */
export interface EndpointSpec<
  Path extends string = string,
  Query = unknown,
  Body = unknown,
  Response = unknown,
  QueryIn = Query,
  BodyIn = Body,
> {
  method: HttpMethod;
  /** Path template relative to the API's base URL, with `{name}` params (URL-encoded when filled). */
  path: Path;
  /** Checked locally before sending; the parsed value is what is sent (so schemas may transform). */
  query?: z.ZodType<Query, QueryIn>;
  body?: z.ZodType<Body, BodyIn>;
  bodyEncoding?: BodyEncoding;
  /** The payload schema (after the envelope is removed). Objects should be loose: unknown keys kept. */
  response: z.ZodType<Response, any>;
  /** Whether replaying the request can never do harm (reads). Defaults to true for GET, false otherwise. */
  retrySafe?: boolean;
  /** Returns an async task id to poll. */
  task?: boolean;
  /** Pagination style name, informative (the cursor itself is passed when paginating). */
  pagination?: 'page-number' | 'page-token' | 'page-no-has-more';
  /** Why the path is believed when the docs do not give it (STYLE.md: "mark what is inferred"). */
  inferred?: string;
  /** A short name for logs and errors, e.g. `orders.search`. */
  name?: string;
}

export interface Endpoint<
  Path extends string = string,
  Query = unknown,
  Body = unknown,
  Response = unknown,
  QueryIn = Query,
  BodyIn = Body,
> extends EndpointSpec<Path, Query, Body, Response, QueryIn, BodyIn> {
  /** `METHOD /path/template`, used in errors and logs (never holds param values). */
  readonly id: string;
  readonly retrySafe: boolean;
  /** Fills the template; values are URL-encoded. Precompiled once at declaration. */
  readonly buildPath: (params: Record<string, string | number> | undefined) => string;
}

export type AnyEndpoint = Endpoint<string, any, any, any, any, any>;
/** What a caller passes as query: the schema's input type (schemas may coerce or transform). */
export type EndpointQuery<E> = E extends Endpoint<any, any, any, any, infer Q, any> ? Q : never;
/** What a caller passes as body: the schema's input type. */
export type EndpointBody<E> = E extends Endpoint<any, any, any, any, any, infer B> ? B : never;
export type EndpointResponse<E> = E extends Endpoint<any, any, any, infer R, any, any> ? R : never;
export type EndpointPath<E> = E extends Endpoint<infer P, any, any, any, any, any> ? P : never;

/** Declares an endpoint. Call at module load: nothing here runs per request. */
export function defineEndpoint<
  Path extends string,
  Query = undefined,
  Body = undefined,
  Response = unknown,
  QueryIn = Query,
  BodyIn = Body,
>(spec: EndpointSpec<Path, Query, Body, Response, QueryIn, BodyIn>): Endpoint<Path, Query, Body, Response, QueryIn, BodyIn> {
  return Object.freeze({
    ...spec,
    id: `${spec.method} ${spec.path}`,
    retrySafe: spec.retrySafe ?? spec.method === 'GET',
    buildPath: compilePath(spec.path),
  });
}

function compilePath(template: string): Endpoint['buildPath'] {
  const parts = template.split(/\{([^}]+)\}/);
  if (parts.length === 1) return () => template;
  return (params) => {
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i]!;
      const value = params?.[name];
      if (value === undefined || value === '') {
        throw new TypeError(`Path parameter "${name}" is required for ${template}`);
      }
      out += encodeURIComponent(String(value)) + parts[i + 1]!;
    }
    return out;
  };
}
