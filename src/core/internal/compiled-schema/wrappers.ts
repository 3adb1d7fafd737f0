/**
 * The wrapper kinds of {@link compiledSafeParse} (compiled-schema.ts): how optional, nullable, default, catch,
 * transform, pipe and lazy turn their input into zod 4.6's output (node_modules/zod/v4/core/schemas.js, and
 * classic/schemas.js for the transform's ctx). Where only zod can compute a value (a catch's fallback, a transform
 * that can see its ctx), zod's own run computes it.
 */
import type { z } from 'zod';
import {
  BAIL,
  Unsupported,
  always,
  alwaysCode,
  codeOf,
  defOf,
  outputOf,
  type Built,
  type CompileChild,
  type Inline,
  type Node,
  type Schema,
} from './kinds.js';

/** A transform node's run reads its ctx and never writes it (no container beneath), so one ctx serves all. */
const TRANSFORM_CTX: z.core.ParseContextInternal = { async: false };

/** Runs one node through zod itself (transforms, a catch's fallback value): exact by construction. */
function runZod(schema: Schema, value: unknown, ctx: z.core.ParseContextInternal): unknown {
  const result = schema._zod.run({ value, issues: [] }, ctx);
  return result instanceof Promise || result.issues.length > 0 ? BAIL : result.value;
}

/** An async transform makes zod's sync parse throw: zod itself should do that. */
const transformed = (out: unknown): unknown => (out instanceof Promise ? BAIL : out);
/** Built-ins known to ignore a second argument. */
const CTX_BLIND_BUILTINS = new Set<unknown>([Number, String, Boolean]);
/** `v => ...` or `(v) => ...`: an arrow has no `arguments`, so with one plain parameter it never sees the ctx. */
const ONE_PARAM_ARROW = /^(?:[A-Za-z_$][\w$]*|\(\s*[A-Za-z_$][\w$]*\s*\))\s*=>/;

/**
 * Whether a transform function cannot see the ctx zod passes it second (so cannot add an issue): it is then called
 * directly instead of through zod's run, which allocates a payload, an issue list and an addIssue closure per call.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any function zod holds; only its identity and source are read
function cannotSeeCtx(fn: Function): boolean {
  return CTX_BLIND_BUILTINS.has(fn) || ONE_PARAM_ARROW.test(Function.prototype.toString.call(fn));
}

/** `undefined or <inner>` style wrappers: the inner's expression behind a cheap test. */
const orElse =
  (test: string, inner: Node): Inline =>
  (x, ref) =>
    `(${x} ${test} || ${codeOf(inner, x, ref)})`;

/** Wrapper kinds, built over their compiled children. Returns undefined for a kind that is not a wrapper. */
export function buildWrapper(schema: Schema, child: CompileChild): Built | undefined {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional': {
      const inner = child(def.innerType!);
      if (schema._zod.traits.has('$ZodExactOptional')) {
        const inline: Inline = (x, ref) => codeOf(inner, x, ref);
        return { check: (v) => inner.check(v), apply: (v) => outputOf(inner, v), total: inner.total, inline };
      }
      // undefined never fails; only a defaulted inner (a default beneath) turns it into a value, and a failing one
      // yields undefined (schemas.js handleOptionalResult).
      const substitutes = def.innerType!._zod.optin === 'defaulted';
      return {
        check: (v) => v === undefined || inner.check(v),
        apply: (v) => {
          if (v !== undefined) return outputOf(inner, v);
          return substitutes && inner.check(undefined) ? outputOf(inner, undefined) : undefined;
        },
        total: inner.total,
        inline: orElse('=== undefined', inner),
      };
    }
    case 'nullable': {
      const inner = child(def.innerType!);
      return {
        check: (v) => v === null || inner.check(v),
        apply: (v) => (v === null ? null : outputOf(inner, v)),
        total: inner.total,
        inline: orElse('=== null', inner),
      };
    }
    case 'default': {
      const inner = child(def.innerType!);
      // defaultValue is a getter that clones (or calls) the default on every read, as zod reads it.
      return {
        check: (v) => v === undefined || inner.check(v),
        apply: (v) => {
          if (v === undefined) return def.defaultValue;
          const out = outputOf(inner, v);
          return out === undefined ? def.defaultValue : out;
        },
        total: inner.total,
        inline: orElse('=== undefined', inner),
      };
    }
    case 'catch': {
      const inner = child(def.innerType!);
      // A failing inner is replaced by catchValue(ctx with zod's issues): zod computes that value itself, on a ctx
      // of its own (its memoizer keeps per-parse state on the ctx of a container).
      const apply = (v: unknown) => (inner.check(v) ? outputOf(inner, v) : runZod(schema, v, { async: false }));
      return { check: always, apply, total: true, inline: alwaysCode };
    }
    case 'transform': {
      const fn = (def as { transform?: unknown }).transform;
      if (typeof fn === 'function' && cannotSeeCtx(fn)) {
        const transform = fn as (value: unknown) => unknown;
        return { check: always, apply: (v) => transformed(transform(v)), total: true, inline: alwaysCode };
      }
      // The function may report issues through its ctx or return a promise: runZod turns either into BAIL.
      return { check: always, apply: (v) => runZod(schema, v, TRANSFORM_CTX), total: true, inline: alwaysCode };
    }
    case 'pipe':
      return buildPipe(schema, child(def.in!), child(def.out!));
    case 'lazy': {
      const inner = child((schema._zod as unknown as { innerType: Schema }).innerType);
      return { check: (v) => inner.check(v), apply: (v) => outputOf(inner, v) };
    }
  }
  return undefined;
}

/** zod runs `to` on `from`'s output: the input itself when `from` is identity, else only a total `to` is exact. */
function buildPipe(schema: Schema, from: Node, to: Node): Built {
  if (schema._zod.traits.has('$ZodCodec')) throw new Unsupported('codec');
  if (!from.identity && !to.total) throw new Unsupported('a pipe that checks a transformed value');
  const both = to.total ? undefined : (v: unknown) => from.check(v) && to.check(v);
  const apply = from.identity
    ? (v: unknown) => to.apply(v)
    : to.identity
      ? (v: unknown) => from.apply(v)
      : (v: unknown) => {
          const mid = from.apply(v);
          return mid === BAIL ? BAIL : to.apply(mid);
        };
  return {
    check: both ?? ((v) => from.check(v)),
    apply,
    total: from.total && to.total,
    inline: both ? (x, ref) => `(${codeOf(from, x, ref)} && ${codeOf(to, x, ref)})` : (x, ref) => codeOf(from, x, ref),
  };
}
