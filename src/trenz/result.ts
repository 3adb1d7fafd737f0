/**
 * Trenz results: the payload with the envelope meta (`requestId`, `usage`, `warnings`, paging facts) attached
 * non-enumerably by the core, the payload's own fields first (a task's `status` stays the task's, T:521-523).
 */
import { attachMeta, type CallInit, type CoreClient, type WithMeta } from '../core/client.js';
import type { AnyEndpoint, EndpointResponse } from '../core/endpoint.js';
import type { TrenzMeta } from './meta.js';

/** A payload with `requestId`, `usage`, `warnings` (and paging facts) readable on it, data fields first. */
export type TrenzResult<T> = WithMeta<T, TrenzMeta>;

/** Calls an endpoint and returns its validated payload with the meta attached. */
export function trenzRequest<E extends AnyEndpoint>(
  core: CoreClient<TrenzMeta>,
  endpoint: E,
  init: CallInit<E>,
): Promise<TrenzResult<EndpointResponse<E>>> {
  return core.request(endpoint, init);
}

export { attachMeta };
