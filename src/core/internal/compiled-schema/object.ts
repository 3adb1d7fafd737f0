/**
 * The object kind of {@link compiledSafeParse} (compiled-schema.ts): zod 4.6's per-key rules (schemas.js
 * $ZodObjectJIT and handlePropertyResult) and its three unknown-key modes (strip, loose, strict).
 *
 * The check is generated code where the runtime allows it (zod's own `allowsEval`/`jitless` switches): a loop
 * reading `obj[key.name]` makes every read megamorphic, while one `obj["id"]` per key gets its own inline cache,
 * which is most of the speed. The loop below is the same check for runtimes without `new Function`.
 */
import {
  BAIL,
  Unsupported,
  canGenerate,
  codeOf,
  defOf,
  generate,
  isObject,
  zodBuildsOutput,
  outputOf,
  type Built,
  type CompileChild,
  type Node,
  type Predicate,
  type Schema,
} from './kinds.js';

/** What an absent key means: zod's `optin` (absence allowed) and `optout` (absence kept) of the key's schema. */
const FAIL_IF_ABSENT = 0; // required: a missing key is an issue
const SKIP_IF_ABSENT = 1; // optional in and out: a missing key is skipped, even if its schema rejects undefined
const CHECK_IF_ABSENT = 2; // optional in only (a default, a transform): the schema runs on undefined
interface Key {
  name: string;
  node: Node;
  optin: 'optional' | 'defaulted' | undefined;
  ifAbsent: typeof FAIL_IF_ABSENT | typeof SKIP_IF_ABSENT | typeof CHECK_IF_ABSENT;
  /** An Object.prototype member (toString...): zod reads an inherited value as present and copies it. */
  inheritable: boolean;
  /** The key's check is known to accept undefined, so whether an undefined key is present never matters. */
  undefinedOk: boolean;
}
const SKIP: unique symbol = Symbol('compiled-schema.skip');

export interface ObjectDef {
  shape?: Record<string, Schema>;
  catchall?: Schema;
}

export function buildObject(def: ObjectDef, child: CompileChild): Built {
  const shape = def.shape!;
  const names = Object.keys(shape);
  if (Object.getOwnPropertySymbols(shape).length > 0) throw new Unsupported('symbol keys');
  if (names.includes('__proto__')) throw new Unsupported('a declared __proto__ key');
  const strict = objectMode(def.catchall) === 'strict';
  const strip = def.catchall === undefined;
  const keys: Key[] = names.map((name) => {
    const schema = shape[name]!;
    const optin = schema._zod.optin;
    const ifAbsent = optin === undefined ? FAIL_IF_ABSENT : schema._zod.optout === 'optional' ? SKIP_IF_ABSENT : CHECK_IF_ABSENT;
    const node = child(schema);
    return { name, node, optin, ifAbsent, inheritable: name in Object.prototype, undefinedOk: acceptsUndefined(node) };
  });
  const keySet = new Set(names);
  const changing = keys.filter((k) => !k.node.identity);

  // Strip mode with unknown keys present: a new object of the declared keys, as zod builds it.
  const rebuild = (obj: Record<string, unknown>): unknown => {
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const value = outputOfKey(key, obj);
      if (value === BAIL) return BAIL;
      if (value !== SKIP) out[key.name] = value;
    }
    return out;
  };
  const loopApply = (v: unknown): unknown => {
    const obj = v as Record<string, unknown>;
    if (strip) for (const name in obj) if (!keySet.has(name)) return rebuild(obj);
    let out = obj;
    for (let i = 0; i < changing.length; i++) {
      const key = changing[i]!;
      const value = outputOfKey(key, obj);
      if (value === SKIP) continue;
      if (value === BAIL) return BAIL;
      if (out === obj) {
        if (value === obj[key.name] && key.name in obj) continue;
        out = { ...obj };
      }
      out[key.name] = value;
    }
    return out;
  };
  const check = generatedCheck(keys, strict, keySet) ?? loopCheck(keys, strict, keySet);
  // An identity object (loose or strict, every key identity) never has apply called.
  if (!strip && changing.length === 0) return { check };
  return { check, apply: generatedApply(changing, strip, keySet, rebuild) ?? loopApply };
}

/** Asked at compile time (checks are pure); a node still being built (recursion) cannot answer, so `in` decides. */
function acceptsUndefined(node: Node): boolean {
  try {
    return node.check(undefined);
  } catch {
    return false;
  }
}

function objectMode(catchall: Schema | undefined): 'strip' | 'loose' | 'strict' {
  if (catchall === undefined) return 'strip';
  const def = defOf(catchall);
  if (!def.checks?.length && (def.type === 'unknown' || def.type === 'any')) return 'loose';
  if (!def.checks?.length && def.type === 'never') return 'strict';
  throw new Unsupported(`catchall ${def.type}`);
}

