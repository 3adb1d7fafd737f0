/**
 * The container kinds of {@link compiledSafeParse} (compiled-schema.ts): arrays, records and unions here, objects in
 * compiled-schema-object.ts, with zod 4.6's rules restated from node_modules/zod/v4/core/schemas.js. Their `apply`
 * copies a container only when a child's output differs from its input (the input is never written), and returns
 * the input itself otherwise.
 */
import { z } from 'zod';
import {
  BAIL,
  Unsupported,
  canGenerate,
  checksOf,
  codeOf,
  defOf,
  generate,
  isObject,
  zodBuildsOutput,
  outputOf,
  type Built,
  type CompileChild,
  type Inline,
  type LooseDef,
  type Node,
  type Predicate,
  type Schema,
} from './kinds.js';
import { buildObject, type ObjectDef } from './object.js';

/** The container defs the compiler reads. */
export interface ContainerDef extends LooseDef, ObjectDef {
  element?: Schema;
  keyType?: Schema;
  valueType?: Schema;
  mode?: string;
  options?: readonly Schema[];
  discriminator?: string;
  unionFallback?: boolean;
}
export const containerDef = (schema: Schema) => defOf(schema) as ContainerDef;

/** Container kinds. Returns undefined for a kind that is not a container. */
export function buildContainer(schema: Schema, child: CompileChild): Built | undefined {
  const def = containerDef(schema);
  switch (def.type) {
    case 'object':
      return buildObject(def, child);
    case 'array':
      return buildArray(schema, child(def.element!));
    case 'record':
      return buildRecord(def, child);
    case 'union':
      if (schema._zod.traits.has('$ZodXor')) throw new Unsupported('xor');
      if (schema._zod.traits.has('$ZodDiscriminatedUnion')) return buildDiscriminatedUnion(def, child);
      return buildUnion(def.options!.map(child));
  }
  return undefined;
}

function buildArray(schema: Schema, element: Node): Built {
  const lengthOk = checksOf(schema, 'array');
  if (canGenerate()) {
    // Per array: the element's check written in (or called from a call site of its own), and its apply.
    const check = generate<Predicate>({ lengthOk }, (ref) => [
      `if (!Array.isArray(v)${lengthOk ? ' || !lengthOk(v)' : ''}) return false;`,
      `for (let i = 0; i < v.length; i++) { const x = v[i]; if (!(${codeOf(element, 'x', ref)})) return false; }`,
      'return true;',
    ]);
    // An identity array (its element is) never has apply called.
    if (element.identity) return { check };
    const apply = generate<(v: unknown) => unknown>({ BAIL }, (ref) => [
      'let out = v;',
      `for (let i = 0; i < v.length; i++) { const x = v[i]; const r = ${ref(element)}.apply(x); if (r === BAIL) return BAIL;`,
      '  if (r !== x) { if (out === v) out = v.slice(); out[i] = r; } }',
      'return out;',
    ]);
    return { check, apply };
  }
  const check: Predicate = (v) => {
    if (!Array.isArray(v) || (lengthOk !== undefined && !lengthOk(v))) return false;
    for (let i = 0; i < v.length; i++) if (!element.check(v[i])) return false;
    return true;
  };
  const apply = (v: unknown): unknown => {
    const arr = v as unknown[];
    let out = arr;
    for (let i = 0; i < arr.length; i++) {
      const item = element.apply(arr[i]);
      if (item === BAIL) return BAIL;
      if (item === arr[i]) continue;
      if (out === arr) out = arr.slice();
      out[i] = item;
    }
    return out;
  };
  return { check, apply };
}

/** String-keyed records only: zod's enum-keyed path and numeric-key retry are not restated. */
function buildRecord(def: ContainerDef, child: CompileChild): Built {
  const keyType = def.keyType!;
  if (defOf(keyType).type !== 'string' || keyType._zod.values) throw new Unsupported('record keys other than strings');
  const keyOk = child(keyType).check;
  const value = child(def.valueType!);
  // A loose record passes a key its key schema rejects through, unvalidated.
  const loose = def.mode === 'loose';
  const check: Predicate = (v) => {
    if (!z.core.util.isPlainObject(v)) return false;
    for (const name in v) {
      // zod skips the key: its value is never validated, and never copied to the output.
      if (name === '__proto__') {
        zodBuildsOutput.seen = true;
        continue;
      }
      if (!keyOk(name)) {
        if (loose) continue;
        return false;
      }
      if (!value.check(v[name])) return false;
    }
    return true;
  };
  const apply = (v: unknown): unknown => {
    const obj = v as Record<string, unknown>;
    let out = obj;
    for (const name in obj) {
      if (name === '__proto__' || (loose && !keyOk(name))) continue;
      const item = value.apply(obj[name]);
      if (item === BAIL) return BAIL;
      if (item === obj[name]) continue;
      if (out === obj) out = { ...obj };
      out[name] = item;
    }
    return out;
  };
  return { check, apply };
}

/** zod returns the first option that succeeds. */
function buildUnion(options: readonly Node[]): Built {
  const inline: Inline = (x, ref) => `(${options.map((o) => codeOf(o, x, ref)).join(' || ')})`;
  const check: Predicate = (v) => {
    for (let i = 0; i < options.length; i++) if (options[i]!.check(v)) return true;
    return false;
  };
  const apply = (v: unknown): unknown => {
    for (let i = 0; i < options.length; i++) if (options[i]!.check(v)) return outputOf(options[i]!, v);
    return BAIL;
  };
  return { check, apply, inline };
}

/** The option whose discriminator values claim the input's; a value two options claim matches none. */
function buildDiscriminatedUnion(def: ContainerDef, child: CompileChild): Built {
  if (def.unionFallback) throw new Unsupported('unionFallback');
  const discriminator = def.discriminator!;
  const byValue = new Map<unknown, Node | null>();
  for (const option of def.options!) {
    const values = option._zod.propValues?.[discriminator];
    if (!values || values.size === 0) throw new Unsupported('an option without discriminator values');
    const node = child(option);
    for (const value of values) {
      if (byValue.has(value) && value !== undefined) throw new Unsupported('a duplicate discriminator value');
      byValue.set(value, byValue.has(value) ? null : node);
    }
  }
  const check: Predicate = (v) => {
    if (!isObject(v)) return false;
    const option = byValue.get(v[discriminator]);
    return option != null && option.check(v);
  };
  const apply = (v: unknown): unknown => outputOf(byValue.get((v as Record<string, unknown>)[discriminator])!, v);
  return { check, apply };
}
