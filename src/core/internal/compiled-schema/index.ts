/**
 * A check-first stand-in for `schema.safeParse` on response payloads, with zod's exact results.
 *
 * zod copies every object and array it validates, which is most of the ~18 µs an order-detail response costs. Here
 * each schema is compiled once into a pure predicate (`check`: would zod succeed?) plus an output builder (`apply`)
 * that runs only beneath transforms, defaults, catches and strip-mode objects; everywhere else zod's output
 * deep-equals the input, so the input is returned as is. When `check` says no, zod parses the untouched input, so
 * every error and issue is zod's own; so is the output of the rare input zod treats specially (zodBuildsOutput).
 * Kinds and checks whose semantics are not restated exactly (refine, coerce, tuples, intersections, url formats...)
 * make the whole schema fall back to `schema.safeParse`.
 *
 * Object and array checks are generated code (`new Function`) wherever zod itself generates code, so that each
 * property read has an inline cache of its own; with zod's `jitless` set they are plain closures.
 *
 * The input must be JSON data (a tree of plain objects, arrays and primitives, as `JSON.parse` returns). It is never
 * written to: where zod's output differs, the changed objects and arrays are copied along the path. Key order of a
 * copied object may differ from zod's; nothing else does. Transforms are where side effects can differ: one runs
 * only where the output uses it (zod also runs those of union options and objects that then fail), it receives the
 * input's own object where zod passes its copy (so one that mutates its argument writes to the input), and one
 * that reports an issue has run once before zod runs it again.
 */
import { z } from 'zod';
import { buildContainer, containerDef } from './containers.js';
import { buildWrapper } from './wrappers.js';
import {
  BAIL,
  Unsupported,
  buildLeaf,
  notBuilt,
  zodBuildsOutput,
  type Built,
  type CompileChild,
  type Node,
  type Schema,
} from './kinds.js';

type Parser<T> = (data: unknown) => z.ZodSafeParseResult<T>;

/**
 * The zod releases this compiler was tested against (its differential tests run against the installed zod in CI).
 * It reads zod's internal defs, which a minor release may change: with any other version every schema is parsed by
 * zod's own `safeParse` (correct, only slower), and nothing here runs.
 */
export const TESTED_ZOD = { major: 4, minors: [6] } as const;

/** Whether a zod version (`z.core.version`) is one the compiler was tested against. */
export function isTestedZod(version: { major: number; minor: number } | undefined): boolean {
  return (
    version !== undefined &&
    version.major === TESTED_ZOD.major &&
    (TESTED_ZOD.minors as readonly number[]).includes(version.minor)
  );
}

/** Read once at load. */
const ZOD_TESTED = isTestedZod((z as unknown as { core?: { version?: { major: number; minor: number } } }).core?.version);

const parsers = new WeakMap<object, Parser<unknown>>();
const compiledSchemas = new WeakSet<object>();

/** safeParse with zod's exact result semantics, compiled once per schema (cached in a WeakMap keyed by schema). */
export function compiledSafeParse<T>(schema: z.ZodType<T, any>): Parser<T> {
  let parser = parsers.get(schema) as Parser<T> | undefined;
  if (parser === undefined) {
    parser = compileParser(schema);
    parsers.set(schema, parser as Parser<unknown>);
  }
  return parser;
}

/** Whether {@link compiledSafeParse} runs compiled checks for this schema (false: it is plain `schema.safeParse`). */
export function isCompiledSchema(schema: z.ZodType): boolean {
  compiledSafeParse(schema);
  return compiledSchemas.has(schema);
}

function compileParser<T>(schema: z.ZodType<T, any>): Parser<T> {
  if (!ZOD_TESTED) return (data) => schema.safeParse(data);
  let root: Node;
  try {
    root = new SchemaCompiler().node(schema);
  } catch {
    // Unsupported, or zod itself threw while a def was read (a lazy getter, a bad discriminator): zod decides.
    return (data) => schema.safeParse(data);
  }
  compiledSchemas.add(schema);
  return (data) => {
    // Saved and restored: a transform that parses with another compiled schema runs inside this parse.
    const enclosing = zodBuildsOutput.seen;
    zodBuildsOutput.seen = false;
    let out: unknown = BAIL;
    try {
      if (root.check(data) && !zodBuildsOutput.seen) out = root.identity ? data : root.apply(data);
      if (zodBuildsOutput.seen) out = BAIL; // apply re-checks beneath a catch or a union
    } finally {
      zodBuildsOutput.seen = enclosing;
    }
    return out === BAIL ? schema.safeParse(data) : { success: true, data: out as T };
  };
}

class SchemaCompiler {
  private readonly nodes = new Map<Schema, Node>();
  /** Whether a node's output can differ from its input, per schema (exact: see reachesChange). */
  private readonly changes = new Map<Schema, boolean>();

  /** The node of a schema, built once; a recursive schema gets the node still being built (its fields fill in). */
  readonly node: CompileChild = (schema) => {
    const known = this.nodes.get(schema);
    if (known) return known;
    const identity = !this.reachesChange(schema);
    const node: Node = { check: notBuilt, apply: notBuilt, identity, total: false, inline: undefined };
    this.nodes.set(schema, node);
    const built = this.build(schema);
    node.check = built.check;
    node.apply = built.apply ?? ((v) => v);
    node.total = built.total ?? false;
    node.inline = built.inline;
    return node;
  };

  private build(schema: Schema): Built {
    const def = containerDef(schema);
    const checked = def.type === 'string' || def.type === 'number' || def.type === 'array';
    // A check on any other kind runs on its output (a refine on an object sees zod's copy): not a pure predicate.
    if (!checked && (def.checks?.length || schema._zod.traits.has('$ZodCheck'))) throw new Unsupported(`checks on ${def.type}`);
    const built = buildLeaf(schema) ?? buildWrapper(schema, this.node) ?? buildContainer(schema, this.node);
    if (!built) throw new Unsupported(def.type);
    return built;
  }

  /**
   * Whether a transform, default, catch or strip-mode object is reachable from the schema. A plain depth-first
   * walk per schema is exact even through recursive schemas; answers already known cut it short.
   */
  private reachesChange(root: Schema): boolean {
    let found = this.changes.get(root);
    if (found !== undefined) return found;
    found = false;
    const seen = new Set<Schema>();
    const stack = [root];
    while (stack.length > 0 && !found) {
      const schema = stack.pop()!;
      if (seen.has(schema)) continue;
      seen.add(schema);
      const known = this.changes.get(schema);
      if (known === false) continue;
      if (known === true || changesOutput(schema)) found = true;
      else stack.push(...childrenOf(schema));
    }
    this.changes.set(root, found);
    return found;
  }
}

function changesOutput(schema: Schema): boolean {
  const def = containerDef(schema);
  switch (def.type) {
    case 'transform':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
      return true;
    case 'object':
      return def.catchall === undefined; // strip mode drops unknown keys
  }
  return false;
}

function childrenOf(schema: Schema): Schema[] {
  const def = containerDef(schema);
  switch (def.type) {
    case 'object':
      return def.catchall ? [...Object.values(def.shape!), def.catchall] : Object.values(def.shape!);
    case 'array':
      return [def.element!];
    case 'record':
      return [def.keyType!, def.valueType!];
    case 'union':
      return [...def.options!];
    case 'pipe':
      return [def.in!, def.out!];
    case 'lazy':
      return [(schema._zod as unknown as { innerType: Schema }).innerType];
  }
  return def.innerType ? [def.innerType] : [];
}
