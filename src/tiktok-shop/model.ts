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

/** Response fields: optional, nullable, exact on type. */
export const res = {
  str: z.string().nullish(),
  strs: z.array(z.string()).nullish(),
  /** An id: a string, or a number turned into its decimal string. */
  id: idString.nullish(),
  ids: z.array(idString).nullish(),
  num: z.number().nullish(),
  nums: z.array(z.number()).nullish(),
  bool: z.boolean().nullish(),
  bools: z.array(z.boolean()).nullish(),
  /** A field the inventory types as a bare `object`: any JSON object, kept as it is. */
  obj: z.looseObject({}).nullish(),
  any: z.unknown(),
};

/** Request fields: optional (not nullable), exact on type. */
export const req = {
  str: z.string().optional(),
  strs: z.array(z.string()).optional(),
  num: z.number().optional(),
  nums: z.array(z.number()).optional(),
  bool: z.boolean().optional(),
  bools: z.array(z.boolean()).optional(),
  obj: z.record(z.string(), z.unknown()).optional(),
  any: z.unknown().optional(),
};

/** The data model of a response; a missing or `null` payload (writes often send none) reads as `{}`. */
export function payload<T>(schema: z.ZodType<T>) {
  return z.preprocess((data) => data ?? {}, schema);
}

/** A response whose data the inventory types as a bare `object`. */
export const anyObject = (): z.ZodType<Record<string, unknown>> => z.looseObject({});

/** TikTok Shop token paging: `page_token` in the params, `next_page_token` in data; an empty token ends it. */
export function tokenPages<K extends string>(items: K) {
  return pageTokenCursor({ items, tokenParam: 'page_token', nextToken: 'data.next_page_token' });
}
