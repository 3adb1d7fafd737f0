/**
 * compiledSafeParse against zod itself, kind by kind: hand-written cases for every supported kind and check, the
 * kinds that fall back to zod, and random schemas built from the supported kinds. zod is the spec: every assertion
 * compares the two results on the same input (fixtures/compare-with-zod.ts).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isCompiledSchema } from '../../src/core/internal/compiled-schema/index.js';
import { expectSameAsZod, mutate, pick, rng, withProtoKey, type Json, type Rng } from './fixtures/compare-with-zod.js';

type Schema = z.ZodType;

enum Native {
  A,
  B,
}
const tree: z.ZodType<unknown> = z.lazy(() =>
  z.looseObject({
    name: z.string(),
    size: z.number().default(1),
    kids: z
      .array(tree)
      .optional()
      .transform((v) => v ?? []),
  }),
);
const strings = ['', 'a', 'ab', 'abc', 'abcd', '😀', '😀😀', 'a😀', 'ABC', 'https://x.io', 'a@b.co', '12', 1, null, undefined];
const numbers = [0, -0, 1, -1, 0.5, 0.3, 2 ** 53 - 1, 2 ** 53, -(2 ** 53), 2 ** 31, 1e300, NaN, Infinity, -Infinity, '1', null];
const issue = (ctx: z.RefinementCtx) => ctx.addIssue({ code: 'custom', message: 'rejected' });

const SUPPORTED: [string, Schema, unknown[]][] = [
  ['string min/max', z.string().min(2).max(3), strings],
  ['string length', z.string().length(2), strings],
  ['string regex (global flag)', z.string().regex(/a/g), ['a', 'a', 'ba', 'b', 'a']],
  ['string formats', z.string().startsWith('a').endsWith('c').includes('b'), ['abc', 'abbc', 'ac', 'xbc']],
  ['email', z.email(), strings],
  ['uuid', z.uuid(), ['00000000-0000-4000-8000-000000000000', 'nope']],
  ['lowercase', z.string().lowercase(), strings],
  ['number', z.number(), numbers],
  ['int', z.int(), numbers],
  [
    'number().int() min max',
    z
      .number()
      .int()
      .min(0)
      .max(2 ** 31),
    numbers,
  ],
  ['nonnegative / lt', z.number().nonnegative().lt(100), numbers],
  ['positive / gt', z.number().positive().gt(0.5), numbers],
  ['multipleOf', z.number().multipleOf(0.1), numbers],
  ['int32', z.int32(), numbers],
  ['boolean', z.boolean(), [true, false, 0, 'true', null]],
  ['null / undefined', z.union([z.null(), z.undefined()]), [null, undefined, 0, '']],
  ['optional vs missing key', z.object({ a: z.string().optional() }), [{}, { a: undefined }, { a: null }, { a: 'x' }, { a: 1 }]],
  ['required unknown key', z.object({ a: z.unknown() }), [{}, { a: undefined }, { a: 1 }]],
  [
    'inherited key counts as present',
    z.object({ toString: z.string().optional(), valueOf: z.unknown() }),
    [{}, { toString: 'x' }],
  ],
  [
    'nullable / nullish',
    z.object({ a: z.string().nullable(), b: z.number().nullish() }),
    [{ a: null }, { a: 'x', b: null }, { b: 1 }, {}],
  ],
  [
    'union order',
    z.union([z.string().transform((s) => `first ${s}`), z.string().transform((s) => `second ${s}`), z.number()]),
    ['x', 1, null],
  ],
  [
    'union of strip objects',
    z.union([z.object({ a: z.string() }), z.object({ a: z.string(), b: z.number() })]),
    [{ a: 'x', b: 1 }, { b: 1 }],
  ],
  ['literal', z.literal(['a', 1, null, true]), ['a', 1, null, true, 'b', 0, false]],
  ['enum', z.enum(['a', 'b']), ['a', 'b', 'c', 0]],
  ['native enum', z.enum(Native), [0, 1, 'A', 'B', 2]],
  ['record', z.record(z.string(), z.number()), [{}, { a: 1 }, { a: 'x' }, [], null, withProtoKey({ a: 1 })]],
  [
    'record key checks',
    z.record(
      z.string().min(2),
      z.string().transform((s) => s.length),
    ),
    [{ ab: 'x' }, { a: 'x' }, {}],
  ],
  ['loose record', z.looseRecord(z.string().regex(/^n_/), z.number()), [{ n_a: 1, other: 'x' }, { n_a: 'x' }]],
  ['strict object unknown key', z.strictObject({ a: z.string() }), [{ a: 'x' }, { a: 'x', b: 1 }, withProtoKey({ a: 'x' })]],
  [
    'strip object unknown key',
    z.object({ a: z.string(), n: z.object({ b: z.number() }) }),
    [
      { a: 'x', n: { b: 1, c: 2 }, z: 1 },
      { a: 'x', n: { b: 1 } },
    ],
  ],
  ['loose object __proto__ key', z.looseObject({ a: z.string() }), [withProtoKey({ a: 'x' }), { a: 'x', b: [1] }]],
  // Input zod accepts but builds specially: the check must stay exact (the union picks zod's option).
  [
    'union over a __proto__ key',
    z.union([z.looseObject({ a: z.string() }), z.unknown()]),
    [withProtoKey({ a: 'x' }), withProtoKey({})],
  ],
  ['union over an inherited key', z.union([z.object({ toString: z.unknown() }), z.unknown()]), [{}, { toString: 1 }]],
  [
    '__proto__ key beneath a catch',
    z.object({ r: z.record(z.string(), z.number()).catch({}), o: z.strictObject({ a: z.number() }).catch({ a: 0 }) }),
    [
      { r: withProtoKey({ a: 1 }), o: withProtoKey({ a: 1 }) },
      { r: { a: 1 }, o: { a: 1 } },
    ],
  ],
  [
    'transform',
    z.object({ a: z.string().transform((s) => s.toUpperCase()), b: z.array(z.number().transform((n) => n * 2)) }),
    [
      { a: 'x', b: [1, 2] },
      { a: 1, b: [] },
    ],
  ],
  [
    'transform on an absent optional key',
    z.object({
      a: z
        .string()
        .optional()
        .transform((v) => v ?? 'none'),
      b: z
        .string()
        .optional()
        .transform(() => undefined),
    }),
    [{}, { a: 'x', b: 'y' }, { a: undefined }],
  ],
  [
    'transform reporting an issue',
    z.object({ a: z.string().transform((s, ctx) => (s === 'bad' ? (issue(ctx), s) : s)) }),
    [{ a: 'ok' }, { a: 'bad' }],
  ],
  ['transform in a union that fails', z.union([z.string().transform((s, ctx) => (issue(ctx), s)), z.string()]), ['x']],
  [
    'transform: Number, parseInt',
    z.object({ a: z.string().transform(Number), b: z.string().transform(parseInt as unknown as (s: string) => number) }),
    [
      { a: '12', b: '0x1f' },
      { a: 'x', b: '7' },
    ],
  ],
  // Functions that can see the ctx (a second or defaulted parameter, `arguments`) go through zod's run.
  [
    'transform: a default parameter sees the ctx',
    z.string().transform((s, ctx = undefined as unknown as z.RefinementCtx) => (issue(ctx), s)),
    ['x'],
  ],
  [
    'transform: arguments sees the ctx',
    z.string().transform(function (s: string) {
      // eslint-disable-next-line prefer-rest-params -- the case under test: a transform that reads `arguments`
      issue(arguments[1] as z.RefinementCtx);
      return s;
    }),
    ['x'],
  ],
  ['transform: async', z.object({ a: z.string().transform(async (s) => s) }), [{ a: 'x' }, { a: 1 }]],
  [
    'default',
    z.object({ a: z.string().default('d'), b: z.array(z.number()).default(() => [1]), c: z.number().default(0).optional() }),
    [{}, { a: undefined }, { a: 'x', b: [2], c: 3 }, { a: 1 }],
  ],
  ['default undefined', z.object({ a: z.unknown().default(undefined) }), [{}, { a: undefined }]],
  [
    'catch',
    z.object({
      a: z.number().catch(-1),
      b: z
        .string()
        .catch((ctx) => `caught ${ctx.error.issues.length}`)
        .optional(),
    }),
    [{ a: 1 }, { a: 'x' }, {}, { b: 2 }],
  ],
  ['pipe into transform', z.union([z.number(), z.string().regex(/^\d+$/)]).transform(Number), [1, '12', 'x']],
  [
    'lazy recursion with defaults',
    z.looseObject({ root: tree }),
    [{ root: { name: 'a', kids: [{ name: 'b', kids: [{ name: 'c', size: 3 }] }] } }, { root: { name: 'a', kids: [{}] } }],
  ],
  [
    'discriminated union',
    z.discriminatedUnion('t', [
      z.object({ t: z.literal('a'), x: z.string() }),
      z.looseObject({ t: z.literal('b'), y: z.number().default(0) }),
    ]),
    [{ t: 'a', x: 'x', z: 1 }, { t: 'b' }, { t: 'c' }, { x: 'x' }, []],
  ],
  ['array length', z.array(z.string()).min(1).max(2), [[], ['a'], ['a', 'b', 'c'], 'ab', [1]]],
];

const UNSUPPORTED: [string, Schema, unknown[]][] = [
  ['refine', z.object({ a: z.number() }).refine((o) => o.a > 0), [{ a: 1 }, { a: -1 }]],
  ['superRefine', z.string().superRefine((s, ctx) => (s ? undefined : issue(ctx))), ['', 'x']],
  ['url format', z.url(), ['https://x.io', ' https://x.io ', 'nope']],
  ['coerce', z.coerce.number(), ['1', 'x', 2]],
  ['transform then checked', z.string().transform(Number).pipe(z.number().int()), ['1', '1.5']],
  ['intersection', z.intersection(z.object({ a: z.string() }), z.object({ b: z.number() })), [{ a: 'x', b: 1 }]],
  ['tuple', z.tuple([z.string(), z.number()]), [['a', 1], ['a']]],
  ['readonly', z.object({ a: z.string() }).readonly(), [{ a: 'x' }]],
];

describe('compiledSafeParse per kind', () => {
  it.each(SUPPORTED)('%s: compiled, and equal to zod', (label, schema, inputs) => {
    expect(isCompiledSchema(schema)).toBe(true);
    for (const input of inputs) expectSameAsZod(schema, input, `${label} ${String(JSON.stringify(input))}`);
  });

  it('without new Function (zod jitless): the closure checks match zod too', () => {
    const before = z.core.globalConfig.jitless;
    z.config({ jitless: true });
    try {
      // A new root compiles every node beneath it again, now without generated code.
      for (const [label, schema, inputs] of SUPPORTED) {
        const root = z.looseObject({ value: schema });
        for (const input of inputs) expectSameAsZod(root, { value: input }, `jitless ${label}`);
      }
    } finally {
      z.config({ jitless: before });
    }
  });

  it.each(UNSUPPORTED)('%s: falls back to zod, and equal to zod', (label, schema, inputs) => {
    expect(isCompiledSchema(schema)).toBe(false);
    for (const input of inputs) expectSameAsZod(schema, input, label);
  });
});

// --- random schemas of the supported kinds --------------------------------------------------------------------

const KEYS = ['a', 'b', 'id', 't', 'toString'];
const LEAVES: (() => Schema)[] = [
  () => z.string(),
  () => z.string().min(1),
  () => z.number(),
  () => z.int(),
  () => z.boolean(),
  () => z.null(),
  () => z.unknown(),
  () => z.literal(['x', 1]),
  () => z.enum(['x', 'y']),
];

function randomObject(rnd: Rng, depth: number, make: (shape: Record<string, Schema>) => Schema): Schema {
  const shape: Record<string, Schema> = {};
  for (const key of KEYS) if (rnd() < 0.5) shape[key] = randomSchema(rnd, depth + 1);
  return make(shape);
}

/** A schema of 1-4 levels mixing every supported kind, transforms that report issues included. */
function randomSchema(rnd: Rng, depth = 0): Schema {
  if (depth > 3 || rnd() < 0.3) return pick(rnd, LEAVES)();
  const inner = () => randomSchema(rnd, depth + 1);
  const kinds: (() => Schema)[] = [
    () => inner().optional(),
    () => inner().nullish(),
    () => z.exactOptional(inner()),
    () => z.string().default('D'),
    () => z.array(z.number()).default(() => [9]),
    () =>
      inner()
        .optional()
        .default('DD' as never),
    () => inner().catch('C' as never),
    () => inner().transform((v: unknown) => (typeof v === 'string' ? `${v}!` : v)),
    () => inner().transform((v: unknown, ctx: z.RefinementCtx) => (v === 'bad' ? (issue(ctx), v) : v)),
    () =>
      z
        .string()
        .optional()
        .transform((v) => v ?? 'T'),
    () => z.union([z.string(), z.number()]).transform(String),
    () => z.union([inner(), inner()]),
    () =>
      z.discriminatedUnion('t', [
        z.object({ t: z.literal('p'), a: inner() }),
        z.looseObject({ t: z.literal('q'), b: inner().optional() }),
      ]),
    () => z.array(inner()),
    () => z.array(inner()).min(1),
    () => z.record(z.string(), inner()),
    () => randomObject(rnd, depth, (shape) => z.object(shape)),
    () => randomObject(rnd, depth, (shape) => z.looseObject(shape)),
    () => randomObject(rnd, depth, (shape) => z.strictObject(shape)),
  ];
  return pick(rnd, kinds)();
}

