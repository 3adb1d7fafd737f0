import { describe, expect, it } from 'vitest';
import type { AnyEndpoint } from '../../../src/core/endpoint.js';
import { ServerError } from '../../../src/core/errors/index.js';
import { adsRoutes } from '../../../src/trenz/ads/index.js';
import { agentRoutes } from '../../../src/trenz/agent/index.js';
import { fileRoutes } from '../../../src/trenz/files.js';
import type { Trenz } from '../../../src/trenz/index.js';
import { socialRoutes } from '../../../src/trenz/social/index.js';
import { setupSocial } from './setup.js';

type Case = [name: string, endpoint: AnyEndpoint, call: (t: Trenz) => PromiseLike<unknown>];
const s = socialRoutes;
const a = adsRoutes;
const acct = { platform_account_id: 4687 };

/** Every Social and Ads endpoint of the Trenz docs, called through its resource method. */
const cases: Case[] = [
  ['social.accounts.list', s.accounts.list, (t) => t.social.accounts.list()],
  ['social.accounts.get', s.accounts.get, (t) => t.social.accounts.get(acct)],
  ['social.accounts.disconnect', s.accounts.disconnect, (t) => t.social.accounts.disconnect({ platform_account_id: 6789 })],
  ['social.accounts.updateRemark', s.accounts.updateRemark, (t) => t.social.accounts.updateRemark({ ...acct, remark: 'main' })],
  ['social.accounts.qrLogin', s.accounts.qrLogin, (t) => t.social.accounts.qrLogin()],
  [
    'social.accounts.qrStatus',
    s.accounts.qrStatus,
    async (t) => t.social.accounts.qrStatus({ qrcode_id: (await t.social.accounts.qrLogin()).qrcode_id }),
  ],
  ['social.publishing.precheck', s.publishing.precheck, (t) => t.social.publishing.precheck({ bucket_key: 'k' })],
  ['social.publishing.precheckRecords', s.publishing.precheckRecords, (t) => t.social.publishing.precheckRecords()],
  ['social.videos.records', s.videos.records, (t) => t.social.videos.records()],
  ['social.videos.metrics', s.videos.metrics, (t) => t.social.videos.metrics({ page_size: 5 })],
  ['social.comments.create', s.comments.create, (t) => t.social.comments.create({ ...acct, video_id: 'v7300', text: 'Thanks!' })],
  ['social.comments.delete', s.comments.delete, (t) => t.social.comments.delete({ ...acct, comment_id: 'c1001' })],
  ['social.comments.like', s.comments.like, (t) => t.social.comments.like({ ...acct, comment_id: 'c1002' })],
  ['social.comments.managed', s.comments.managed, (t) => t.social.comments.managed(acct)],
  ['social.comments.managedReplies', s.comments.managedReplies, (t) => t.social.comments.managedReplies(acct)],
  ['social.comments.realtime', s.comments.realtime, (t) => t.social.comments.realtime({ ...acct, video_id: 'v7300' })],
  ['social.comments.replies', s.comments.replies, (t) => t.social.comments.replies({ ...acct, comment_id: 'c1003' })],
  ['social.comments.reply', s.comments.reply, (t) => t.social.comments.reply({ ...acct, comment_id: 'c1003', text: 'Yes!' })],
  ['social.comments.sync', s.comments.sync, (t) => t.social.comments.sync(acct)],
  [
    'social.analytics.overview',
    s.analytics.overview,
    (t) => t.social.analytics.overview({ start_date: '2026-03-01', end_date: '2026-03-07' }),
  ],
  ['social.analytics.shoppableVideos', s.analytics.shoppableVideos, (t) => t.social.analytics.shoppableVideos()],
  ['social.analytics.shoppableVideo', s.analytics.shoppableVideo, (t) => t.social.analytics.shoppableVideo({ video_id: 'sv1' })],
  ['social.analytics.topAccounts', s.analytics.topAccounts, (t) => t.social.analytics.topAccounts()],
  ['social.analytics.topProducts', s.analytics.topProducts, (t) => t.social.analytics.topProducts()],
  ['social.analytics.topVideos', s.analytics.topVideos, (t) => t.social.analytics.topVideos()],
  ['social.analytics.trend', s.analytics.trend, (t) => t.social.analytics.trend()],
  [
    'social.tools.hashtagSuggestions',
    s.tools.hashtagSuggestions,
    (t) => t.social.tools.hashtagSuggestions({ keyword: 'lip gloss' }),
  ],
  ['social.tools.recentMusic', s.tools.recentMusic, (t) => t.social.tools.recentMusic(acct)],
  ['social.tools.popularMusic', s.tools.popularMusic, (t) => t.social.tools.popularMusic({ keyword: 'summer' })],
  ['social.shop.products', s.shop.products, (t) => t.social.shop.products(acct)],
  ['social.shop.addToShowcase', s.shop.addToShowcase, (t) => t.social.shop.addToShowcase({ ...acct, product_id: '1729385710' })],
  ['ads.accounts.list', a.accounts.list, (t) => t.ads.accounts.list()],
  [
    'ads.accounts.updateRemark',
    a.accounts.updateRemark,
    (t) => t.ads.accounts.updateRemark({ advertiser_id: '7301000000000000001', remark: 'US' }),
  ],
  ['ads.campaigns.list', a.campaigns.list, (t) => t.ads.campaigns.list()],
  ['ads.campaigns.get', a.campaigns.get, (t) => t.ads.campaigns.get({ ad_id: '1800000000000001' })],
  ['ads.campaigns.insights', a.campaigns.insights, (t) => t.ads.campaigns.insights({ ad_id: '1800000000000001' })],
  ['ads.landingPages.list', a.landingPages.list, (t) => t.ads.landingPages.list()],
  [
    'ads.landingPages.fieldDefinitions',
    a.landingPages.fieldDefinitions,
    (t) => t.ads.landingPages.fieldDefinitions({ landing_page_id: 'lp1' }),
  ],
  ['ads.leads.list', a.leads.list, (t) => t.ads.leads.list()],
  ['ads.reports.integrated', a.reports.integrated, (t) => t.ads.reports.integrated({ start_date: '2026-03-01' })],
];

