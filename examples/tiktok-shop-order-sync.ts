/**
 * Multi-shop order sync with a token store: the job you run every few minutes. Tokens live in a JSON file (your
 * database in production), so a second run needs no OAuth and refreshes tokens by itself; `shop.orders.sync` keeps
 * a checkpoint per shop (JSON files here; Redis for many workers), so each run fetches only the orders updated
 * since the last one, and a crashed run resumes at the batch it was handling (docs/order-sync.md).
 *
 * Run: npx tsx examples/tiktok-shop-order-sync.ts   (emulator by default; see examples/shared/target.ts)
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsonFileCheckpointStore, TikTokShop, type TikTokShopTokenStore, type TokenSet } from '../src/tiktok-shop/index.js';
import { progressBar } from './shared/progress.js';
import { connect } from './shared/target.js';

const dir = join(tmpdir(), 'social-commerce-sdk-examples');
const file = join(dir, `tiktok-shop-${process.pid}.json`);
const checkpoints = new JsonFileCheckpointStore({ directory: join(dir, `checkpoints-${process.pid}`) });
type Saved = { tokens: Record<string, TokenSet> };
const load = async (): Promise<Saved> => JSON.parse(await readFile(file, 'utf8').catch(() => '{"tokens":{}}')) as Saved;
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
    const before = await checkpoints.load(`tiktok-shop:orders:${shop.cipher}`);
    const bar = progressBar(shop.name ?? shop.cipher);
    let synced = 0;
    const result = await seller.shop(shop).orders.sync({
      store: checkpoints,
      onBatch(orders) {
        synced += orders.length; // upsert the orders into your database here, by id (int64-safe strings)
        bar.update(synced);
      },
    });
    const since = before?.caughtUpTo;
    bar.done(
      `${result.delivered} orders ${since ? `updated since ${new Date(since * 1000).toISOString()}` : '(first full sync)'}`,
    );
  }
}

const targets = await connect();
try {
  await mkdir(dir, { recursive: true });
  console.log(`TikTok Shop: ${targets.tiktokShop.describe}; tokens in ${file}, checkpoints in ${checkpoints.directory}`);
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
  await rm(checkpoints.directory, { recursive: true, force: true });
}
