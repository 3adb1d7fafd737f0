import type { CoreClient } from '../../core/client.js';
import type { EndpointParams } from '../../core/endpoint.js';
import type { CallOptions, PageOptions } from '../../core/options.js';
import { ApiResource } from '../../core/resource.js';
import type { TrenzMeta } from '../meta.js';
import { adsRoutes } from './routes.js';

export { ADS_PROPOSED, Ad, AdAccount, adsRoutes } from './routes.js';

const r = adsRoutes;

/** Ads/Accounts. */
export class TrenzAdAccounts extends ApiResource<TrenzMeta> {
  /** Ad Account List, paged. */
  list(params?: EndpointParams<typeof r.accounts.list>, options?: PageOptions) {
    return this._list(r.accounts.list, [], params, options);
  }
  updateRemark(params: EndpointParams<typeof r.accounts.updateRemark>, options?: CallOptions) {
    return this._request(r.accounts.updateRemark, [], params, options);
  }
}

/** Ads/Campaigns: ads, one ad, its insight data. */
export class TrenzAdCampaigns extends ApiResource<TrenzMeta> {
  /** Ad List, paged. */
  list(params?: EndpointParams<typeof r.campaigns.list>, options?: PageOptions) {
    return this._list(r.campaigns.list, [], params, options);
  }
  /** Ad Detail. */
  get(params: EndpointParams<typeof r.campaigns.get>, options?: CallOptions) {
    return this._request(r.campaigns.get, [], params, options);
  }
  /** Ad Insight Data. */
  insights(params: EndpointParams<typeof r.campaigns.insights>, options?: CallOptions) {
    return this._request(r.campaigns.insights, [], params, options);
  }
}

/** Ads/Landing Pages. */
export class TrenzAdLandingPages extends ApiResource<TrenzMeta> {
  /** Landing Page List, paged. */
  list(params?: EndpointParams<typeof r.landingPages.list>, options?: PageOptions) {
    return this._list(r.landingPages.list, [], params, options);
  }
  fieldDefinitions(params?: EndpointParams<typeof r.landingPages.fieldDefinitions>, options?: CallOptions) {
    return this._request(r.landingPages.fieldDefinitions, [], params, options);
  }
}

/** Ads/Leads & Reports: leads. */
export class TrenzAdLeads extends ApiResource<TrenzMeta> {
  /** Leads List, paged. */
  list(params?: EndpointParams<typeof r.leads.list>, options?: PageOptions) {
    return this._list(r.leads.list, [], params, options);
  }
}

/** Ads/Leads & Reports: the integrated report. */
export class TrenzAdReports extends ApiResource<TrenzMeta> {
  /** Ad Integrated Report. */
  integrated(params?: EndpointParams<typeof r.reports.integrated>, options?: CallOptions) {
    return this._request(r.reports.integrated, [], params, options);
  }
}

/** Ads management (Trenz docs: Ads): ad accounts, ads and insights, landing pages, leads and reports. */
export class TrenzAds extends ApiResource<TrenzMeta> {
  readonly accounts: TrenzAdAccounts;
  readonly campaigns: TrenzAdCampaigns;
  readonly landingPages: TrenzAdLandingPages;
  readonly leads: TrenzAdLeads;
  readonly reports: TrenzAdReports;

  /** @internal */
  constructor(client: CoreClient<TrenzMeta>) {
    super(client);
    this.accounts = new TrenzAdAccounts(client);
    this.campaigns = new TrenzAdCampaigns(client);
    this.landingPages = new TrenzAdLandingPages(client);
    this.leads = new TrenzAdLeads(client);
    this.reports = new TrenzAdReports(client);
  }
}
