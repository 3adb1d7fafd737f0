/**
 * The compiled node of {@link compiledSafeParse} (compiled-schema.ts), and its leaf kinds: what zod 4.6 accepts for
 * each leaf kind and check, restated from node_modules/zod/v4/core/schemas.js and checks.js. Anything not restated
 * exactly throws {@link Unsupported} at compile time, and the whole schema is then parsed by zod itself.
 */
import { z } from 'zod';

export type Schema = z.core.$ZodType;
export type Predicate = (value: unknown) => boolean;
/**
 * A check as a JavaScript expression over the identifier `x` (side-effect free, may read `x` more than once), for
 * generated code; `ref` names another node in the generated function's scope.
 */
export type Inline = (x: string, ref: (node: Node) => string) => string;

/** The def fields this compiler reads; zod's own def types are a union per kind, too narrow to walk generically. */
export interface LooseDef {
  type: string;
  checks?: readonly z.core.$ZodCheck[];
  coerce?: boolean;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  defaultValue?: unknown;
}
export const defOf = (schema: Schema): LooseDef => schema._zod.def as unknown as LooseDef;

/** A schema this compiler cannot reproduce exactly: the whole schema falls back to zod. */
export class Unsupported extends Error {}

/** "Only zod can tell": a transform reported an issue or went async. The input is untouched, so zod re-parses it. */
export const BAIL: unique symbol = Symbol('compiled-schema.bail');

/** One compiled schema node. Mutable only while the compiler builds it (recursive schemas point at themselves). */
export interface Node {
  /** True exactly when zod would succeed. Reads the value, never writes or allocates (may raise zodBuildsOutput). */
  check: Predicate;
  /** zod's output for a value `check` accepted, or BAIL. Never writes to its input: changed parents are copied. */
  apply: (value: unknown) => unknown;
  /** zod's output deep-equals the input (no transform, default, catch or strip beneath), so `apply` is skipped. */
  readonly identity: boolean;
  /** `check` accepts everything, so a pipe may feed it a transformed value without checking it. */
  total: boolean;
  /** `check` as an expression, when there is one cheaper than calling `check` (see codeOf). */
  inline: Inline | undefined;
}
export interface Built {
  check: Predicate;
  apply?: (value: unknown) => unknown;
  total?: boolean;
  inline?: Inline | undefined;
}
export type CompileChild = (schema: Schema) => Node;

/** The check and apply of a node that is still being built (the compiler replaces both). */
export const notBuilt = (): never => {
  throw new Error('compiled-schema: a node was used before it was built');
};

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Raised by a check that accepted input whose output zod builds differently from the input in a way `apply` does not
 * reproduce: an own `__proto__` key (zod skips it: never validated, never copied) or a declared key found only on
 * the prototype (`toString`: zod copies the inherited value). Checks stay exact (a union still picks the option
 * zod picks); the parse that sees the flag lets zod build the output. Each parse resets and reads it.
 */
export const zodBuildsOutput = { seen: false };

export const outputOf = (node: Node, value: unknown): unknown => (node.identity ? value : node.apply(value));

/** A node's check as an expression over `x`: its own inline form (read when the code is generated), else a call. */
export const codeOf = (node: Node, x: string, ref: (node: Node) => string): string =>
  node.inline ? node.inline(x, ref) : `${ref(node)}.check(${x})`;

/** zod's own switches: `new Function` is used where zod itself would use it. */
export const canGenerate = (): boolean => !z.core.globalConfig.jitless && z.core.util.allowsEval.value;

/**
 * Compiles `body`, the statements of a function of `v`, with the values in scope under their names and `ref(node)`
 * naming a node. Each generated function has its own property-read and call sites: where one shared closure sees
 * every shape and every child (megamorphic), each of these sees one.
 */
export function generate<F>(values: Record<string, unknown>, body: (ref: (node: Node) => string) => string[]): F {
  const nodes: Node[] = [];
  const names = new Map<Node, string>();
  const ref = (node: Node) => {
    let name = names.get(node);
    if (name === undefined) names.set(node, (name = `r${nodes.push(node) - 1}`));
    return name;
  };
  const lines = body(ref);
  const source = `const [${[...names.values()].join(', ')}] = nodes;\nreturn function (v) {\n${lines.join('\n')}\n};`;
  return new Function('nodes', ...Object.keys(values), source)(nodes, ...Object.values(values)) as F;
}
export const always: Predicate = () => true;
export const alwaysCode: Inline = () => 'true';
// --- leaves and their checks --------------------------------------------------------------------------------

const { codePointLength, floatSafeRemainder, NUMBER_FORMAT_RANGES } = z.core.util;
/** zod's default `when` of length checks (true for any string or array); a custom `when` is not reproduced. */
const DEFAULT_LENGTH_WHEN = z.string().min(1)._zod.def.checks?.[0]?._zod.def.when;
/** String formats whose zod check is exactly `pattern.test(value)` (url, ipv6, base64... run other code). */
const PATTERN_FORMATS = new Set([
  'regex',
  'lowercase',
  'uppercase',
  'email',
  'guid',
  'uuid',
  'emoji',
  'nanoid',
  'cuid',
  'cuid2',
  'ulid',
  'xid',
  'ksuid',
  'datetime',
  'date',
  'time',
  'duration',
  'ipv4',
  'mac',
  'cidrv4',
]);

interface CheckDef {
  check: string;
  when?: unknown;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: unknown;
  inclusive?: boolean;
  prefix?: string;
  suffix?: string;
  includes?: string;
  position?: number;
}

