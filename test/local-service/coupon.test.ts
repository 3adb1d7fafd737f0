import { describe, expect, it } from 'vitest';
import { InvalidParamsError } from '../../src/core/errors/index.js';
import {
  groupBuyingCoupon,
  parseGroupBuyingCoupon,
  REQUIRED_COUPON_KEYS,
  type GroupBuyingCoupon,
} from '../../src/local-service/index.js';
import { LOCAL_SERVICE_HOLIDAYS, LOCAL_SERVICE_SHOPS, sampleGroupBuyingCoupon } from '../../src/testing/local-service/index.js';

function issuesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof InvalidParamsError) return err.issues.map((i) => i.path.join('.'));
    throw err;
  }
  throw new Error('expected InvalidParamsError');
}

describe('groupBuyingCoupon(): typed coupon -> attr_key_value_map', () => {
  it('makes every value a string: scalars as decimals, lists and structs as JSON', () => {
    const map = groupBuyingCoupon(sampleGroupBuyingCoupon());
    for (const value of Object.values(map)) expect(typeof value).toBe('string');
    expect(map.rec_person_num).toBe('2');
    expect(map.origin_amount).toBe('3000');
    expect(map.local_currency).toBe('THB');
    expect(map.sold_start_time).toBe('1720666722000');
    // The docs' own example shape: shop_id "[\"222\"]" (Local Service docs: Update/Create Product).
    expect(map.shop_id).toBe(`["${LOCAL_SERVICE_SHOPS[0]!.shop_id}","${LOCAL_SERVICE_SHOPS[1]!.shop_id}"]`);
    expect(JSON.parse(map.commodity!)).toMatchObject({ option_count: 2, item_list: [{ count: 1 }, { count: 1 }] });
    expect(JSON.parse(map.product_name!)).toEqual({
      default_text: 'Hot pot set for two',
      translations: { en: 'Hot pot set for two' },
    });
    expect(JSON.parse(map.use_time!)).toEqual({
      use_time_type: 1,
      time_period_list: [{ use_start_time: '11:00', use_end_time: '02:00', end_time_is_next_day: true }],
    });
    expect(Object.keys(map).sort()).toEqual(Object.keys(sampleGroupBuyingCoupon()).sort());
  });

  it('writes holiday ids as exact JSON numbers beyond 2^53 (List<int64> in the docs)', () => {
    const id = LOCAL_SERVICE_HOLIDAYS.TH![0]!.holiday_id;
    const map = groupBuyingCoupon(sampleGroupBuyingCoupon());
    expect(map.cannot_use_date).toContain(`"holidays":[${id}]`);
  });

  it('leaves out optional keys that are not given', () => {
    const {
      rec_person_num_max,
      limit_buy_rule,
      cannot_use_date,
      appointment,
      description_rich_text,
      sold_start_time,
      sold_end_time,
      ...required
    } = sampleGroupBuyingCoupon();
    const map = groupBuyingCoupon(required);
    expect(Object.keys(map).sort()).toEqual([...REQUIRED_COUPON_KEYS].sort());
  });

  it('accepts Dates for the sale times and sends Unix milliseconds', () => {
    const map = groupBuyingCoupon(
      sampleGroupBuyingCoupon({ sold_start_time: new Date('2026-01-01T00:00:00Z'), sold_end_time: undefined }),
    );
    expect(map.sold_start_time).toBe(String(Date.UTC(2026, 0, 1)));
  });

  it('reads a map back into the typed coupon', () => {
    const coupon = parseGroupBuyingCoupon(groupBuyingCoupon(sampleGroupBuyingCoupon()));
    expect(coupon.cannot_use_date?.holidays).toEqual([LOCAL_SERVICE_HOLIDAYS.TH![0]!.holiday_id]);
    expect(coupon.shop_id).toEqual([LOCAL_SERVICE_SHOPS[0]!.shop_id, LOCAL_SERVICE_SHOPS[1]!.shop_id]);
    expect(coupon.commodity.item_list[1]?.image_list).toEqual([{ out_url: 'https://img.example.com/veg.jpg' }]);
    expect(coupon.rec_person_num).toBe(2);
  });
});

