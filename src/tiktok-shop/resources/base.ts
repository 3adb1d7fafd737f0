import type { AuthStrategy } from '../../core/auth.js';
import { attachMeta, type CallInit, type CoreClient, type WithMeta } from '../../core/client.js';
import { pageTokenCursor } from '../../core/cursors.js';
import type { AnyEndpoint, EndpointResponse } from '../../core/endpoint.js';
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

  /**
   * A list endpoint's array under `key`, with the response's meta attached to the array itself (one `attachMeta`,
   * on the array the caller gets; the wrapping object is never handed out).
   */
  protected async requestList<E extends AnyEndpoint, K extends string>(
    endpoint: E,
    init: CallInit<E>,
    key: K,
  ): Promise<WithMeta<NonNullable<EndpointResponse<E>[K & keyof EndpointResponse<E>]>>> {
    const { data, meta } = await this.core.call(endpoint, { ...init, auth: this.auth });
    const list = ((data as Record<string, unknown> | undefined)?.[key] as unknown[] | undefined) ?? [];
    return attachMeta(list, meta) as never;
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
