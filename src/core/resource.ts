import type { AuthStrategy, WireBody } from './auth.js';
import type { CoreClient } from './client.js';
import type { AnyEndpoint, EndpointItem, EndpointResponse, EndpointResult } from './endpoint.js';
import type { ResponseMeta } from './envelope.js';
import type { CallOptions, PageOptions } from './options.js';
import type { PagePromise } from './pagination.js';
import type { WithMeta } from './with-meta.js';

/**
 * The one base of every resource of the three APIs. A resource holds no logic: each public method is one
 * explicit line that names its route, its path values, the caller's `params` and `options`:
 *
 * ```ts
 * get(productId: string, params?: EndpointParams<typeof routes.getProduct>, options?: CallOptions) {
 *   return this._request(routes.getProduct, [productId], params, options);
 * }
 * ```
 *
 * A resource may be bound to credentials (a TikTok Shop seller or shop); every call it makes carries them.
 */
export abstract class ApiResource<M extends ResponseMeta = ResponseMeta> {
  // #private: never enumerated, so JSON.stringify or a spread of a resource cannot reach the client's secrets.
  readonly #client: CoreClient<M>;
  readonly #auth: AuthStrategy | undefined;

  /** @internal */
  constructor(client: CoreClient<M>, auth?: AuthStrategy) {
    this.#client = client;
    this.#auth = auth;
  }

  /** @internal The pipeline this resource calls (for workflows built from several calls). */
  protected get _client(): CoreClient<M> {
    return this.#client;
  }

  /** One call: resolves to the payload (or the route's `returns` field) with the response meta attached. */
  protected _request<E extends AnyEndpoint>(
    route: E,
    path: readonly string[],
    params: object | undefined,
    options: CallOptions | undefined,
  ): Promise<WithMeta<EndpointResult<E>, M>> {
    return this.#client.request({ endpoint: route, path, params, options, auth: this.#auth });
  }

  /** A list: `await` for the first page, `for await` for every item, `options.cursor` to resume. */
  protected _list<E extends AnyEndpoint>(
    route: E,
    path: readonly string[],
    params: object | undefined,
    options: PageOptions | undefined,
  ): PagePromise<EndpointItem<E>, M, EndpointResponse<E>> {
    return this.#client.list({ endpoint: route, path, params, options, auth: this.#auth });
  }

  /** A call whose body is sent as given (an upload): bytes or a stream with its content type. */
  protected _upload<E extends AnyEndpoint>(
    route: E,
    path: readonly string[],
    body: { data: WireBody; contentType: string },
    params: object | undefined,
    options: CallOptions | undefined,
  ): Promise<WithMeta<EndpointResult<E>, M>> {
    return this.#client.request({ endpoint: route, path, params, options, auth: this.#auth, rawBody: body });
  }

  /** Keeps `JSON.stringify(resource)` small and free of anything the client holds. */
  toJSON(): Record<string, never> {
    return {};
  }
}
