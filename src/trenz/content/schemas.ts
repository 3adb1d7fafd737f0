/**
 * Request schemas of the Content endpoints (ENDPOINTS.md 1.10.2). The seed gives no body fields for any of them,
 * so bodies are open records sent as given; the one rule the seed states is checked locally: every `*_url`
 * field of AI Image and AI Video must be a publicly accessible URL (T:440, T:442).
 */
import { z } from 'zod';

/** A request body of an AI endpoint. Its fields are n/g in the seed: see the Trenz console for each model's. */
export type AiRequest = Record<string, unknown>;

export const aiRequest = z.record(z.string(), z.unknown());

const PRIVATE_HOST = /^(localhost|.*\.local|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/i;

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
 * An AI Image / AI Video body: every field named `*_url` (a URL) or `*_urls` (a list of them) must be public
 * (T:440, T:442). Other fields pass unchecked.
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
          message: `${problem} (all *_url fields must be publicly accessible, T:440/T:442)`,
        });
      }
    });
  }
});

/**
 * Aggregated Image Search body (Content/Material Search, T:44-45): fields n/g. Unlike the AI endpoints the seed
 * does not call it async (ENDPOINTS.md 1.9.2 item 4), so it is a plain read.
 */
export const materialSearchRequest = aiRequest;
/** Aggregated Image Search result: n/g, kept whole. */
export const materialSearchResult = z.looseObject({});
export type MaterialSearchResult = z.output<typeof materialSearchResult>;
