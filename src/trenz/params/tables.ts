/**
 * The allowed values the Trenz docs print for Data parameters, as typed constants. Each table maps an id to the
 * docs' label, so one object gives both the type of valid ids and a readable name for each.
 */

/**
 * TikTok Level-1 product categories (Trenz docs: Product Category ID Reference; the docs print the same 27 rows
 * six times). Used by `category` on product, seller (primary category), video, ad and creative search, and by
 * `product_category` on live search. A Level-1 id filters everything under it.
 */
export const PRODUCT_CATEGORIES = {
  601450: 'Beauty & Personal Care',
  601152: 'Womenswear & Underwear',
  700645: 'Health',
  603014: 'Sports & Outdoor',
  601739: 'Phones & Electronics',
  600942: 'Home Appliances',
  824328: 'Menswear & Underwear',
  605248: 'Fashion Accessories',
  700437: 'Food & Beverages',
  600001: 'Household Products',
  604453: 'Furniture',
  600024: 'Kitchenware',
  600154: 'Home Textiles',
  824584: 'Luggage & Bags',
  604206: 'Toys & Hobbies',
  601352: 'Shoes',
  604579: 'Tools & Hardware',
  604968: 'Home Improvement',
  602118: 'Pet Supplies',
  601755: 'Computers & Office',
  602284: 'Baby & Maternity',
  605196: 'Automotive & Motorcycle',
  951432: 'Collectibles',
  801928: 'Books, Magazines & Audio/Video',
  953224: 'Jewelry & Accessories',
  856720: 'Pre-Owned Goods',
  802184: "Kids' Fashion",
} as const;
/** A Level-1 product category id, e.g. `601450` (Beauty & Personal Care). */
export type ProductCategoryId = keyof typeof PRODUCT_CATEGORIES;

/**
 * Creator (content-niche) categories (Trenz docs: Data/Creators, Creator Category ID Reference), a different
 * taxonomy from products. The same table is the "Streamer Category ID Reference" of live search. The numbering runs
 * 2..34; there is no `_1`.
 */
export const CREATOR_CATEGORIES = {
  creator_category_v20240616_8: 'Shopping & Retail',
  creator_category_v20240616_15: 'Media & Entertainment',
  creator_category_v20240616_10: 'Beauty & Fashion',
  creator_category_v20240616_14: 'Personal Blog',
  creator_category_v20240616_12: 'Clothing & Accessories',
  creator_category_v20240616_32: 'Public Figure',
  creator_category_v20240616_23: 'Art & Crafts',
  creator_category_v20240616_17: 'Sports & Fitness',
  creator_category_v20240616_24: 'Health & Wellness',
  creator_category_v20240616_13: 'Music & Dance',
  creator_category_v20240616_9: 'Home, Furniture & Appliances',
  creator_category_v20240616_19: 'Pets & Animals',
  creator_category_v20240616_18: 'Education',
  creator_category_v20240616_11: 'Food & Drink',
  creator_category_v20240616_31: 'Automotive & transportation',
  creator_category_v20240616_5: 'Electronics',
  creator_category_v20240616_29: 'Gaming',
  creator_category_v20240616_30: 'Professional Services',
  creator_category_v20240616_16: 'Baby',
  creator_category_v20240616_33: 'Food & Cooking',
  creator_category_v20240616_20: 'Travel & Tourism',
  creator_category_v20240616_27: 'Finance & Investing',
  creator_category_v20240616_2: 'Machinery & Equipment',
  creator_category_v20240616_21: 'Brand',
  creator_category_v20240616_25: 'Consultant & Service',
  creator_category_v20240616_4: 'Property',
  creator_category_v20240616_28: 'Government & Politics',
  creator_category_v20240616_6: 'Restaurants & Bars',
  creator_category_v20240616_26: 'IT & High Tech',
  creator_category_v20240616_22: 'Software & Apps',
  creator_category_v20240616_3: 'LIVE Creator Networks',
  creator_category_v20240616_7: 'Movie, TV & Studio',
  creator_category_v20240616_34: 'Others',
} as const;
/** A creator / streamer category id, e.g. `'creator_category_v20240616_10'` (Beauty & Fashion). */
export type CreatorCategoryId = keyof typeof CREATOR_CATEGORIES;

/** `ad_type` of ad search (Trenz docs: Data/Ads, Ad Type Reference). */
export const AD_TYPES = {
  1: 'TikTok Shop Ads',
  2: 'Independent Site Ads',
  3: 'App Ads',
  4: 'Game Ads',
  5: 'Brand Ads',
  6: 'Lead Ads',
  7: 'Engagement Ads',
} as const;
export type AdType = keyof typeof AD_TYPES;

/** `seller_type` of seller search (Trenz docs: Data/Sellers, Parameters). */
export const SELLER_TYPES = {
  1: 'Overseas Non-Brand',
  2: 'Local',
  3: 'Brand',
  4: 'Non-Brand',
} as const;
export type SellerType = keyof typeof SELLER_TYPES;

/**
 * Country codes, lower-case. The Trenz docs list them only under Data/Creatives; the SDK applies the list to
 * every Data search that takes `country`, which is an assumption.
 */
export const COUNTRIES = ['us', 'th', 'my', 'vn', 'mx', 'de', 'fr', 'it', 'es', 'jp', 'br', 'gb', 'ph', 'sg', 'id'] as const;
export type Country = (typeof COUNTRIES)[number];

/** Numeric keys of a table, as numbers (object keys are always strings at run time). */
export function numericIds<T extends Record<number, string>>(table: T): (keyof T & number)[] {
  return Object.keys(table).map(Number) as (keyof T & number)[];
}
