import type { z } from 'zod';
import type { CoreClient } from '../../core/client.js';
import type { CallOptions } from '../../core/options.js';
import type { TrenzMeta } from '../meta.js';
import { list, post } from '../post-routes.js';
import { adsBodies, adsRoutes } from './routes.js';

export { ADS_PROPOSED, Ad, AdAccount, adsRoutes } from './routes.js';

type Body<K extends keyof typeof adsBodies> = z.input<(typeof adsBodies)[K]>;

/** Ads/Accounts (T:63). */
export class TrenzAdAccounts {
  constructor(private readonly core: CoreClient<TrenzMeta>) {}
  /** Ad Account List, paged. */
  list(body: Body<'list'> = {}, options?: CallOptions) {
    return list(this.core, adsRoutes.accounts.list, body, options);
  }
  updateRemark(body: Body<'remark'>, options?: CallOptions) {
    return post(this.core, adsRoutes.accounts.updateRemark, body, options);
  }
}

/** Ads/Campaigns (T:65): ads, one ad, its insight data. */
export class TrenzAdCampaigns {
  constructor(private readonly core: CoreClient<TrenzMeta>) {}
  /** Ad List, paged. */
  list(body: Body<'list'> = {}, options?: CallOptions) {
    return list(this.core, adsRoutes.campaigns.list, body, options);
  }
  /** Ad Detail. */
  retrieve(body: Body<'ad'>, options?: CallOptions) {
    return post(this.core, adsRoutes.campaigns.retrieve, body, options);
  }
  /** Ad Insight Data. */
  insights(body: Body<'insights'>, options?: CallOptions) {
    return post(this.core, adsRoutes.campaigns.insights, body, options);
  }
}

/** Ads/Landing Pages (T:67). */
export class TrenzAdLandingPages {
  constructor(private readonly core: CoreClient<TrenzMeta>) {}
  /** Landing Page List, paged. */
  list(body: Body<'list'> = {}, options?: CallOptions) {
    return list(this.core, adsRoutes.landingPages.list, body, options);
  }
  fieldDefinitions(body: Body<'fields'> = {}, options?: CallOptions) {
    return post(this.core, adsRoutes.landingPages.fieldDefinitions, body, options);
  }
}

/** Ads/Leads & Reports (T:69): leads. */
export class TrenzAdLeads {
  constructor(private readonly core: CoreClient<TrenzMeta>) {}
  /** Leads List, paged. */
  list(body: Body<'list'> = {}, options?: CallOptions) {
    return list(this.core, adsRoutes.leads.list, body, options);
  }
}

/** Ads/Leads & Reports (T:69): the integrated report. */
export class TrenzAdReports {
  constructor(private readonly core: CoreClient<TrenzMeta>) {}
  /** Ad Integrated Report. */
  integrated(body: Body<'report'> = {}, options?: CallOptions) {
    return post(this.core, adsRoutes.reports.integrated, body, options);
  }
}

/** Ads management (seed "Ads", T:61-69): ad accounts, ads and insights, landing pages, leads and reports. */
export class TrenzAds {
  readonly accounts: TrenzAdAccounts;
  readonly campaigns: TrenzAdCampaigns;
  readonly landingPages: TrenzAdLandingPages;
  readonly leads: TrenzAdLeads;
  readonly reports: TrenzAdReports;

  constructor(core: CoreClient<TrenzMeta>) {
    this.accounts = new TrenzAdAccounts(core);
    this.campaigns = new TrenzAdCampaigns(core);
    this.landingPages = new TrenzAdLandingPages(core);
    this.leads = new TrenzAdLeads(core);
    this.reports = new TrenzAdReports(core);
  }
}
