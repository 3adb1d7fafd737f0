import { z } from 'zod';
import type { ValidationIssue } from './errors/index.js';

/** `validation` client option: what to do when a response does not match its schema. */
export type ValidationMode = 'strict' | 'warn' | 'off';

export function toIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((i) => ({
    path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: i.message,
    code: i.code,
  }));
}

/**
 * An id that must never be rounded (int64 ids can exceed 2^53): accepts a JSON string or number (the decoder already
 * turned unsafe integers into strings) and always yields a string.
 */
export const idString = z.union([z.string(), z.number()]).transform((v) => (typeof v === 'string' ? v : String(v)));

/** An int64 count or amount that may exceed 2^53: a string when it does not fit, else a number. */
export const int64 = z.union([z.number(), z.string().regex(/^-?\d+$/)]);