/** Any JSON-like value, an own `__proto__` key now and then. */
function randomValue(rnd: Rng, depth = 0): unknown {
  const r = rnd();
  if (depth > 3 || r < 0.4) return pick(rnd, ['x', 'bad', '', 1, 1.5, NaN, 0, -0, true, null, undefined]);
  if (r < 0.75) {
    const obj: Json = rnd() < 0.1 ? withProtoKey({}) : {};
    for (const key of [...KEYS, 'zz']) if (rnd() < 0.5) obj[key] = randomValue(rnd, depth + 1);
    return obj;
  }
  return Array.from({ length: Math.floor(rnd() * 3) }, () => randomValue(rnd, depth + 1));
}

/** A value shaped by the schema (mostly: one part in ten is random), so that zod often accepts it. */
function valueFor(schema: Schema, rnd: Rng, depth = 0): unknown {
  if (rnd() < 0.1) return randomValue(rnd, depth);
  const def = schema._zod.def as unknown as Json & { type: string };
  switch (def.type) {
    case 'object': {
      const obj: Json = rnd() < 0.1 ? withProtoKey({}) : {};
      for (const [key, field] of Object.entries(def.shape as Record<string, Schema>)) {
        if (rnd() < 0.8) obj[key] = valueFor(field, rnd, depth + 1);
      }
      if (rnd() < 0.2) obj.zz = 1;
      return obj;
    }
    case 'array':
      return Array.from({ length: Math.floor(rnd() * 3) }, () => valueFor(def.element as Schema, rnd, depth + 1));
    case 'record':
      return { k: valueFor(def.valueType as Schema, rnd, depth + 1) };
    case 'optional':
    case 'nullable':
    case 'default':
    case 'catch':
      return rnd() < 0.2 ? pick(rnd, [undefined, null]) : valueFor(def.innerType as Schema, rnd, depth + 1);
    case 'union':
      return valueFor(pick(rnd, def.options as Schema[]), rnd, depth + 1);
    case 'pipe':
      return valueFor(def.in as Schema, rnd, depth + 1);
    case 'literal':
      return pick(rnd, def.values as unknown[]);
    case 'string':
      return pick(rnd, ['x', 'bad', '', 'hello']);
    case 'number':
      return pick(rnd, [1, 1.5, 0]);
  }
  return randomValue(rnd, depth);
}

