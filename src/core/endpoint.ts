import type { z } from 'zod';
import type { CursorStyle } from './cursors.js';
import { paramLayout, type ParamLayout } from './params.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** How a request body is encoded on the wire. */
export type BodyEncoding = 'json' | 'form';

/** The values of a path template's `{name}` segments, in path order: `'/a/{x}/b/{y}'` -> `[string, string]`. */
export type PathArgs<Path extends string> = Path extends `${string}{${string}}${infer Rest}` ? [string, ...PathArgs<Rest>] : [];

/**
 * One endpoint, declared as data: the route table of an API is a list of these, so a wrong path is a one-line
 * fix, and every public method is one line that names its route.
 */
export interface EndpointSpec {
  /** The route id: `<namespace>.<method>`, e.g. `orders.search`. Used in logs, introspection and route fixes. */
  name: string;
  method: HttpMethod;
  /** Path template relative to the API's base URL, with `{name}` params (URL-encoded when filled). */
  path: string;
  /**
   * The query fields. A caller passes one `params` object; its keys that this schema declares go to the query,
   * the rest to the body. Checked locally before sending; the parsed value is what is sent.
   */
  query?: z.ZodType;
  /** The body fields (see `query`). */
  body?: z.ZodType;
  bodyEncoding?: BodyEncoding;
  /** The payload schema (after the envelope is removed). Objects should be loose: unknown keys kept. */
  response: z.ZodType;
  /**
   * A payload array field to return instead of the whole payload (TikTok Shop's `{ shops: [...] }` returns the
   * array; a missing field reads as `[]`). The response's meta is attached to what is returned.
   */
  returns?: string;
  /** How the list pages: where its items are and how the next page is found. Only list routes have it. */
  paging?: CursorStyle;
  /** Whether replaying the request can never do harm (reads). Defaults to true for GET, false otherwise. */
  retrySafe?: boolean;
  /** Returns an async task id to poll. */
  task?: boolean;
  /** Why the path is believed when the vendor's documentation does not print it ("mark what is inferred"). */
  inferred?: string;
}

/** What {@link defineEndpoint} derives from a spec once. */
export interface EndpointExtras {
  /** `METHOD /path/template`, used in errors and logs (never holds param values). */
  readonly id: string;
  readonly retrySafe: boolean;
  /** The `{name}` segments of the path, in order. */
  readonly pathParams: readonly string[];
  /** Fills the template with already checked values, in path order; values are URL-encoded. */
  readonly buildPath: (values: readonly string[]) => string;
  /** Which params go to the query and which to the body; built on the first call, not at import. */
  readonly layout: ParamLayout;
}

export type Endpoint<S extends EndpointSpec = EndpointSpec> = Readonly<S> & EndpointExtras;
export type AnyEndpoint = Endpoint<EndpointSpec>;

/** What a caller passes as query: the schema's input type (schemas may coerce or transform). */
export type EndpointQuery<E> = E extends { query: infer Q extends z.ZodType } ? z.input<Q> : undefined;
/** What a caller passes as body: the schema's input type. */
export type EndpointBody<E> = E extends { body: infer B extends z.ZodType } ? z.input<B> : undefined;
/** The validated payload. */
export type EndpointResponse<E> = E extends { response: infer R extends z.ZodType } ? z.output<R> : never;
export type EndpointPath<E> = E extends { path: infer P extends string } ? P : string;

type Fields<T> = [T] extends [undefined] ? {} : T extends object ? T : {};
/**
 * The one `params` object a method takes: the query and body fields of its route together (the route splits
 * them). The input types of the route's schemas, never a second hand-kept type.
 */
export type EndpointParams<E> = Fields<EndpointQuery<E>> & Fields<EndpointBody<E>>;

/** What a call resolves to: the payload, or the field the route `returns`. */
export type EndpointResult<E> = E extends { returns: infer K extends string }
  ? NonNullable<EndpointResponse<E>[K & keyof EndpointResponse<E>]>
  : EndpointResponse<E>;

/** The item type of a list route: the element type of the payload field its paging reads. */
export type EndpointItem<E> = E extends { paging: CursorStyle<infer K> }
  ? NonNullable<EndpointResponse<E>[K & keyof EndpointResponse<E>]> extends readonly (infer I)[]
    ? I
    : unknown
  : unknown;

/** The schemas of an endpoint, as a lazy spec gives them: built by its `schemas()` on first use. */
export interface EndpointSchemas {
  query?: z.ZodType | undefined;
  body?: z.ZodType | undefined;
  response: z.ZodType;
}

/**
 * An endpoint whose schemas are built on first use instead of at import (TikTok Shop's generated routes: 200
 * operations, 1,500 models). `schemas` runs once, the first time the endpoint's `query`, `body`, `response` or
 * `layout` is read; those are then cached getters, so a call costs the same as on an eager endpoint.
 */
export interface LazyEndpointSpec extends Omit<EndpointSpec, 'query' | 'body' | 'response'> {
  schemas: () => EndpointSchemas;
}

/** The endpoint type of a lazy spec: its schemas appear as if they had been given eagerly. */
export type LazyEndpoint<S extends LazyEndpointSpec> = Endpoint<Omit<S, 'schemas'> & ReturnType<S['schemas']>>;

/** Declares an endpoint. Call at module load: the param layout is built on first use, nothing runs per request. */
export function defineEndpoint<const S extends EndpointSpec>(spec: S): Endpoint<S>;
/** Declares an endpoint whose schemas are built by `spec.schemas()` on first use (see {@link LazyEndpointSpec}). */
export function defineEndpoint<const S extends LazyEndpointSpec>(spec: S): LazyEndpoint<S>;
export function defineEndpoint(spec: EndpointSpec | LazyEndpointSpec): AnyEndpoint {
  const { parts, names } = splitTemplate(spec.path);
  const extras = {
    id: `${spec.method} ${spec.path}`,
    retrySafe: spec.retrySafe ?? spec.method === 'GET',
    pathParams: names,
    buildPath: compilePath(spec.path, parts),
  };
  let layout: ParamLayout | undefined;
  if (!('schemas' in spec)) {
    return Object.freeze({
      ...spec,
      ...extras,
      get layout() {
        return (layout ??= paramLayout(spec.method, spec.query, spec.body));
      },
    });
  }
  const { schemas: build, ...rest } = spec;
  let schemas: EndpointSchemas | undefined;
  const resolved = () => (schemas ??= build());
  return Object.freeze({
    ...rest,
    ...extras,
    get query() {
      return resolved().query;
    },
    get body() {
      return resolved().body;
    },
    get response() {
      return resolved().response;
    },
    get layout() {
      return (layout ??= paramLayout(spec.method, resolved().query, resolved().body));
    },
  }) as AnyEndpoint;
}

function splitTemplate(template: string) {
  const parts = template.split(/\{([^}]+)\}/);
  const names: string[] = [];
  for (let i = 1; i < parts.length; i += 2) names.push(parts[i]!);
  return { parts, names: Object.freeze(names) };
}

function compilePath(template: string, parts: string[]): Endpoint['buildPath'] {
  if (parts.length === 1) return () => template;
  return (values) => {
    let out = parts[0]!;
    for (let i = 1, v = 0; i < parts.length; i += 2, v++) out += encodeURIComponent(values[v]!) + parts[i + 1]!;
    return out;
  };
}
