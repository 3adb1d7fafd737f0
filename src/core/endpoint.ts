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
  /** Whether the schemas are built. Always true for an eager endpoint; a lazy one is ready after its first `load()`. */
  readonly ready: boolean;
  /** Builds (or loads) the schemas of a lazy endpoint, once; the pipeline awaits it when `ready` is false. */
  load(): Promise<void>;
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
 * operations, 1,500 models). `schemas` runs once, on the first call (the pipeline awaits `load()` when the endpoint is
 * not `ready`); it may return the schemas or a promise of them, so that their code is loaded with a dynamic import
 * and not even parsed before then. After that `query`, `body`, `response` and `layout` are cached getters: a call
 * costs the same as on an eager endpoint.
 */
export interface LazyEndpointSpec extends Omit<EndpointSpec, 'query' | 'body' | 'response'> {
  schemas: () => EndpointSchemas | Promise<EndpointSchemas>;
}

/** The endpoint type of a lazy spec: its schemas appear as if they had been given eagerly. */
export type LazyEndpoint<S extends LazyEndpointSpec> = Endpoint<Omit<S, 'schemas'> & Awaited<ReturnType<S['schemas']>>>;

const ready = Promise.resolve();

/** Declares an endpoint. Call at module load: the param layout is built on first use, nothing runs per request. */
export function defineEndpoint<const S extends EndpointSpec>(spec: S): Endpoint<S>;
/** Declares an endpoint whose schemas are built by `spec.schemas()` on first use (see {@link LazyEndpointSpec}). */
export function defineEndpoint<const S extends LazyEndpointSpec>(spec: S): LazyEndpoint<S>;
export function defineEndpoint(spec: EndpointSpec | LazyEndpointSpec): AnyEndpoint {
  // Classes, not object literals with getters: a frozen literal with accessors costs ~60 µs to create, a class
  // instance ~5 µs, and an API declares hundreds of endpoints at import.
  return ('schemas' in spec ? new LazyEndpointImpl(spec) : new EagerEndpoint(spec)) as unknown as AnyEndpoint;
}

/** What both kinds of endpoint derive from the spec at declaration. */
abstract class EndpointBase {
  readonly id: string;
  readonly retrySafe: boolean;
  readonly pathParams: readonly string[];
  readonly buildPath: (values: readonly string[]) => string;
  #layout: ParamLayout | undefined;

  constructor(spec: Omit<EndpointSpec, 'query' | 'body' | 'response'>) {
    Object.assign(this, spec);
    const { parts, names } = splitTemplate(spec.path);
    this.id = `${spec.method} ${spec.path}`;
    this.retrySafe = spec.retrySafe ?? spec.method === 'GET';
    this.pathParams = names;
    this.buildPath = compilePath(spec.path, parts);
  }

  abstract readonly query: z.ZodType | undefined;
  abstract readonly body: z.ZodType | undefined;
  abstract readonly method: HttpMethod;

  get layout(): ParamLayout {
    return (this.#layout ??= paramLayout(this.method, this.query, this.body));
  }
}

class EagerEndpoint extends EndpointBase {
  declare readonly method: HttpMethod;
  declare readonly query: z.ZodType | undefined;
  declare readonly body: z.ZodType | undefined;
  readonly ready = true;

  constructor(spec: EndpointSpec) {
    super(spec);
    Object.freeze(this);
  }

  load(): Promise<void> {
    return ready;
  }
}

class LazyEndpointImpl extends EndpointBase {
  declare readonly method: HttpMethod;
  readonly #build: LazyEndpointSpec['schemas'];
  #schemas: EndpointSchemas | undefined;
  #loading: Promise<void> | undefined;

  constructor({ schemas, ...rest }: LazyEndpointSpec) {
    super(rest);
    this.#build = schemas;
    Object.freeze(this);
  }

  get ready(): boolean {
    return this.#schemas !== undefined;
  }

  get query(): z.ZodType | undefined {
    return this.#resolved().query;
  }

  get body(): z.ZodType | undefined {
    return this.#resolved().body;
  }

  get response(): z.ZodType {
    return this.#resolved().response;
  }

  load(): Promise<void> {
    if (this.#schemas) return ready;
    return (this.#loading ??= Promise.resolve()
      .then(this.#build)
      .then(
        (built) => void (this.#schemas = built),
        (error: unknown) => {
          this.#loading = undefined; // a failed load (a chunk that could not be read) is tried again on the next call
          throw error;
        },
      ));
  }

  #resolved(): EndpointSchemas {
    if (this.#schemas) return this.#schemas;
    const built = this.#build();
    if (!(built instanceof Promise)) return (this.#schemas = built);
    this.#loading ??= built.then(
      (b) => void (this.#schemas = b),
      () => void (this.#loading = undefined), // load() tries again and reports the error
    );
    throw new Error(`${this.id}: the schemas of this endpoint load asynchronously; await endpoint.load() before reading them`);
  }
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
