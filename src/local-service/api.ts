/**
 * Local Service, declared once: its host, envelope, error-rule table and rate-limit policy. The auth strategy
 * (a static token, or merchant tokens the client obtains itself) is built per client from these parts.
 */
import type { ApiDefinition } from '../core/client.js';
import type { CoreOptions } from '../core/options.js';
import type { RateLimiter } from '../core/rate-limit.js';
import { EndpointRateLimiter, type LocalServiceRateLimit } from './rate-limit.js';
import { localServiceEnvelope, merchantTokenEnvelope } from './envelope.js';
import { LOCAL_SERVICE, localServiceErrorRules } from './errors.js';
import { merchantTokenEndpoint } from './merchant-token.js';
import { routes } from './routes.js';

/** Production base URL, as printed on every endpoint page of the Local Service docs. */
export const LOCAL_SERVICE_BASE_URL = 'https://open.tiktokapis.com/v2/localservice/saas';

export const localServiceApi: ApiDefinition = {
  name: LOCAL_SERVICE,
  defaultBaseURL: LOCAL_SERVICE_BASE_URL,
  baseURLEnv: 'LOCAL_SERVICE_BASE_URL',
  envelope: localServiceEnvelope,
  errors: localServiceErrorRules,
  // Every route the `routes` option may correct: the nine documented endpoints and the merchant token endpoint.
  routes: [...Object.values(routes), merchantTokenEndpoint],
};

/** The merchant token endpoint: the same error struct (`log_id`), or a bare token body, or an OAuth-style error. */
export const localServiceTokenHost = { envelope: merchantTokenEnvelope, errors: localServiceErrorRules };

/**
 * The rate-limit policy: at most 20 requests per endpoint in flight or answered within the last window, counted from
 * each response (EndpointRateLimiter), unless the caller passes its own limiter (the Redis one) or `false`.
 * Limiters are keyed by endpoint id.
 */
export function localServiceRateLimit(
  option: LocalServiceRateLimit | RateLimiter | false | undefined,
  scope: CoreOptions['rateLimitScope'],
): Pick<CoreOptions, 'rateLimit' | 'rateLimitScope'> {
  const rateLimit = option === false ? false : option && 'schedule' in option ? option : new EndpointRateLimiter(option);
  return { rateLimit, rateLimitScope: scope ?? 'endpoint' };
}
