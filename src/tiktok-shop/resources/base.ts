import type { AuthStrategy } from '../../core/auth.js';
import { attachMeta, type CallInit, type CoreClient, type WithMeta } from '../../core/client.js';
import { pageTokenCursor } from '../../core/cursors.js';
import type { AnyEndpoint, EndpointResponse } from '../../core/endpoint.js';
import type { ResponseMeta } from '../../core/envelope.js';
import type { PagePromise } from '../../core/pagination.js';

/** A resource bound to one seller or shop: every call carries that scope's auth. */
export abstract class ScopedResource {
  /** @internal */
  constructor(
    protected readonly core: CoreClient,
    protected readonly auth: AuthStrategy,
  ) {}

  protected request<E extends AnyEndpoint>(endpoint: E, init: CallInit<E> = {}): Promise<WithMeta<EndpointResponse<E>>> {
    return this.core.request(endpoint, { ...init, auth: this.auth });
  }

  /** Token paging (ENDPOINTS.md 2.4): `page_token` in the query, `next_page_token` in data; empty ends it. */
  protected paginate<E extends AnyEndpoint, Item>(endpoint: E, init: CallInit<E>, itemsField: string): PagePromise<Item> {
    return this.core.paginate<E, Item>(
      endpoint,
      { ...init, auth: this.auth },
      pageTokenCursor({ tokenParam: 'query.page_token', items: `data.${itemsField}`, nextToken: 'data.next_page_token' }),
    );
  }
}

/**
 * The array under `key` of a response, with the response's meta (`requestId`, ...) attached to it, so list
 * endpoints return `Shop[]` rather than `{ shops: Shop[] }` without losing the request id.
 */
export function listOf<T, K extends string>(res: Partial<Record<K, T[]>> & ResponseMeta, key: K): WithMeta<T[]> {
  const meta: ResponseMeta = { requestId: res.requestId, status: res.status, headers: res.headers };
  const list = (res[key] as T[] | undefined) ?? [];
  return attachMeta(list, meta) as WithMeta<T[]>;
}
