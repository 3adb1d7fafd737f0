/**
 * Local Service, declared once: its host, envelope, error-rule table and rate-limit policy. The auth strategy
 * (a static token, or merchant tokens the client obtains itself) is built per client from these parts.
 */
import type { ApiDefinition } from '../core/client.js';
import { localServiceEnvelope, merchantTokenEnvelope } from './envelope.js';
import { LOCAL_SERVICE, localServiceErrorRules } from './errors.js';
import { merchantTokenEndpoint } from './merchant-token.js';
import { routes } from './routes.js';

/** Production base URL, as printed on every endpoint page of the Local Service docs. */
export const LOCAL_SERVICE_BASE_URL = 'https://open.tiktokapis.com/v2/localservice/saas';

export const localServiceApi: ApiDefinition = {
  name: LOCAL_SERVICE,
  defaultBaseURL: LOCAL_SERVICE_BASE_URL,
  envelope: localServiceEnvelope,
  errors: localServiceErrorRules,
  // Every route the `routes` option may correct: the nine documented endpoints and the merchant token endpoint.
  routes: [...Object.values(routes), merchantTokenEndpoint],
};

/** The merchant token endpoint: the same error struct (`log_id`), or a bare token body, or an OAuth-style error. */
export const localServiceTokenHost = { envelope: merchantTokenEnvelope, errors: localServiceErrorRules };
