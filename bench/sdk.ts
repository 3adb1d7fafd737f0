/**
 * The parts of the SDK the bench drives, through the public TikTok Shop and Trenz entries as built for shipping
 * (bench/build-sdk.ts explains why not from source). Typed by the source modules, so that `tsc` checks the bench
 * against the SDK's real types: a renamed method breaks the type check, never silently the numbers.
 */
import type { Dispatcher } from 'undici';
import type * as CompiledSchemaModule from '../src/core/internal/compiled-schema/index.js';
import type * as JsonModule from '../src/core/json.js';
import type * as TikTokShopModule from '../src/tiktok-shop/index.js';
import type { TikTokShopShop } from '../src/tiktok-shop/index.js';
import type * as TrenzModule from '../src/trenz/index.js';
import { importBuilt } from './build-sdk.js';

const { createSigner, signRequest, TikTokShop, tiktokShopRoutes } = await importBuilt<typeof TikTokShopModule>('tiktok-shop');
export const { Trenz } = await importBuilt<typeof TrenzModule>('trenz');
export const { parseJson } = await importBuilt<typeof JsonModule>('json');
/** What the client validates responses with (zod's results, compiled checks first). */
export const { compiledSafeParse } = await importBuilt<typeof CompiledSchemaModule>('compiled-schema');
export { createSigner, signRequest };

/** Fake credentials: the bench server checks none of them; the signer still does its full work. */
export const CREDS = {
  appKey: '38abcd',
  appSecret: 'e59af819cc',
  accessToken: 'TTP_bench_access_token_0123456789abcdefghijklmnopqrstuvwxyz',
  shopCipher: 'GCP_XF90igAAAABh00qsWgtvOiGFNqyubMt3',
  openId: 'bench-open-id',
};

export type Shop = TikTokShopShop;

/**
 * `new TikTokShop({ appKey, appSecret, baseURL, dispatcher }).seller(tokens).shop(cipher)`.
 * Retries are off (maxRetries 0) so that a failure shows as an error instead of as a slow request; validation is
 * the default ('strict'): the SDK row pays for every check it makes in production.
 */
export function makeShop(baseURL: string, dispatcher: Dispatcher): Shop {
  const app = new TikTokShop({ appKey: CREDS.appKey, appSecret: CREDS.appSecret, baseURL, dispatcher, maxRetries: 0 });
  const now = Math.floor(Date.now() / 1000);
  // A TokenSet as the token endpoint returns it (`*_expire_in` are absolute Unix seconds), valid far beyond the
  // bench: it measures calls, never a refresh.
  const seller = app.seller({
    access_token: CREDS.accessToken,
    access_token_expire_in: now + 7 * 86_400,
    refresh_token: 'TTP_bench_refresh_token',
    refresh_token_expire_in: now + 365 * 86_400,
    open_id: CREDS.openId,
  });
  return seller.shop(CREDS.shopCipher);
}

/** The response schema `shop.orders.get` validates with (GET /order/202507/orders), from the route table. */
export const orderDetailSchema = tiktokShopRoutes.getOrders.response;
