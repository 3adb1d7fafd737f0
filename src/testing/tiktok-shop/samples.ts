/**
 * Model-shaped values from the SDK's own zod schemas: the emulator answers any operation of the inventory with a
 * body shaped like its response model (so the SDK's validation passes), and tests build complete request params the
 * same way. Deterministic: the same schema, key path and seed give the same value. Ids are 19-digit strings.
 */
import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: readonly z.ZodType[];
  element?: z.ZodType;
  values?: readonly unknown[];
  entries?: Record<string, unknown>;
  getter?: () => z.ZodType;
  checks?: readonly { _zod: { def: { check: string; minimum?: number; format?: string } } }[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

export interface SampleOptions {
  /** Seeds every value (e.g. the route id), so two routes answer different ids. */
  seed: string;
  /** Items per array. Default 2. */
  arrayLength?: number;
  /** `'request'`: what a caller would send (no nulls, every field). Default `'response'`. */
  mode?: 'request' | 'response';
}

const isIdKey = (key: string) => key === 'id' || /_ids?$/.test(key);
const TIME_KEY = /(_time|_date|_at|time_ge|time_lt|time_le|time_gt)$/;

/** FNV-1a, 64-bit, as a bigint: stable across runs and platforms. */
function hash(text: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h;
}

/** A 19-digit id (beyond 2^53, as TikTok's are) derived from `path`. */
export function sampleId(path: string): string {
  return String(7_000_000_000_000_000_000n + (hash(path) % 1_000_000_000_000_000_000n));
}

/** A value `schema` accepts, shaped like its model. `path` names where it is (`orders.0.id`). */
export function sampleValue(schema: z.ZodType, options: SampleOptions, path = '', depth = 0): unknown {
  const def = defOf(schema);
  const key =
    path
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .pop() ?? '';
  const at = `${options.seed}:${path}`;
  switch (def.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      if (depth > 8) return out;
      for (const k of Object.keys(def.shape ?? {})) {
        const v = sampleValue(def.shape![k]!, options, path ? `${path}.${k}` : k, depth + 1);
        if (v !== undefined) out[k] = v;
      }
      return out;
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return sampleValue(def.innerType!, options, path, depth);
    case 'pipe':
      // z.preprocess (a transform in front): sample what it feeds; a transform behind (idString): sample its input.
      return defOf(def.in!).type === 'transform'
        ? sampleValue(def.out!, options, path, depth)
        : sampleValue(def.in!, options, path, depth);
    case 'lazy':
      return sampleValue(def.getter!(), options, path, depth);
    case 'union':
      return sampleValue(def.options![0]!, options, path, depth);
    case 'array': {
      if (depth > 8) return [];
      const min = def.checks?.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum ?? 0;
      const n = Math.max(min, options.arrayLength ?? 2);
      return Array.from({ length: n }, (_, i) => sampleValue(def.element!, options, `${path}.${i}`, depth + 1));
    }
    case 'string': {
      const pattern = def.checks?.find((c) => c._zod.def.format === 'regex');
      if (isIdKey(key) || pattern) return sampleId(at);
      if (key === 'currency') return 'USD';
      if (/(^|_)(url|address)$/.test(key)) return `https://example.com/${key}/${hash(at) % 1000n}`;
      if (/(price|amount|fee|tax)/.test(key)) return `${(hash(at) % 10000n) / 100n}.${String(hash(at) % 100n).padStart(2, '0')}`;
      return `${key || 'value'}-${hash(at) % 10000n}`;
    }
    case 'number':
      if (TIME_KEY.test(key)) return 1_700_000_000 + Number(hash(at) % 1_000_000n);
      return 1 + Number(hash(at) % 50n);
    case 'boolean':
      return hash(at) % 2n === 0n;
    case 'literal':
      return def.values![0];
    case 'enum':
      return Object.values(def.entries ?? {})[0];
    case 'record':
      return {};
    case 'unknown':
    case 'any':
      return options.mode === 'request' ? undefined : null;
    default:
      return undefined;
  }
}
