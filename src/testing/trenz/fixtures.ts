/**
 * The emulator's market data: a few hundred products and the sellers, creators, videos, lives, ads and creatives
 * around them, generated from a fixed PRNG seed so ids and rows are the same on every run. Product, video, live and ad
 * ids are 19-digit TikTok-style ids beyond 2^53, sent as bare JSON numbers (bigint here); seller ids are strings;
 * creator ids are small numbers. Field names beyond the documented ones are the emulator's own.
 */
import { COUNTRIES, CREATOR_CATEGORIES, PRODUCT_CATEGORIES, type Country } from '../../trenz/params/tables.js';
import { hash, prng } from '../prng.js';

export { hash, prng };

export type Row = Record<string, unknown> & { id: bigint | string | number };

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const int = (rnd: () => number, min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
const money = (n: number) => Math.round(n * 100) / 100;
/** Half the rows in the US, the rest spread over the other countries of `COUNTRIES`. */
const region = (rnd: () => number): Country => (rnd() < 0.5 ? 'us' : pick(rnd, COUNTRIES));
const productCategoryIds = Object.keys(PRODUCT_CATEGORIES).map(Number);
const creatorCategoryIds = Object.keys(CREATOR_CATEGORIES) as (keyof typeof CREATOR_CATEGORIES)[];

const ADJECTIVES = ['Velvet', 'Glow', 'Ultra', 'Mini', 'Pro', 'Cozy', 'Classic', 'Matte', 'Smart', 'Eco', 'Silk', 'Rapid'];
const NOUNS: Record<number, string[]> = {
  601450: ['Lipstick', 'Serum', 'Sunscreen SPF50', 'Lip Gloss', 'Face Mask'],
  601739: ['Wireless Earbuds', 'Phone Case', 'Power Bank', 'Smart Watch', 'USB-C Cable'],
  602118: ['Cat Tree', 'Dog Leash', 'Pet Brush', 'Slow Feeder Bowl'],
};
const GENERIC = ['Bundle', 'Set', 'Kit', 'Organizer', 'Gift Box'];

/** Every collection the Data endpoints serve, plus an index by id (as a string). */
export interface MarketData {
  products: Row[];
  sellers: Row[];
  creators: Row[];
  videos: Row[];
  lives: Row[];
  ads: Row[];
  creatives: Row[];
}

/** Row counts: enough for several pages of every search at the product-search cap of 10. */
export const FIXTURE_SIZES = { products: 320, sellers: 60, creators: 120, videos: 200, lives: 80, ads: 100, creatives: 90 };

function tiktokId(prefix: bigint, rnd: () => number): bigint {
  // 19 digits, well beyond 2^53 (9007199254740992, 16 digits): JSON.parse would round these.
  return prefix * 10n ** 15n + BigInt(Math.floor(rnd() * 1e15));
}

function build(): MarketData {
  const rnd = prng(20260401);
  const sellers: Row[] = Array.from({ length: FIXTURE_SIZES.sellers }, (_, i) => ({
    id: String(tiktokId(7495n, rnd)),
    seller_name: `${pick(rnd, ADJECTIVES)} ${pick(rnd, ['Goods', 'Store', 'Official', 'Mart', 'Studio'])} ${i + 1}`,
    seller_type: int(rnd, 1, 4),
    category: pick(rnd, productCategoryIds),
    region: region(rnd),
    product_count: int(rnd, 3, 400),
  }));
  const products: Row[] = Array.from({ length: FIXTURE_SIZES.products }, (_, i) => {
    const category = i < 40 ? 601450 : pick(rnd, productCategoryIds); // a dense category for paging tests
    const seller = pick(rnd, sellers);
    const floor = money(2 + rnd() * 80);
    const sold = int(rnd, 0, 50_000);
    return {
      id: tiktokId(1729n, rnd),
      region: region(rnd),
      product_name: `${pick(rnd, ADJECTIVES)} ${pick(rnd, NOUNS[category] ?? GENERIC)}`,
      floor_price: floor,
      ceiling_price: money(floor * (1 + rnd())),
      product_sold_count_for_last_7_days: sold,
      product_gmv_for_last_7_days: money(sold * floor),
      seller_business_info: { seller_id: seller.id, seller_name: seller.seller_name, seller_type: seller.seller_type },
      category,
    };
  });
  const creators: Row[] = Array.from({ length: FIXTURE_SIZES.creators }, (_, i) => {
    const category = pick(rnd, creatorCategoryIds);
    return {
      id: 6_800_000_000 + i * 7919,
      handle: `@creator_${(i * 7919).toString(36)}`,
      nickname: `${pick(rnd, ADJECTIVES)} ${pick(rnd, ['Mia', 'Leo', 'Ava', 'Kai', 'Noor', 'Hana', 'Luca'])}`,
      category,
      category_label: CREATOR_CATEGORIES[category],
      follower_count: int(rnd, 1_000, 5_000_000),
      has_contact: rnd() < 0.4,
      region: region(rnd),
    };
  });
  const videos: Row[] = Array.from({ length: FIXTURE_SIZES.videos }, () => {
    const product = pick(rnd, products);
    return {
      id: tiktokId(7301n, rnd),
      title: `${String(product.product_name)} honest review #tiktokmademebuyit`,
      creator_id: pick(rnd, creators).id,
      product_id: product.id,
      category: product.category,
      is_commercial: rnd() < 0.7,
      play_count: int(rnd, 500, 20_000_000),
      region: product.region,
    };
  });
  const lives: Row[] = Array.from({ length: FIXTURE_SIZES.lives }, () => {
    const creator = pick(rnd, creators);
    return {
      id: tiktokId(7402n, rnd),
      title: `${String(creator.nickname)} LIVE: flash deals`,
      creator_id: creator.id,
      category: creator.category,
      product_category: pick(rnd, productCategoryIds),
      is_living: rnd() < 0.25,
      is_commercial: rnd() < 0.8,
      viewer_count: int(rnd, 10, 80_000),
      region: creator.region,
    };
  });
  const ads: Row[] = Array.from({ length: FIXTURE_SIZES.ads }, () => ({
    id: tiktokId(7150n, rnd),
    ad_title: `${pick(rnd, ADJECTIVES)} ${pick(rnd, GENERIC)} - limited offer`,
    ad_type: int(rnd, 1, 7),
    category: pick(rnd, productCategoryIds),
    like_count: int(rnd, 0, 300_000),
    region: region(rnd),
  }));
  const creatives: Row[] = Array.from({ length: FIXTURE_SIZES.creatives }, (_, i) => ({
    id: `cr_${(i + 1).toString().padStart(5, '0')}`,
    title: `${pick(rnd, ADJECTIVES)} hook #${i + 1}`,
    category: pick(rnd, productCategoryIds),
    duration_seconds: int(rnd, 6, 60),
    region: region(rnd),
  }));
  return { products, sellers, creators, videos, lives, ads, creatives };
}

let cached: MarketData | undefined;
/** The generated data (built once per process; read-only by convention). */
export function marketData(): MarketData {
  cached ??= build();
  return cached;
}

/** How far back reviews go from the emulator's `now`. */
const REVIEW_WINDOW_SECONDS = 90 * 86_400;

/**
 * Reviews of a product or video, generated from its id (0-30 rows, so some lists span pages), written over the
 * 90 days before `now` (seconds): the offsets come from the id, so the same `now` gives the same reviews.
 */
export function reviewsOf(ownerId: string, now: number): Row[] {
  const rnd = prng(hash(`reviews:${ownerId}`));
  const texts = ['Works as described', 'Arrived fast, love it', 'Color is a bit off', 'Would buy again', 'Too small for me'];
  return Array.from({ length: int(rnd, 0, 30) }, (_, i) => ({
    id: `${ownerId}-r${i + 1}`,
    rating: int(rnd, 1, 5),
    content: pick(rnd, texts),
    review_time: now - int(rnd, 0, REVIEW_WINDOW_SECONDS),
  }));
}

/** A stable subset of `rows` related to `key` (e.g. `products/123/creators`), 0-35 rows. */
export function relatedRows(rows: readonly Row[], key: string, excludeId?: string): Row[] {
  const rnd = prng(hash(key));
  const count = Math.min(rows.length, int(rnd, 0, 35));
  const out = new Map<string, Row>();
  for (let guard = 0; out.size < count && guard < count * 4; guard++) {
    const row = pick(rnd, rows);
    if (String(row.id) !== excludeId) out.set(String(row.id), row);
  }
  return [...out.values()];
}
