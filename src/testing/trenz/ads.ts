/** Emulated Ads management: ad accounts, ads and insights, landing pages, leads and the integrated report. */
import type { RequestHandler } from 'msw';
import { adsRoutes } from '../../trenz/ads/routes.js';
import type { TrenzEmulatorContext } from './common.js';
import { paged, perContext, route } from './route-kit.js';

export class TrenzAdsStore {
  readonly accounts = [
    {
      advertiser_id: '7301000000000000001',
      name: 'GlowLab US',
      currency: 'USD',
      status: 'active',
      remark: null as string | null,
    },
    {
      advertiser_id: '7301000000000000002',
      name: 'GlowLab UK',
      currency: 'GBP',
      status: 'active',
      remark: 'EU team' as string | null,
    },
  ];
  readonly ads = Array.from({ length: 13 }, (_, i) => ({
    ad_id: `18000000000000${String(i + 1).padStart(2, '0')}`,
    advertiser_id: '7301000000000000001',
    ad_name: `Spring lipstick #${i + 1}`,
    status: i % 4 === 3 ? 'paused' : 'active',
    budget: 50 + i * 10,
  }));
  readonly landingPages = Array.from({ length: 4 }, (_, i) => ({
    landing_page_id: `lp${i + 1}`,
    title: `Lead form ${i + 1}`,
    url: `https://glowlab.example/lp/${i + 1}`,
  }));
  readonly leads = Array.from({ length: 12 }, (_, i) => ({
    lead_id: `ld${i + 1}`,
    landing_page_id: `lp${(i % 4) + 1}`,
    email: `buyer${i + 1}@example.com`,
    created_at: 1_774_000_000 + i * 3600,
  }));
}

export const adsStore = perContext(() => new TrenzAdsStore());

export function trenzAdsHandlers(ctx: TrenzEmulatorContext): RequestHandler[] {
  const s = adsStore(ctx);
  const r = adsRoutes;
  return [
    route(ctx, r.accounts.list, (body) => paged(ctx, s.accounts, body)),
    route(ctx, r.accounts.updateRemark, (body) => {
      const a = s.accounts.find((x) => x.advertiser_id === String(body.advertiser_id));
      if (!a) return ctx.error(400, 'INVALID_PARAM', `unknown advertiser_id ${String(body.advertiser_id)}`);
      a.remark = String(body.remark);
      return ctx.ok({ advertiser_id: a.advertiser_id, remark: a.remark });
    }),
    route(ctx, r.campaigns.list, (body) =>
      paged(
        ctx,
        s.ads.filter((a) => body.advertiser_id === undefined || a.advertiser_id === String(body.advertiser_id)),
        body,
      ),
    ),
    route(ctx, r.campaigns.get, (body) => {
      const ad = s.ads.find((a) => a.ad_id === String(body.ad_id));
      return ad
        ? ctx.ok({ ...ad, creative: { video_id: 'v7300', call_to_action: 'SHOP_NOW' } })
        : ctx.error(400, 'INVALID_PARAM', `unknown ad_id ${String(body.ad_id)}`);
    }),
    route(ctx, r.campaigns.insights, (body) =>
      ctx.ok({
        ad_id: String(body.ad_id ?? ''),
        items: Array.from({ length: 7 }, (_, i) => ({
          date: `2026-03-0${i + 1}`,
          spend: 41.2 + i,
          impressions: 12_000 + i * 800,
          clicks: 300 + i * 20,
          conversions: 12 + i,
        })),
      }),
    ),
    route(ctx, r.landingPages.list, (body) => paged(ctx, s.landingPages, body)),
    route(ctx, r.landingPages.fieldDefinitions, () =>
      ctx.ok({
        items: [
          { field: 'email', type: 'email', required: true },
          { field: 'phone', type: 'phone', required: false },
        ],
      }),
    ),
    route(ctx, r.leads.list, (body) => paged(ctx, s.leads, body)),
    route(ctx, r.reports.integrated, (body) =>
      ctx.ok({
        start_date: body.start_date ?? null,
        end_date: body.end_date ?? null,
        spend: 2_412.8,
        gmv: 9_812.4,
        roas: 4.07,
        leads: s.leads.length,
      }),
    ),
  ];
}