/** The value zod writes under a key of its output, or SKIP when the key stays absent. */
function outputOfKey(key: Key, obj: Record<string, unknown>): unknown {
  const value = obj[key.name];
  const present = value !== undefined || key.name in obj;
  if (key.ifAbsent === FAIL_IF_ABSENT || (present && key.ifAbsent === SKIP_IF_ABSENT)) return outputOf(key.node, value);
  if (key.ifAbsent === SKIP_IF_ABSENT) {
    // Absent and optional: only a defaulted schema supplies a value, and one that fails is ignored.
    if (key.optin !== 'defaulted' || !key.node.check(undefined)) return SKIP;
    const out = outputOf(key.node, undefined);
    return out === undefined ? SKIP : out;
  }
  const out = outputOf(key.node, value);
  return out !== undefined || present || key.optin === 'defaulted' ? out : SKIP;
}

function loopCheck(keys: readonly Key[], strict: boolean, keySet: ReadonlySet<string>): Predicate {
  return (v) => {
    if (!isObject(v)) return false;
    if (Object.hasOwn(v, '__proto__')) zodBuildsOutput.seen = true;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key.inheritable && !Object.hasOwn(v, key.name)) zodBuildsOutput.seen = true;
      const value = v[key.name];
      // `in`, like zod: an inherited property counts as present.
      const presenceMatters = key.ifAbsent === FAIL_IF_ABSENT || (key.ifAbsent === SKIP_IF_ABSENT && !key.undefinedOk);
      if (value === undefined && presenceMatters && !(key.name in v)) {
        if (key.ifAbsent === FAIL_IF_ABSENT) return false;
        continue;
      }
      if (!key.node.check(value)) return false;
    }
    if (strict) for (const name in v) if (!keySet.has(name)) return false;
    return true;
  };
}

/** loopCheck written out per key, child checks written in where simple; undefined where `new Function` is off. */
function generatedCheck(keys: readonly Key[], strict: boolean, keySet: ReadonlySet<string>): Predicate | undefined {
  if (!canGenerate()) return undefined;
  return generate<Predicate>({ hasOwn: Object.hasOwn, keySet, flag: zodBuildsOutput }, (ref) => {
    const lines = [
      'if (typeof v !== "object" || v === null || Array.isArray(v)) return false;',
      'if (hasOwn(v, "__proto__")) flag.seen = true;',
      'let x;',
    ];
    for (const key of keys) {
      const name = JSON.stringify(key.name);
      const ok = codeOf(key.node, 'x', ref);
      if (key.inheritable) lines.push(`if (!hasOwn(v, ${name})) flag.seen = true;`);
      lines.push(`x = v[${name}];`);
      if (key.ifAbsent === FAIL_IF_ABSENT) lines.push(`if (x === undefined && !(${name} in v)) return false;`);
      const presenceMatters = key.ifAbsent === SKIP_IF_ABSENT && !key.undefinedOk;
      lines.push(
        presenceMatters ? `if ((x !== undefined || ${name} in v) && !(${ok})) return false;` : `if (!(${ok})) return false;`,
      );
    }
    if (strict) lines.push('for (const name in v) if (!keySet.has(name)) return false;');
    lines.push('return true;');
    return lines;
  });
}

/**
 * loopApply written out per changing key (outputOfKey's rules, then copy-on-write): a key is written when the
 * input lacks it or holds another value.
 */
function generatedApply(
  changing: readonly Key[],
  strip: boolean,
  keySet: ReadonlySet<string>,
  rebuild: (obj: Record<string, unknown>) => unknown,
): ((v: unknown) => unknown) | undefined {
  if (!canGenerate()) return undefined;
  const write = (name: string) => `{ if (out === v) out = { ...v }; out[${name}] = r; }`;
  return generate({ BAIL, keySet, rebuild }, (ref) => {
    const lines = ['let out = v, x, r;'];
    if (strip) lines.push('for (const name in v) if (!keySet.has(name)) return rebuild(v);');
    for (const key of changing) {
      const name = JSON.stringify(key.name);
      const node = ref(key.node);
      const defaulted = key.optin === 'defaulted';
      const run = `r = ${node}.apply(x); if (r === BAIL) return BAIL;`;
      lines.push(`x = v[${name}];`);
      if (key.ifAbsent === FAIL_IF_ABSENT) lines.push(`${run} if (r !== x) ${write(name)}`);
      else if (key.ifAbsent === CHECK_IF_ABSENT) {
        lines.push(`${run} if ((x !== undefined || ${name} in v) ? r !== x : (r !== undefined || ${defaulted})) ${write(name)}`);
      } else {
        const substitute = `r = ${node}.apply(undefined); if (r === BAIL) return BAIL; if (r !== undefined) ${write(name)}`;
        const absent = defaulted ? ` else if (${node}.check(undefined)) { ${substitute} }` : '';
        lines.push(`if (x !== undefined || ${name} in v) { ${run} if (r !== x) ${write(name)} }${absent}`);
      }
    }
    lines.push('return out;');
    return lines;
  });
}