/** Publishing endpoints need a session or a publication first: covered in publishing.test.ts. */
const elsewhere = new Set([
  'social.publishing.cancel',
  'social.publishing.session',
  'social.publishing.cancelSession',
  'social.publishing.uploadAndPublish',
  'social.publishing.reschedule',
  'social.videos.recordDetail',
  'social.videos.validate',
]);
/** Paths the Trenz docs print (Video Publishing workflow). */
const documented = new Set([
  'files.createUploadUrl',
  'social.videos.validate',
  'social.publishing.uploadAndPublish',
  'social.publishing.session',
  'social.publishing.cancelSession',
  'social.publishing.cancel',
]);
/** Writes: never retried on an unclear failure. */
const writes = new Set([
  'social.accounts.disconnect',
  'social.accounts.updateRemark',
  'social.accounts.qrLogin',
  'social.publishing.precheck',
  'social.publishing.cancel',
  'social.publishing.cancelSession',
  'social.publishing.uploadAndPublish',
  'social.publishing.reschedule',
  'social.comments.create',
  'social.comments.delete',
  'social.comments.like',
  'social.comments.reply',
  'social.comments.sync',
  'social.shop.addToShowcase',
  'ads.accounts.updateRemark',
  'agent.chat',
]);

const allRoutes: AnyEndpoint[] = [
  ...Object.values(socialRoutes).flatMap((g) => Object.values(g) as AnyEndpoint[]),
  ...Object.values(adsRoutes).flatMap((g) => Object.values(g) as AnyEndpoint[]),
  ...(Object.values(agentRoutes) as AnyEndpoint[]),
  fileRoutes.createUploadUrl,
];

describe('route tables (social, ads, agent, files)', () => {
  it('cover the 37 Social + Reschedule, 9 Ads, 5 Agent and 1 File Upload endpoints, each method + path unique', () => {
    expect([
      Object.values(socialRoutes).flatMap((g) => Object.keys(g)).length,
      Object.values(adsRoutes).flatMap((g) => Object.keys(g)).length,
      Object.keys(agentRoutes).length,
    ]).toEqual([38, 9, 5]);
    expect(new Set(allRoutes.map((r) => r.id)).size).toBe(allRoutes.length);
    expect(new Set([...cases.map((c) => c[0]), ...elsewhere]).size).toBe(38 + 9);
  });

  it('mark every undocumented path inferred, and no documented one', () => {
    for (const r of allRoutes) expect([r.name, r.inferred === undefined]).toEqual([r.name, documented.has(r.name ?? '')]);
  });

  it('make reads retry-safe and writes not', () => {
    for (const r of allRoutes) expect([r.name, r.retrySafe]).toEqual([r.name, !writes.has(r.name ?? '')]);
  });
});

// One emulator for the table (each write below acts on its own item, and 503 faults are consumed per test).
const shared = setupSocial();

describe.each(cases)('%s', (name, endpoint, call) => {
  it('is served by the emulator and returns its typed payload with the request id', async () => {
    const { trenz, emu } = shared;
    const result = (await call(trenz)) as { requestId?: string; items?: unknown[] };
    expect(result.requestId).toMatch(/^tz-emu-/);
    expect(emu.faults.count('POST', endpoint.path)).toBeGreaterThanOrEqual(1);
  });

  it(endpoint.retrySafe ? 'retries a 503 once (a read)' : 'does not retry a 503 (a write)', async () => {
    const { trenz, emu } = shared;
    emu.faults.add({
      method: 'POST',
      path: endpoint.path,
      kind: 'status',
      status: 503,
      body: { code: 'BACKEND_UNAVAILABLE', message: 'down', request_id: 'r' },
    });
    const before = emu.faults.count('POST', endpoint.path);
    const outcome = await Promise.resolve(call(trenz)).then(
      () => 'ok',
      (e: unknown) => e,
    );
    const sent = emu.faults.count('POST', endpoint.path) - before;
    if (endpoint.retrySafe) expect([outcome, sent]).toEqual(['ok', 2]);
    else {
      expect(outcome).toBeInstanceOf(ServerError);
      expect(sent).toBe(1);
    }
    expect(name).toBe(endpoint.name);
  });
});
