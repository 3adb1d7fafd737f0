import { describe, expect, it } from 'vitest';
import { setupSocial } from '../social/setup.js';

describe('trenz.ads', () => {
  it('pages through every ad with page/page_size in the JSON body', async () => {
    const { trenz, emu } = setupSocial();
    const ids: string[] = [];
    for await (const ad of trenz.ads.campaigns.list({ page_size: 5 })) ids.push(String(ad.ad_id));
    expect(ids).toHaveLength(13);
    expect(new Set(ids).size).toBe(13);
    expect(
      emu.faults.requests('POST', '/open/v1/ads/campaigns/list').map((r) => (JSON.parse(r.body) as { page?: number }).page),
    ).toEqual([undefined, 2, 3]);
  });

  it('keeps 19-digit advertiser ids as strings and updates a remark', async () => {
    const { trenz, ads } = setupSocial();
    const first = await trenz.ads.accounts.list();
    expect(first.items.map((a) => a.advertiser_id)).toEqual(['7301000000000000001', '7301000000000000002']);
    await trenz.ads.accounts.updateRemark({ advertiser_id: '7301000000000000001', remark: 'North America' });
    expect(ads.accounts[0]?.remark).toBe('North America');
  });

  it('reads an ad, its insights and the integrated report', async () => {
    const { trenz } = setupSocial();
    const ad = await trenz.ads.campaigns.get({ ad_id: '1800000000000001' });
    const insights = await trenz.ads.campaigns.insights({
      ad_id: '1800000000000001',
      start_date: '2026-03-01',
      end_date: '2026-03-07',
    });
    const report = await trenz.ads.reports.integrated({ start_date: '2026-03-01', end_date: '2026-03-07' });
    expect([ad.ad_id, (insights.items as unknown[]).length, report.roas]).toEqual(['1800000000000001', 7, 4.07]);
  });
});
