/**
 * The building blocks of the generated TikTok Shop models and routes (src/tiktok-shop/generated, written by
 * `npm run generate` from spec/tiktok-shop.json). The inventory gives field names and types but no required flags
 * (the official SDK marks every field optional), so:
 *
 * - **Responses are lenient on presence, exact on types.** Every field is optional and may be `null` (the API
 *   omits or nulls empty fields; `?.` and `??` read both alike), objects are loose (fields TikTok adds are kept),
 *   and a value of the wrong type is refused. Enums are plain strings: a new value never breaks a call. Ids are
 *   strings whatever the wire has: a field named `id`, `*_id` or `*_ids` accepts a number and yields its decimal
 *   string (the decoder already turned any integer beyond 2^53 into a string). Other numbers are JSON numbers.
 *   A missing or `null` payload reads as `{}`.
 * - **Requests are closed.** Every body field is optional (TikTok's own checks decide what a call needs), and an
 *   unknown key is refused at every depth, with the closest known key suggested at the top: a misspelled field
 *   would otherwise be dropped or sent and ignored. The official SDK cannot send a field its models lack either.
 *
 * Models are built on first use: each is a memoized builder, and a route's `schemas()` calls only its own.
 */
import { z } from 'zod';
import { pageTokenCursor } from '../core/cursors.js';
import { idString } from '../core/validation.js';

let built = 0;

/**
 * A model schema built on its first call and the same object after. `modelsBuilt()` counts the builds, so tests
 * and the bench can check that calling one operation builds only that operation's models.
 */
export function model<T extends z.ZodType>(build: () => T): () => T {
  let schema: T | undefined;
  return () => {
    if (schema === undefined) {
      schema = build();
      built++;
    }
    return schema;
  };
}

/** How many generated models have been built in this process (see {@link model}). */
export function modelsBuilt(): number {
  return built;
}

// The helpers below are typed loosely on purpose: a model's type is its generated interface, never inferred from the
// zod calls (inferring 1,500 zod object types made `tsc` six times slower). The generator keeps the two in step,
// and test/tiktok-shop/operations.test.ts parses model-shaped data with every schema.
type Schema = z.ZodType;
type Model<T> = () => z.ZodType<T>;

/** Response fields: optional, nullable, exact on type. */
export const res = {
  str: z.string().nullish() as Schema,
  strs: z.array(z.string()).nullish() as Schema,
  /** An id: a string, or a number turned into its decimal string. */
  id: idString.nullish() as Schema,
  ids: z.array(idString).nullish() as Schema,
  num: z.number().nullish() as Schema,
  nums: z.array(z.number()).nullish() as Schema,
  bool: z.boolean().nullish() as Schema,
  bools: z.array(z.boolean()).nullish() as Schema,
  /** A field the inventory types as a bare `object`: any JSON object, kept as it is. */
  obj: z.looseObject({}).nullish() as Schema,
  any: z.unknown() as Schema,
  /** A field of another model. */
  one: (m: Model<unknown>): Schema => m().nullish(),
  /** An array of another model. */
  many: (m: Model<unknown>): Schema => z.array(m()).nullish(),
  /** A response model: a loose object (fields TikTok adds are kept), typed as its interface `T`. */
  object: <T>(shape: Record<string, Schema>): z.ZodType<T> => z.looseObject(shape) as unknown as z.ZodType<T>,
};

/** Request fields: optional (not nullable), exact on type. */
export const req = {
  str: z.string().optional() as Schema,
  strs: z.array(z.string()).optional() as Schema,
  num: z.number().optional() as Schema,
  nums: z.array(z.number()).optional() as Schema,
  bool: z.boolean().optional() as Schema,
  bools: z.array(z.boolean()).optional() as Schema,
  obj: z.record(z.string(), z.unknown()).optional() as Schema,
  any: z.unknown().optional() as Schema,
  /** A number or a string (`page_size` is typed `any` or `string` on some routes; callers pass numbers). */
  numOrStr: z.union([z.number(), z.string()]).optional() as Schema,
  one: (m: Model<unknown>): Schema => m().optional(),
  many: (m: Model<unknown>): Schema => z.array(m()).optional(),
  /** A request model or a route's query: a closed object (unknown keys refused), typed as `T`. */
  object: <T>(shape: Record<string, Schema>): z.ZodType<T, T> => z.strictObject(shape) as unknown as z.ZodType<T, T>,
};

/** The data model of a response; a missing or `null` payload (writes often send none) reads as `{}`. */
export function payload<T>(schema: z.ZodType<T>): z.ZodType<T> {
  return z.preprocess((data) => data ?? {}, schema) as unknown as z.ZodType<T>;
}

/** A response whose data the inventory types as a bare `object`. */
export const anyObject = (): z.ZodType<Record<string, unknown>> => z.looseObject({});

/** TikTok Shop token paging: `page_token` in the params, `next_page_token` in data; an empty token ends it. */
export function tokenPages<K extends string>(items: K) {
  return pageTokenCursor({ items, tokenParam: 'page_token', nextToken: 'data.next_page_token' });
}
