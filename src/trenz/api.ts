/**
 * What the Trenz Open Platform is, declared once from core parts: its name and host, its envelope, its error
 * table and its routes (what the `routes` option may correct). Credentials are not part of it: each `new Trenz()` gives its own key (see ./client.ts).
 */
import type { ApiDefinition } from '../core/client.js';
import { trenzEnvelope } from './envelope.js';
import { trenzErrorRules } from './errors.js';
import type { TrenzMeta } from './meta.js';
import { TRENZ_ROUTES } from './routes.js';

/** Production host: the "Servers" entry of the Trenz docs (their curl examples use a `.com` twin). */
export const TRENZ_BASE_URL = 'https://openapi.gateway.trenz.ai';

/** Trenz publishes no rate limit numbers, so there is no default client-side limit (only RATE_LIMITED answers). */
export const trenzApi: ApiDefinition<TrenzMeta> = {
  name: 'Trenz',
  defaultBaseURL: TRENZ_BASE_URL,
  baseURLEnv: 'TRENZ_BASE_URL',
  envelope: trenzEnvelope,
  errors: trenzErrorRules,
  routes: TRENZ_ROUTES,
};
