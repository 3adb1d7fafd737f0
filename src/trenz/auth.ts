import type { AuthStrategy } from '../core/auth.js';

/** How the API key is sent (T:93): `X-API-Key` (default) or `Authorization: Bearer`. */
export type TrenzAuthScheme = 'x-api-key' | 'bearer';

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
