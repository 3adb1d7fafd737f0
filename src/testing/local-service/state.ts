import { LOCAL_SERVICE_TEST_ACCESS_TOKEN, LOCAL_SERVICE_TEST_CREDENTIALS } from './fixtures.js';
import { ProductStore, type ProductReviewOptions } from './products.js';
import { SlidingWindowCounter } from './qps.js';
import { MerchantTokenLedger } from './tokens.js';
import { productStatusWebhook } from './views.js';

/** Options of the Local Service emulator. */
export interface LocalServiceEmulatorOptions {
  /** Accepted client credentials. Default LOCAL_SERVICE_TEST_CREDENTIALS (its merchant is the only one allowed). */
  credentials?: { clientKey: string; clientSecret: string; merchantIds?: string[] };
  /** Static bearer tokens always accepted. Default [LOCAL_SERVICE_TEST_ACCESS_TOKEN]. */
  staticTokens?: string[];
  /** Lifetime of issued access tokens, seconds. Default 432 000 (about 120 h, TikTok's "Obtain Access Token for APIs"). */
  tokenTtlSeconds?: number;
  /** Lifetime of issued refresh tokens, seconds. Default 30 days. */
  refreshTokenTtlSeconds?: number;
  /** Requests admitted per endpoint per window. Default 20 (the documented QPS limit). */
  qps?: number;
  /** The sliding window, ms. Default 1000. */
  qpsWindowMs?: number;
  /** How and when submitted products are reviewed. */
  review?: ProductReviewOptions;
  /** Milliseconds now; injectable to move review and token expiry without waiting. Default Date.now. */
  clock?: () => number;
}

/** Everything the handlers share: tokens, QPS windows, products and the webhook outbox. */
export class LocalServiceEmulatorState {
  readonly clock: () => number;
  readonly clientKey: string;
  readonly clientSecret: string;
  readonly merchantIds: ReadonlySet<string>;
  readonly tokens: MerchantTokenLedger;
  readonly qps: SlidingWindowCounter;
  readonly products: ProductStore;
  /** Product Status Webhook bodies the platform would have pushed, as raw JSON strings, oldest first. */
  readonly webhooks: string[] = [];

  constructor(options: LocalServiceEmulatorOptions = {}) {
    this.clock = options.clock ?? Date.now;
    const creds = options.credentials ?? LOCAL_SERVICE_TEST_CREDENTIALS;
    this.clientKey = creds.clientKey;
    this.clientSecret = creds.clientSecret;
    this.merchantIds = new Set(
      options.credentials ? (options.credentials.merchantIds ?? []) : [LOCAL_SERVICE_TEST_CREDENTIALS.merchantId],
    );
    this.tokens = new MerchantTokenLedger(
      this.clock,
      options.tokenTtlSeconds ?? 432_000,
      options.refreshTokenTtlSeconds ?? 30 * 86_400,
    );
    for (const t of options.staticTokens ?? [LOCAL_SERVICE_TEST_ACCESS_TOKEN]) this.tokens.allow(t);
    this.qps = new SlidingWindowCounter(options.qps ?? 20, options.qpsWindowMs ?? 1000, this.clock);
    this.products = new ProductStore(this.clock, options.review ?? {}, (p) => {
      this.webhooks.push(productStatusWebhook(p, this.clientKey, this.clock()));
    });
  }
}
