import { z } from 'zod';
import { defineEndpoint } from '../../core/endpoint.js';
import { idString } from '../../core/validation.js';
import { Loose, RequestId, listOf, looseBody, pageFields, proposed, trenzPages } from '../route-kit.js';

/**
 * Why the Ads paths are believed: they keep the `/open/v1/ads/` prefix for ad-account management (Data/Ads uses
 * it for market-intelligence GETs, so method + path stay unique). No Trenz document prints them.
 */
export const ADS_PROPOSED = proposed('/open/v1/ads/{area}/{action}');

/** An ad account. inferred: its fields are not documented. */
export const AdAccount = z.looseObject({ advertiser_id: idString.optional(), remark: z.string().nullish() });
/** An ad. inferred: its fields are not documented. */
export const Ad = z.looseObject({ ad_id: idString.optional() });

// inferred request fields (not documented): the advertiser, the ad, a date range.
const advertiser = { advertiser_id: RequestId.optional() };
const range = { start_date: z.string().optional(), end_date: z.string().optional() };

export const adsBodies = {
  list: looseBody({ ...pageFields, ...advertiser }),
  remark: looseBody({ ...advertiser, remark: z.string() }),
  ad: looseBody({ ...advertiser, ad_id: RequestId.optional() }),
  insights: looseBody({ ...advertiser, ad_id: RequestId.optional(), ...range }),
  fields: looseBody({ ...advertiser, landing_page_id: RequestId.optional() }),
  report: looseBody({ ...advertiser, ...range }),
};

const common = { method: 'POST', inferred: ADS_PROPOSED } as const;
const read = { ...common, retrySafe: true } as const;

/** Route table of the Ads group (Trenz docs: Ads/Accounts ... Ads/Leads & Reports): every path proposed, all POST. */
export const adsRoutes = {
  accounts: {
    list: defineEndpoint({
      ...read,
      name: 'ads.accounts.list',
      path: '/open/v1/ads/accounts/list',
      body: adsBodies.list,
      response: listOf(AdAccount),
      paging: trenzPages,
    }),
    /** A write: not retried on an unclear failure. */
    updateRemark: defineEndpoint({
      ...common,
      name: 'ads.accounts.updateRemark',
      path: '/open/v1/ads/accounts/remark',
      body: adsBodies.remark,
      response: Loose,
    }),
  },
  campaigns: {
    list: defineEndpoint({
      ...read,
      name: 'ads.campaigns.list',
      path: '/open/v1/ads/campaigns/list',
      body: adsBodies.list,
      response: listOf(Ad),
      paging: trenzPages,
    }),
    get: defineEndpoint({
      ...read,
      name: 'ads.campaigns.get',
      path: '/open/v1/ads/campaigns/detail',
      body: adsBodies.ad,
      response: Ad,
    }),
    insights: defineEndpoint({
      ...read,
      name: 'ads.campaigns.insights',
      path: '/open/v1/ads/campaigns/insights',
      body: adsBodies.insights,
      response: Loose,
    }),
  },
  landingPages: {
    list: defineEndpoint({
      ...read,
      name: 'ads.landingPages.list',
      path: '/open/v1/ads/landing-pages/list',
      body: adsBodies.list,
      response: listOf(Loose),
      paging: trenzPages,
    }),
    fieldDefinitions: defineEndpoint({
      ...read,
      name: 'ads.landingPages.fieldDefinitions',
      path: '/open/v1/ads/landing-pages/fields',
      body: adsBodies.fields,
      response: Loose,
    }),
  },
  leads: {
    list: defineEndpoint({
      ...read,
      name: 'ads.leads.list',
      path: '/open/v1/ads/leads/list',
      body: adsBodies.list,
      response: listOf(Loose),
      paging: trenzPages,
    }),
  },
  reports: {
    integrated: defineEndpoint({
      ...read,
      name: 'ads.reports.integrated',
      path: '/open/v1/ads/reports/integrated',
      body: adsBodies.report,
      response: Loose,
    }),
  },
} as const;