describe('compiledSafeParse on random schemas', () => {
  it('matches zod on thousands of random schemas and inputs of the supported kinds', () => {
    const rnd = rng(2024);
    let successes = 0;
    for (let i = 0; i < 400; i++) {
      const schema = randomSchema(rnd);
      expect(isCompiledSchema(schema), `schema ${i}`).toBe(true);
      for (let j = 0; j < 8; j++) {
        const input = rnd() < 0.7 ? valueFor(schema, rnd) : randomValue(rnd);
        if (expectSameAsZod(schema, input, `schema ${i} input ${j}: ${String(JSON.stringify(input))}`)) successes++;
        expectSameAsZod(schema, mutate(input, rnd), `schema ${i} input ${j} mutated`);
      }
    }
    expect(successes).toBeGreaterThan(1000);
  });
});

describe('zod version gate', () => {
  it('compiles only on the zod releases it was tested against, and the installed zod is one of them', async () => {
    const { isTestedZod, TESTED_ZOD } = await import('../../src/core/internal/compiled-schema/index.js');
    const { z } = await import('zod');
    expect(isTestedZod(z.core.version)).toBe(true);
    expect(isTestedZod({ major: 4, minor: TESTED_ZOD.minors[0] })).toBe(true);
    expect(isTestedZod({ major: 4, minor: 99 })).toBe(false);
    expect(isTestedZod({ major: 5, minor: 0 })).toBe(false);
    expect(isTestedZod(undefined)).toBe(false);
  });
});
