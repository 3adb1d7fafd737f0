/**
 * Data the Local Service emulator serves and tests reuse: credentials, a category tree, shops and holidays
 * whose ids exceed 2^53 (as TikTok's 19-digit ids do), and a complete coupon.
 */
import type { GroupBuyingCoupon } from '../../local-service/coupon/schema.js';

/** The API origin the handlers are written for; the base path follows it (as every Local Service endpoint URL prints it). */
export const LOCAL_SERVICE_ORIGIN = 'https://open.tiktokapis.com';
export const LOCAL_SERVICE_BASE_PATH = '/v2/localservice/saas';

/** Credentials the emulator accepts unless told otherwise. The merchant id is a 19-digit int64. */
export const LOCAL_SERVICE_TEST_CREDENTIALS = Object.freeze({
  clientKey: 'ls_test_client_key',
  clientSecret: 'ls_test_client_secret_0123456789',
  merchantId: '7295929697122099991',
});

/** A static bearer token the emulator always accepts (until `state.revoke()` is called on it). */
export const LOCAL_SERVICE_TEST_ACCESS_TOKEN = 'mat.emulator-static-token-0123456789';

/** A category level: id (int64 string), description, children. */
export interface LocalServiceFixtureCategory {
  id: string;
  description: string;
  children?: LocalServiceFixtureCategory[];
}

/** The merchant's category tree: three levels, ids beyond 2^53. Leaves are the ids `save` accepts. */
export const LOCAL_SERVICE_CATEGORIES: readonly LocalServiceFixtureCategory[] = [
  {
    id: '7295929697122030001',
    description: 'Food & Beverage',
    children: [
      {
        id: '7295929697122030101',
        description: 'Restaurants',
        children: [
          { id: '7295929697122030111', description: 'Hot pot' },
          { id: '7295929697122030112', description: 'Cafe' },
        ],
      },
    ],
  },
  {
    id: '7295929697122030002',
    description: 'Leisure',
    children: [
      { id: '7295929697122030201', description: 'Spa', children: [{ id: '7295929697122030211', description: 'Massage' }] },
    ],
  },
];

/** A leaf category id `save` accepts. */
export const LOCAL_SERVICE_LEAF_CATEGORY_ID = '7295929697122030111';

/** A shop the merchant may use. `shop_id` is sent as a JSON number beyond 2^53 (`SearchShopInfo`). */
export interface LocalServiceFixtureShop {
  shop_id: string;
  shop_name: string;
  third_shop_id: string;
  location_en: string;
  available: boolean;
  unavailable_reason: number[];
}

/** 23 shops (so paging at 10 per page has a short last page); every fifth is unavailable. */
export const LOCAL_SERVICE_SHOPS: readonly LocalServiceFixtureShop[] = Array.from({ length: 23 }, (_, i) => ({
  shop_id: (7295929697122040000n + BigInt(i)).toString(),
  shop_name: `Emulator Shop ${i + 1}`,
  third_shop_id: `third-shop-${i + 1}`,
  location_en: `${i + 1} Sukhumvit Rd, Bangkok`,
  available: i % 5 !== 4,
  unavailable_reason: i % 5 === 4 ? [1] : [],
}));

/** Holidays per country; ids are int64 beyond 2^53 (National Holiday Inquiry). */
export const LOCAL_SERVICE_HOLIDAYS: Readonly<
  Record<string, readonly { holiday_id: string; holiday: string; starling_text: string }[]>
> = {
  ID: [
    { holiday_id: '7295929697122050001', holiday: 'Independence Day', starling_text: 'Hari Kemerdekaan' },
    { holiday_id: '7295929697122050002', holiday: 'Eid al-Fitr', starling_text: 'Idul Fitri' },
  ],
  TH: [{ holiday_id: '7295929697122050101', holiday: 'Songkran', starling_text: 'สงกรานต์' }],
};

/** A complete, valid group-buying coupon: every table of the docs' Update/Create Product page filled in. */
export function sampleGroupBuyingCoupon(overrides: Partial<GroupBuyingCoupon> = {}): GroupBuyingCoupon {
  return {
    rec_person_num: 2,
    rec_person_num_max: 4,
    shop_id: [LOCAL_SERVICE_SHOPS[0]!.shop_id, LOCAL_SERVICE_SHOPS[1]!.shop_id],
    commodity_set: 2,
    commodity: {
      i18n_group_name: { default_text: 'Hot pot for two', translations: { th: 'หม้อไฟสำหรับสองคน' } },
      option_count: 2,
      total_count: 2,
      item_list: [
        { i18n_name: { default_text: 'Beef platter' }, price: '1800', currency: 'THB', count: 1 },
        {
          i18n_name: { default_text: 'Vegetable basket' },
          price: '1200',
          currency: 'THB',
          count: 1,
          image_list: [{ out_url: 'https://img.example.com/veg.jpg' }],
        },
      ],
      allow_repeated_item: false,
    },
    product_name: { default_text: 'Hot pot set for two', translations: { en: 'Hot pot set for two' } },
    image_list: [{ out_url: 'https://img.example.com/hotpot.jpg' }],
    origin_amount: 3000,
    actual_amount: 2000,
    local_currency: 'THB',
    stock_info: { stock_num: 500, stock_qty_limit_type: 1 },
    sold_start_time: 1720666722000,
    sold_end_time: 1752202732000,
    sold_time_type: 1,
    use_type: 1,
    limit_buy_rule: { enable_limit: true, rule_list: [{ subject_type: 1, range_type: 1, limit_num: 2, dimension_type: 1 }] },
    use_date: { use_date_type: 1, day_duration: 30 },
    cannot_use_date: {
      enable: true,
      days_of_week: [6, 7],
      holidays: [LOCAL_SERVICE_HOLIDAYS.TH![0]!.holiday_id],
      date_list: ['2026-12-31'],
      date_period_list: [{ from_date: '2026-04-12', to_date: '2026-04-16', description: 'Songkran week' }],
    },
    use_time: {
      use_time_type: 1,
      time_period_list: [{ use_start_time: '11:00', use_end_time: '02:00', end_time_is_next_day: true }],
    },
    appointment: { need_appointment: true, ahead_time_type: 1, ahead_num: 2 },
    consumption_convention: { consumption_method: 1 },
    description_rich_text: { note_type: 1, content: 'Tax included. One coupon per table.' },
    ...overrides,
  };
}