// Strings are measured in code points (checks.js); only the window where units and code points can disagree pays.
const minLength =
  (min: number): Predicate =>
  (v) => {
    const units = (v as string | unknown[]).length;
    return (typeof v === 'string' && units >= min && units < min * 2 ? codePointLength(v) : units) >= min;
  };
const maxLength =
  (max: number): Predicate =>
  (v) => {
    const units = (v as string | unknown[]).length;
    return (typeof v === 'string' && units > max ? codePointLength(v) : units) <= max;
  };
const lengthEquals =
  (len: number): Predicate =>
  (v) => {
    const units = (v as string | unknown[]).length;
    return (typeof v === 'string' && units >= len && units <= len * 2 ? codePointLength(v) : units) === len;
  };

function checkPredicate(check: z.core.$ZodCheck, kind: 'string' | 'number' | 'array'): Predicate {
  const d = check._zod.def as unknown as CheckDef;
  if (d.when !== undefined && d.when !== DEFAULT_LENGTH_WHEN) throw new Unsupported(`a check with a custom when`);
  const numeric = kind === 'number' && typeof d.value === 'number';
  switch (d.check) {
    case 'min_length':
      if (kind !== 'number') return minLength(d.minimum!);
      break;
    case 'max_length':
      if (kind !== 'number') return maxLength(d.maximum!);
      break;
    case 'length_equals':
      if (kind !== 'number') return lengthEquals(d.length!);
      break;
    case 'greater_than': {
      const bound = d.value as number;
      if (numeric) return d.inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
      break;
    }
    case 'less_than': {
      const bound = d.value as number;
      if (numeric) return d.inclusive ? (v) => (v as number) <= bound : (v) => (v as number) < bound;
      break;
    }
    case 'multiple_of': {
      const step = d.value as number;
      if (numeric) return (v) => floatSafeRemainder(v as number, step) === 0;
      break;
    }
    case 'number_format': {
      const range = kind === 'number' ? NUMBER_FORMAT_RANGES[d.format as keyof typeof NUMBER_FORMAT_RANGES] : undefined;
      if (!range) break;
      const [min, max] = range;
      // An int format rejects non-integers and unsafe integers first, then applies the format's own range.
      if (d.format!.includes('int')) return (v) => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;
      return (v) => (v as number) >= min && (v as number) <= max;
    }
    case 'string_format': {
      const traits = (check._zod as unknown as { traits: Set<string> }).traits;
      if (kind !== 'string' || traits.has('$ZodCustomStringFormat')) break;
      const { pattern, prefix, suffix, includes, position } = d;
      if (PATTERN_FORMATS.has(d.format!) && pattern instanceof RegExp) {
        return (v) => {
          pattern.lastIndex = 0; // zod resets it too: a /g or /y pattern keeps state between tests
          return pattern.test(v as string);
        };
      }
      if (d.format === 'starts_with') return (v) => (v as string).startsWith(prefix!);
      if (d.format === 'ends_with') return (v) => (v as string).endsWith(suffix!);
      if (d.format === 'includes') return (v) => (v as string).includes(includes!, position);
      break;
    }
  }
  throw new Unsupported(`check ${d.check}${d.format ? ` (${d.format})` : ''} on ${kind}`);
}

/** The schema's checks as one predicate; a format schema (z.email(), z.int()) is itself its first check. */
export function checksOf(schema: Schema, kind: 'string' | 'number' | 'array'): Predicate | undefined {
  const own = defOf(schema).checks ?? [];
  const all = schema._zod.traits.has('$ZodCheck') ? [schema as unknown as z.core.$ZodCheck, ...own] : own;
  const predicates = all.map((c) => checkPredicate(c, kind));
  if (predicates.length <= 1) return predicates[0];
  return (v) => {
    for (let i = 0; i < predicates.length; i++) if (!predicates[i]!(v)) return false;
    return true;
  };
}

function leaf(typeOk: Predicate, typeCode: Inline, checks?: Predicate): Built {
  return checks ? { check: (v) => typeOk(v) && checks(v) } : { check: typeOk, inline: typeCode };
}

/** Leaf kinds: their output is always their input. Returns undefined for a kind that is not a leaf. */
export function buildLeaf(schema: Schema): Built | undefined {
  const def = defOf(schema);
  if (def.coerce) throw new Unsupported('coerce');
  switch (def.type) {
    case 'string':
      return leaf(
        (v) => typeof v === 'string',
        (x) => `typeof ${x} === "string"`,
        checksOf(schema, 'string'),
      );
    case 'number': // NaN and ±Infinity are rejected (schemas.js $ZodNumber)
      return leaf(
        (v) => typeof v === 'number' && Number.isFinite(v),
        (x) => `(typeof ${x} === "number" && Number.isFinite(${x}))`,
        checksOf(schema, 'number'),
      );
    case 'boolean':
      return leaf(
        (v) => typeof v === 'boolean',
        (x) => `typeof ${x} === "boolean"`,
      );
    case 'null':
      return leaf(
        (v) => v === null,
        (x) => `${x} === null`,
      );
    case 'undefined':
      return leaf(
        (v) => v === undefined,
        (x) => `${x} === undefined`,
      );
    case 'never':
      return leaf(
        () => false,
        () => 'false',
      );
    case 'unknown':
    case 'any':
      return { check: always, total: true, inline: alwaysCode };
    case 'literal':
    case 'enum': {
      // zod's own value set: SameValueZero, and an enum's numeric reverse mappings already removed.
      const values = schema._zod.values;
      if (!values) throw new Unsupported(`${def.type} without values`);
      return { check: (v) => values.has(v as never) };
    }
  }
  return undefined;
}
