/**
 * Request schemas of the Content endpoints. The Trenz docs give no body fields for any of them, so bodies are open
 * records sent as given; the one rule the docs state is checked locally: every `*_url` field of AI Image and AI
 * Video must be a publicly accessible URL (Trenz docs: Content/AI Image, Content/AI Video).
 */
import { z } from 'zod';

/** A request body of an AI endpoint. The Trenz docs do not give its fields: see the Trenz console for each model's. */
export const aiRequest = z.record(z.string(), z.unknown());
export type AiRequest = z.input<typeof aiRequest>;

const PRIVATE_HOST =
  /^(localhost|.*\.local|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/i;

/** Why `value` is not a public http(s) URL, or undefined when it is. */
export function publicUrlProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'must be a URL string';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute http(s) URL; for a local file, upload it first with trenz.files.upload() and pass its cdn_url';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `must be an http(s) URL, got ${url.protocol}`;
  if (PRIVATE_HOST.test(url.hostname)) return `must be publicly accessible, ${url.hostname} is not reachable from Trenz`;
  return undefined;
}

/**
 * An AI Image / AI Video body: every field named `*_url` (a URL) or `*_urls` (a list of them) must be public.
 * Other fields pass unchecked.
 */
export const publicUrlRequest = aiRequest.superRefine((body, ctx) => {
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    const values = key.endsWith('_urls') && Array.isArray(value) ? value : key.endsWith('_url') ? [value] : [];
    values.forEach((v, i) => {
      const problem = publicUrlProblem(v);
      if (problem) {
        ctx.addIssue({
          code: 'custom',
          path: key.endsWith('_urls') ? [key, i] : [key],
          message: `${problem} (all *_url fields of AI Image and AI Video must be publicly accessible)`,
        });
      }
    });
  }
});

/**
 * Aggregated Image Search body (Content/Material Search): the Trenz docs do not give its fields. Unlike the AI
 * endpoints the docs do not call it async, so it is a plain read.
 */
export const materialSearchRequest = aiRequest;
const materialSearchResultShape = z.looseObject({});
/** Aggregated Image Search result: its fields are not documented, it is kept whole. */
export interface MaterialSearchResult extends z.output<typeof materialSearchResultShape> {}
export const materialSearchResult: z.ZodType<MaterialSearchResult> = materialSearchResultShape;
