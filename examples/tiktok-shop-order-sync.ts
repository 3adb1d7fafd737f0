/**
 * Multi-shop order sync with a token store: the job you run every few minutes. Tokens live in a JSON file (your
 * database in production), so a second run needs no OAuth and refreshes tokens by itself; a checkpoint per shop
 * makes each run fetch only the orders updated since the last one.
 *
 * Run: npx tsx examples/tiktok-shop-order-sync.ts   (emulator by default; see examples/shared/target.ts)
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TikTokShop, type TikTokShopTokenStore, type TokenSet } from '../src/tiktok-shop/index.js';
import { progressBar } from './shared/progress.js';
import { connect } from './shared/target.js';

const dir = join(tmpdir(), 'social-commerce-sdk-examples');
const file = join(dir, `tiktok-shop-${process.pid}.json`);
type Saved = { tokens: Record<string, TokenSet>; checkpoints: Record<string, number> };
const load = async (): Promise<Saved> =>
  JSON.parse(await readFile(file, 'utf8').catch(() => '{"tokens":{},"checkpoints":{}}')) as Saved;
const save = async (saved: Saved): Promise<void> => writeFile(file, JSON.stringify(saved), { mode: 0o600 }); // tokens are secrets

/** The SDK reads the store only when a token is missing or stale, and writes every token it obtains. */
const tokenStore: TikTokShopTokenStore = {
  get: async (openId) => (await load()).tokens[openId],
  set: async (openId, tokens) => {
    const saved = await load();
    saved.tokens[openId] = tokens;
    await save(saved);
  },
};

/** One sync run: every authorized shop, orders updated since the shop's checkpoint. */
async function syncSeller(app: TikTokShop, openId: string): Promise<void> {
  const seller = app.seller(openId);
  for (const shop of await seller.authorization.getShops()) {
    const saved = await load();
    const since = saved.checkpoints[shop.cipher] ?? 0;
    const startedAt = Math.floor(Date.now() / 1000);
    const bar = progressBar(shop.name ?? shop.cipher);
    let synced = 0;
    const search = seller.shop(shop).orders.search({ update_time_ge: since, page_size: 100, sort_field: 'update_time' });
    for await (const page of search.pages()) {
      synced += page.items.length; // upsert page.items into your database here; ids are int64-safe strings
      bar.update(synced, page.data.total_count);
    }
    bar.done(`${synced} orders ${since ? `updated since ${new Date(since * 1000).toISOString()}` : '(first full sync)'}`);
    await save({ ...(await load()), checkpoints: { ...saved.checkpoints, [shop.cipher]: startedAt } });
  }
}

const targets = await connect();
try {
  await mkdir(dir, { recursive: true });
  console.log(`TikTok Shop: ${targets.tiktokShop.describe}; tokens and checkpoints in ${file}`);
  const first = new TikTokShop({ ...targets.tiktokShop.options, tokenStore });
  const { seller, how } = await targets.tiktokShop.authorize(first);
  console.log(`run 1: ${how}`);
  await syncSeller(first, seller.openId);

  // Another process later: a new client on the same store, no OAuth. An expired token would be refreshed here.
  const emulator = targets.tiktokShop.real ? undefined : targets.emulator;
  emulator?.tiktokShop.state.expireAccessToken(seller.openId); // on the emulator, make the server refuse the token
  const later = new TikTokShop({ ...targets.tiktokShop.options, tokenStore });
  console.log('run 2: a new client on the same store, no OAuth');
  await syncSeller(later, seller.openId);
  if (emulator)
    console.log(
      `token refreshes: ${emulator.faults.count('GET', '/api/v2/token/refresh')} (the expired token was renewed and the call replayed)`,
    );
} finally {
  await targets.close();
  await rm(file, { force: true }); // the example leaves no tokens behind
}
