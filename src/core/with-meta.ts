import type { ResponseMeta } from './envelope.js';

/** The declared keys of T (index signatures of loose objects dropped). */
type KnownKeys<T> = keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

/**
 * A payload with the response facts attached as non-enumerable properties (they never pollute the data).
 * The payload's own fields win: a meta key the payload also declares (a session's `status`) is the payload's.
 */
export type WithMeta<T, M extends ResponseMeta = ResponseMeta> = T extends object
  ? T & Readonly<Omit<M, KnownKeys<T>>>
  : T;

/**
 * Attaches meta as non-enumerable properties: spread, JSON.stringify and zod see only the API's data.
 * The payload's own fields always win (a publish session's `status` is the session's, not the HTTP status).
 */
export function attachMeta<T>(data: T, meta: object): T {
  const target = (data ?? {}) as T;
  if (typeof target !== 'object') return target;
  for (const key of Object.keys(meta)) {
    if (Object.hasOwn(target as object, key)) continue;
    Object.defineProperty(target, key, {
      value: (meta as Record<string, unknown>)[key],
      enumerable: false,
      configurable: true,
    });
  }
  return target;
}
