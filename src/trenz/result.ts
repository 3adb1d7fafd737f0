/**
 * Trenz results: the payload with the envelope meta attached non-enumerably, where the payload's own fields win.
 *
 * Why not `core.request` as is: the core's `attachMeta` overwrites a data field that shares a meta key, and
 * Trenz payloads have such fields: a task's `status` (`running`/`success`/`failed`, T:521-523) would become the
 * HTTP status 200, and the account's status (T:514) likewise. Here a field present in the data is never
 * replaced, and the type omits the meta keys the data declares. (Reported to the lead as a core change; once
 * `attachMeta`/`WithMeta` behave this way, this file reduces to `core.request`.)
 */
import type { CallInit, CoreClient } from '../core/client.js';
import type { AnyEndpoint, EndpointResponse } from '../core/endpoint.js';
import type { TrenzMeta } from './meta.js';

/** The declared keys of `T`, without index signatures (a loose object's `[k: string]: unknown`). */
type KnownKeys<T> = keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

/** A payload with `requestId`, `usage`, `warnings` (and paging facts) readable on it, data fields first. */
export type TrenzResult<T> = T extends object ? T & Readonly<Omit<TrenzMeta, KnownKeys<T>>> : T;

/** Calls an endpoint and returns its validated payload with the meta attached under the data. */
export async function trenzRequest<E extends AnyEndpoint>(
  core: CoreClient<TrenzMeta>,
  endpoint: E,
  init: CallInit<E>,
): Promise<TrenzResult<EndpointResponse<E>>> {
  const { data, meta } = await core.call(endpoint, init);
  return attachMetaUnder(data, meta) as TrenzResult<EndpointResponse<E>>;
}

/** Defines each meta key as a non-enumerable property, unless the data has a field of that name. */
export function attachMetaUnder<T>(data: T, meta: object): T {
  if (data === null || typeof data !== 'object') return data;
  for (const [key, value] of Object.entries(meta)) {
    if (Object.prototype.hasOwnProperty.call(data, key)) continue;
    Object.defineProperty(data, key, { value, enumerable: false, configurable: true });
  }
  return data;
}
