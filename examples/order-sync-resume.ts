/**
 * An order sync that survives a crash: read the orders updated in the last 7 days page by page, store
 * `page.nextCursor` in a JSON file after each page, and when the process dies, let the next one resume from the
 * stored cursor with `{ cursor }`: no order read twice, none missed. Here the crash is simulated after two pages
 * and the "next process" is a new client in the same run.
 *
 * Run: npx tsx examples/order-sync-resume.ts   (emulator by default; see examples/shared/target.ts)
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryTokenStore, TikTokShop, type Order, type PageCursor, type TokenSet } from '../src/index.js';
import { connect } from './shared/target.js';

/** What survives a crash. A cursor belongs to the call that made it, so the call's filter is stored beside it. */
interface Checkpoint {
  shopCipher: string;
  updatedSince: number;
  cursor: PageCursor | null;
  pagesDone: number;
}

const dir = join(tmpdir(), 'social-commerce-sdk-examples');
const file = join(dir, `order-sync-resume-${process.pid}.json`);

async function saveCheckpoint(checkpoint: Checkpoint): Promise<void> {
  // Written whole to a temporary file, then renamed over the old one: a crash mid-write leaves the old checkpoint.
  await writeFile(`${file}.tmp`, JSON.stringify(checkpoint));
  await rename(`${file}.tmp`, file);
}

/** The stored checkpoint, checked field by field (a file is outside input), or undefined when there is none. */
async function loadCheckpoint(): Promise<Checkpoint | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const value: unknown = JSON.parse(text);
  if (typeof value === 'object' && value !== null && 'shopCipher' in value && 'updatedSince' in value && 'cursor' in value) {
    const { shopCipher, updatedSince, cursor } = value;
    const pagesDone = 'pagesDone' in value ? value.pagesDone : 0;
    if (typeof shopCipher === 'string' && typeof updatedSince === 'number' && typeof pagesDone === 'number' && isCursor(cursor))
      return { shopCipher, updatedSince, cursor, pagesDone };
  }
  throw new Error(`${file} holds no checkpoint: delete it to start over`);
}

/** A stored `page.nextCursor`: a page token string, an object of numbers (`{ page: 3 }`), or null after the last page. */
function isCursor(value: unknown): value is PageCursor | null {
  if (value === null || typeof value === 'string') return true;
  return typeof value === 'object' && Object.values(value).every((n) => typeof n === 'number');
}

/** A fresh start: the seller's first shop, orders updated in the 7 days before now. */
async function firstCheckpoint(app: TikTokShop, openId: string): Promise<Checkpoint> {
  const [shop] = await app.seller(openId).authorization.getShops();
  if (!shop) throw new Error(`seller ${openId} has no authorized shop`);
  return { shopCipher: shop.cipher, updatedSince: Math.floor(Date.now() / 1000) - 7 * 86_400, cursor: null, pagesDone: 0 };
}

/** Your database: orders by id, so a page written twice would not duplicate anything. */
const database = new Map<string, Order>();
let writes = 0;

/**
 * One run of the job: the search from the checkpoint on (or from the start), saving each page, then the cursor.
 * `crashAfterPages` stands in for a deploy, an OOM kill or a lost machine.
 */
async function run(app: TikTokShop, openId: string, crashAfterPages?: number): Promise<number> {
  const stored = await loadCheckpoint();
  if (stored && stored.cursor === null) return 0; // the last run finished
  const checkpoint = stored ?? (await firstCheckpoint(app, openId));
  const shop = app.seller(openId).shop(checkpoint.shopCipher);
  const search = shop.orders.search({ update_time_ge: checkpoint.updatedSince, page_size: 50 }, { cursor: checkpoint.cursor });
  let pages = 0;
  for await (const page of search.pages()) {
    for (const order of page.items) database.set(order.id, order); // order.id, .status, .update_time: typed, no cast
    writes += page.items.length;
    await saveCheckpoint({ ...checkpoint, cursor: page.nextCursor, pagesDone: checkpoint.pagesDone + ++pages });
    if (pages === crashAfterPages) throw new Error(`simulated crash after page ${checkpoint.pagesDone + pages}`);
  }
  return pages;
}

const targets = await connect();
try {
  await mkdir(dir, { recursive: true });
  console.log(`TikTok Shop: ${targets.tiktokShop.describe}; checkpoint in ${file}`);
  const tokenStore = new MemoryTokenStore<TokenSet>(); // a shared database in production
  const first = new TikTokShop({ ...targets.tiktokShop.options, tokenStore });
  const { seller } = await targets.tiktokShop.authorize(first);

  const crash = await run(first, seller.openId, 2).catch((error: unknown) => error);
  const afterCrash = await loadCheckpoint();
  console.log(`run 1: ${crash instanceof Error ? crash.message : 'no crash'}; ${database.size} orders saved`);
  console.log(`       stored cursor: ${JSON.stringify(afterCrash?.cursor)} (plain JSON, no token or secret in it)`);

  // The next process: a new client, the same token store, the stored cursor and filter.
  const second = new TikTokShop({ ...targets.tiktokShop.options, tokenStore });
  const before = database.size;
  const pages = await run(second, seller.openId);
  console.log(`run 2: resumed from the stored cursor: ${pages} more pages, ${database.size - before} more orders`);

  const since = afterCrash?.updatedSince ?? 0;
  const all = [...database.values()];
  console.log(
    `done:  ${all.length} orders updated in the last 7 days, ${writes - all.length} read twice, ` +
      `${all.filter((o) => o.update_time < since).length} outside the filter`,
  );
  console.log(
    `       by status: ${[...new Set(all.map((o) => o.status))].map((s) => `${s} ${all.filter((o) => o.status === s).length}`).join(', ')}`,
  );
} finally {
  await rm(file, { force: true });
  await rm(`${file}.tmp`, { force: true });
  await targets.close();
}
