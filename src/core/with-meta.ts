import type { ResponseMeta } from './envelope.js';

/** The declared keys of T (index signatures of loose objects dropped). */
type KnownKeys<T> = keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

/**
 * A payload with the response facts attached as non-enumerable properties (they never pollute the data).
 * The payload's own fields win: a meta key the payload also declares (a session's `status`) is the payload's.
 */
export type WithMeta<T, M extends ResponseMeta = ResponseMeta> = T extends object ? T & MetaBeside<T, M> : T;

/** The meta keys a payload does not declare itself. Omit only on a clash, so hovers read `Order[] & Readonly<ResponseMeta>`. */
type MetaBeside<T, M> = [keyof M & KnownKeys<T>] extends [never] ? Readonly<M> : Readonly<Omit<M, keyof M & KnownKeys<T>>>;

/**
 * Attaches meta as non-enumerable properties: spread, JSON.stringify and zod see only the API's data.
 * The payload's own fields always win (a publish session's `status` is the session's, not the HTTP status).
 */
export function attachMeta<T>(data: T, meta: object): T {
  const target = (data ?? {}) as T;
  if (typeof target !== 'object') return target;
  for (const key in meta) {
    if (Object.hasOwn(target as object, key)) continue;
    // defineProperty reads the descriptor and keeps nothing of it, so one object serves every call.
    DESCRIPTOR.value = (meta as Record<string, unknown>)[key];
    Object.defineProperty(target, key, DESCRIPTOR);
  }
  DESCRIPTOR.value = undefined; // holds no response alive
  return target;
}

const DESCRIPTOR: PropertyDescriptor = { value: undefined, enumerable: false, configurable: true, writable: false };
