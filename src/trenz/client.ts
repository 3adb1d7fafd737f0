import { inspect } from 'node:util';
import { CoreClient } from '../core/client.js';
import { ConfigurationError } from '../core/errors/index.js';
import type { CoreOptions } from '../core/options.js';
import { TrenzAccount } from './account.js';
import { TrenzAds } from './ads/index.js';
import { TrenzAgent } from './agent/index.js';
import { trenzApiKeyAuth, type TrenzAuthScheme } from './auth.js';
import { TrenzContent, TrenzContentCreation } from './content/index.js';
import { TrenzData } from './data/index.js';
import { trenzEnvelope } from './envelope.js';
import { TrenzFiles } from './files.js';
import type { TrenzMeta } from './meta.js';
import { TrenzSocial } from './social/index.js';
import { TrenzTasks } from './tasks.js';

/** Production host, the "Servers" entry of the seed (T:531-534); its curl examples use a .com twin. */
export const TRENZ_BASE_URL = 'https://openapi.gateway.trenz.ai';

export interface TrenzOptions extends CoreOptions {
  /** The Trenz API key. Default: `process.env.TRENZ_API_KEY`. */
  apiKey?: string;
  /** Send the key as `X-API-Key` (default) or `Authorization: Bearer`. */
  authScheme?: TrenzAuthScheme;
}

/**
 * Trenz Open Platform: social-commerce data, AI content tasks, social publishing, ads and the agent.
 *
 * ```ts
 * const trenz = new Trenz(); // reads TRENZ_API_KEY
 * for await (const p of trenz.data.products.search({ country: 'us', keyword: 'lipstick' })) console.log(p.product_name);
 * ```
 */
export class Trenz {
  /** @internal The shared pipeline; resources call it. */
  readonly core: CoreClient<TrenzMeta>;
  readonly data: TrenzData;
  readonly content: TrenzContent;
  readonly contentCreation: TrenzContentCreation;
  readonly tasks: TrenzTasks;
  readonly account: TrenzAccount;
  readonly files: TrenzFiles;
  readonly social: TrenzSocial;
  readonly ads: TrenzAds;
  readonly agent: TrenzAgent;

  constructor(options: TrenzOptions = {}) {
    const { apiKey = process.env.TRENZ_API_KEY, authScheme, ...core } = options;
    if (!apiKey || !apiKey.trim()) {
      throw new ConfigurationError(
        'Trenz: no API key. Pass { apiKey } to new Trenz() or set the TRENZ_API_KEY environment variable.',
      );
    }
    this.core = new CoreClient<TrenzMeta>(
      { name: 'Trenz', defaultBaseURL: TRENZ_BASE_URL, envelope: trenzEnvelope, auth: trenzApiKeyAuth(apiKey.trim(), authScheme) },
      core,
    );
    this.tasks = new TrenzTasks(this.core);
    this.data = new TrenzData(this.core);
    this.content = new TrenzContent(this.core, this.tasks);
    this.contentCreation = new TrenzContentCreation(this.core, this.tasks);
    this.account = new TrenzAccount(this.core);
    this.files = new TrenzFiles(this.core);
    this.social = new TrenzSocial(this.core, this.files);
    this.ads = new TrenzAds(this.core);
    this.agent = new TrenzAgent(this.core);
  }

  [inspect.custom]() {
    return `Trenz { baseURL: '${this.core.baseURL}', apiKey: '[REDACTED]' }`;
  }
}
