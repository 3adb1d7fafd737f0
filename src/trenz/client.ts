import { inspect } from 'node:util';
import { CoreClient } from '../core/client.js';
import { ConfigurationError } from '../core/errors/index.js';
import type { CoreOptions } from '../core/options.js';
import type { RouteInfo } from '../core/routes.js';
import { TrenzAccount } from './account.js';
import { TrenzAds } from './ads/index.js';
import { TrenzAgent } from './agent/index.js';
import { trenzApi } from './api.js';
import { trenzApiKeyAuth, type TrenzAuthScheme } from './auth.js';
import { TrenzContent, TrenzContentCreation } from './content/index.js';
import { TrenzData } from './data/index.js';
import { TrenzFiles } from './files.js';
import type { TrenzMeta } from './meta.js';
import { TRENZ_ROUTE_LIST } from './routes.js';
import { TrenzSocial } from './social/index.js';
import { TrenzTasks } from './tasks.js';

export { TRENZ_BASE_URL } from './api.js';

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
 *
 * The API key lives only in the client's private pipeline: `JSON.stringify` and `util.inspect` of the client, its
 * resources, pages, results and errors never show it.
 */
export class Trenz {
  /**
   * Every route id with its method, path and provenance: `documented` (printed in the Trenz docs), `external
   * evidence` (Trenz's public OpenAPI document) or `proposed` (follows the naming of the documented paths: not
   * verified). Correct one with the `routes` option; check them all with `npx social-commerce-sdk probe trenz`.
   *
   * ```ts
   * console.table(Trenz.routes.filter((r) => r.provenance !== 'documented'));
   * ```
   */
  static readonly routes: readonly RouteInfo[] = TRENZ_ROUTE_LIST;

  // #private: not enumerable, so no spread, JSON.stringify or inspect reaches the pipeline and its key.
  readonly #core: CoreClient<TrenzMeta>;
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
    const client = new CoreClient<TrenzMeta>(trenzApi, trenzApiKeyAuth(apiKey.trim(), authScheme), core);
    this.#core = client;
    this.tasks = new TrenzTasks(client);
    this.data = new TrenzData(client);
    this.content = new TrenzContent(client, this.tasks);
    this.contentCreation = new TrenzContentCreation(client, this.tasks);
    this.account = new TrenzAccount(client);
    this.files = new TrenzFiles(client);
    this.social = new TrenzSocial(client, this.files);
    this.ads = new TrenzAds(client);
    this.agent = new TrenzAgent(client);
  }

  /** @internal The shared pipeline (tests and tools read its settings; it never exposes the key). */
  get core(): CoreClient<TrenzMeta> {
    return this.#core;
  }

  /** The host this client sends to. */
  get baseURL(): string {
    return this.#core.baseURL;
  }

  /** What `JSON.stringify` shows: where it sends, never what it authenticates with. */
  toJSON() {
    return { api: 'Trenz', baseURL: this.#core.baseURL };
  }

  [inspect.custom]() {
    return `Trenz { baseURL: '${this.#core.baseURL}', apiKey: '[REDACTED]' }`;
  }
}
