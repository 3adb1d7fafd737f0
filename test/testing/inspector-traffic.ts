/**
 * Requests for the inspector's tests and screenshot, sent over HTTP to a served emulator: the SDK's own calls where
 * it can make the request (good credentials, a wrong app secret), and hand-signed ones for what the SDK never sends
 * (a stale timestamp, no shop_cipher), signed with the SDK's signer.
 */
import { request } from 'undici';
import { LocalService } from '../../src/local-service/index.js';
import type { RunningEmulator } from '../../src/testing/index.js';
import { signRequest } from '../../src/tiktok-shop/signer.js';
import { TikTokShop } from '../../src/tiktok-shop/index.js';
import { Trenz } from '../../src/trenz/index.js';

const quiet = { logLevel: 'off', maxRetries: 0 } as const;

/** The received `sign` and the journal number of a TikTok Shop call signed with a wrong app secret. */
export async function sendBadSignature(emu: RunningEmulator): Promise<{ seq: number; received: string }> {
  const app = new TikTokShop({ ...emu.tiktokShop.clientOptions, ...quiet, appSecret: 'not_the_emulator_secret' });
  await app
    .seller(emu.tokens.tiktokShopTokens())
    .authorization.getShops()
    .catch(() => undefined);
  const entry = emu.faults.requests('GET', '/authorization/202309/shops').at(-1)!;
  return { seq: entry.seq, received: new URL(entry.url).searchParams.get('sign')! };
}

/** A TikTok Shop request signed by hand: `query` is sent as given, plus app_key, timestamp and sign. */
export async function sendSigned(
  emu: RunningEmulator,
  path: string,
  options: { method?: 'GET' | 'POST'; query?: Record<string, string>; body?: string; timestamp?: number; token?: string } = {},
): Promise<number> {
  const { appKey, appSecret } = emu.tiktokShop.clientOptions;
  const query: Record<string, string> = {
    app_key: appKey,
    timestamp: String(options.timestamp ?? Math.floor(Date.now() / 1000)),
    ...options.query,
  };
  const contentType = 'application/json';
  query.sign = signRequest({ appSecret, path, query, body: options.body, contentType });
  const response = await request(`${emu.url}${path}?${new URLSearchParams(query)}`, {
    method: options.method ?? 'GET',
    headers: { 'content-type': contentType, 'x-tts-access-token': options.token ?? emu.tokens.tiktokShopTokens().access_token },
    body: options.body ?? null,
  });
  await response.body.dump();
  return emu.faults.journal.at(-1)!.seq;
}

/** A short, varied session on all three APIs; returns the bad signature's journal number and the last one. */
export async function sendSampleTraffic(emu: RunningEmulator): Promise<{ badSignSeq: number; last: number }> {
  const [cipher] = emu.tiktokShop.state.sellers
    .values()
    .next()
    .value!.shops.map((s) => s.cipher);
  const app = new TikTokShop({ ...emu.tiktokShop.clientOptions, ...quiet });
  const seller = app.seller(emu.tokens.tiktokShopTokens());
  const shop = seller.shop(cipher!);
  await seller.authorization.getShops();
  await shop.orders.search({ order_status: 'AWAITING_SHIPMENT', page_size: 20 });
  await shop.products.get(emu.samples.tiktokShopProductId);

  const trenz = new Trenz({ ...emu.trenz.clientOptions, ...quiet });
  await trenz.account.get();
  await new Trenz({ ...emu.trenz.clientOptions, ...quiet, apiKey: 'tz_live_wrong_key_123' }).account.get().catch(() => undefined);

  const ls = new LocalService({
    baseURL: emu.localService.clientOptions.baseURL,
    accessToken: emu.tokens.localServiceAccessToken,
    ...quiet,
  });
  const merchant_id = emu.localService.clientOptions.merchantId;
  await ls.products.categories({ merchant_id, language: 'en' });
  await new LocalService({
    baseURL: emu.localService.clientOptions.baseURL,
    accessToken: 'expired-token-0001',
    ...quiet,
  }).products
    .categories({ merchant_id, language: 'en' })
    .catch(() => undefined);

  await sendSigned(emu, '/order/202309/orders/search', { method: 'POST', query: { page_size: '20' }, body: '{}' });
  await sendSigned(emu, '/product/202309/categories', {
    query: { shop_cipher: cipher! },
    timestamp: Math.floor(Date.now() / 1000) - 900,
  });
  const { seq } = await sendBadSignature(emu);
  await trenz.account.get();
  const last = emu.faults.journal.at(-1)!.seq;
  return { badSignSeq: seq, last };
}