describe('groupBuyingCoupon(): local validation names the field', () => {
  it('refuses an actual amount above the original one', () => {
    const call = () => groupBuyingCoupon(sampleGroupBuyingCoupon({ origin_amount: '3000', actual_amount: '3500' }));
    expect(issuesOf(call)).toEqual(['attr_key_value_map.actual_amount']);
    expect(call).toThrow(
      'Local Service groupBuyingCoupon(): invalid parameters, nothing was sent: ' +
        'attr_key_value_map.actual_amount: must not exceed origin_amount (3000), got 3500',
    );
    expect(call).not.toThrow(/POST|\/product\/save/);
  });

  it('names the reader when a saved map is not a valid coupon', () => {
    const { use_time: _dropped, ...map } = groupBuyingCoupon(sampleGroupBuyingCoupon());
    expect(() => parseGroupBuyingCoupon(map)).toThrow(
      /^Local Service parseGroupBuyingCoupon\(\): invalid parameters, nothing was sent: attr_key_value_map\.use_time: /,
    );
  });

  it('names every missing required field at once', () => {
    const { commodity, use_time, consumption_convention, ...partial } = sampleGroupBuyingCoupon();
    const paths = issuesOf(() => groupBuyingCoupon(partial as GroupBuyingCoupon));
    expect(paths).toEqual(
      expect.arrayContaining([
        'attr_key_value_map.commodity',
        'attr_key_value_map.use_time',
        'attr_key_value_map.consumption_convention',
      ]),
    );
  });

  it.each<[string, Partial<GroupBuyingCoupon>, string]>([
    ['seconds instead of milliseconds', { sold_start_time: 1720666722 }, 'attr_key_value_map.sold_start_time'],
    ['a sale end before its start', { sold_end_time: 1620666722000 }, 'attr_key_value_map.sold_end_time'],
    ['no shop', { shop_id: [] }, 'attr_key_value_map.shop_id'],
    ['a currency that is not a code', { local_currency: 'baht' }, 'attr_key_value_map.local_currency'],
    ['a negative amount', { origin_amount: -1 }, 'attr_key_value_map.origin_amount'],
    ['a max below the recommended number', { rec_person_num: 5, rec_person_num_max: 3 }, 'attr_key_value_map.rec_person_num_max'],
    ['an empty product name', { product_name: { default_text: ' ' } }, 'attr_key_value_map.product_name.default_text'],
    [
      'a name over 1000 characters',
      { product_name: { default_text: 'x'.repeat(1001) } },
      'attr_key_value_map.product_name.default_text',
    ],
    ['an image that is not a URL', { image_list: [{ out_url: 'hotpot.jpg' }] }, 'attr_key_value_map.image_list.0.out_url'],
    [
      'a holiday id that is not numeric',
      { cannot_use_date: { enable: true, holidays: ['songkran'] } },
      'attr_key_value_map.cannot_use_date.holidays.0',
    ],
  ])('refuses %s', (_, change, path) => {
    expect(issuesOf(() => groupBuyingCoupon(sampleGroupBuyingCoupon(change)))).toContain(path);
  });

  it('refuses choosing more items than the group has, unless repeats are allowed', () => {
    const group = sampleGroupBuyingCoupon().commodity;
    expect(issuesOf(() => groupBuyingCoupon(sampleGroupBuyingCoupon({ commodity: { ...group, option_count: 3 } })))).toEqual([
      'attr_key_value_map.commodity.option_count',
    ]);
    expect(() =>
      groupBuyingCoupon(sampleGroupBuyingCoupon({ commodity: { ...group, option_count: 3, allow_repeated_item: true } })),
    ).not.toThrow();
  });
});
