import type { AuthStrategy } from '../core/auth.js';

/** How the API key is sent (Trenz docs: Authentication): `X-API-Key` (default) or `Authorization: Bearer`. */
export type TrenzAuthScheme = 'x-api-key' | 'bearer';

/** The key lives only in this closure: nothing enumerable holds it, and `secrets()` lets the core redact it. */
export function trenzApiKeyAuth(apiKey: string, scheme: TrenzAuthScheme = 'x-api-key'): AuthStrategy {
  const header = scheme === 'bearer' ? 'authorization' : 'x-api-key';
  const value = scheme === 'bearer' ? `Bearer ${apiKey}` : apiKey;
  return {
    apply(req) {
      req.headers[header] = value;
    },
    secrets: () => [apiKey],
  };
}
