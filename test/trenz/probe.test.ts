/** The Trenz route probe, as a function: against the emulator, and against servers that have only some routes. */
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors/index.js';
import {
  agentStore,
  createTrenzEmulator,
  publishStore,
  socialStore,
  type CreateTrenzEmulatorOptions,
} from '../../src/testing/trenz/index.js';
import { Trenz, formatProbeTable, probeTrenzRoutes, type ProbeTrenzOptions } from '../../src/trenz/index.js';

const unverified = Trenz.routes.filter((r) => r.provenance !== 'documented');

function setup(emulator: CreateTrenzEmulatorOptions = {}) {
  const emu = createTrenzEmulator({ taskDurationMs: 10, ...emulator });
  const probe = (options: Partial<ProbeTrenzOptions> = {}) =>
    probeTrenzRoutes({ apiKey: emu.apiKey, dispatcher: emu.dispatcher, ...options });
  return { emu, probe };
}

describe('probeTrenzRoutes against the emulator', () => {
  it('finds every route it sends, skips the writes that an empty body could make succeed, and changes nothing', async () => {
    const { emu, probe } = setup();
    const accounts = structuredClone(socialStore(emu.ctx).accounts);
    const report = await probe();
    expect(report.results.map((r) => r.id).sort()).toEqual(unverified.map((r) => r.id).sort());
    expect(report.counts['not found']).toBe(0);
    expect(report.counts.inconclusive).toBe(0);
    expect(report.counts.found).toBeGreaterThan(30);
    const verdict = (id: string) => report.results.find((r) => r.id === id);
    // Writes that an empty body could make succeed: listed, never sent.
    for (const id of [
      'social.accounts.qrLogin',
      'social.comments.sync',
      'social.publishing.precheck',
      'video.veo3',
      'image.gptImage2',
    ]) {
      expect(verdict(id)).toMatchObject({ verdict: 'skipped', answer: expect.stringMatching(/^a write that could succeed/) });
    }
    // Reads that could answer with data: skipped by default.
    expect(verdict('sellers.search')).toMatchObject({ verdict: 'skipped', answer: expect.stringMatching(/includeOpenReads/) });
    // Found, by the parameter error the emulator answers.
    expect(verdict('products.search')).toMatchObject({ verdict: 'found', answer: '400 MISSING_PARAM' });
    expect(verdict('products.get')).toMatchObject({ verdict: 'found', answer: '400 INVALID_PARAM' });
    expect(verdict('social.accounts.disconnect')).toMatchObject({ verdict: 'found', answer: '400 INVALID_PARAM' });
    expect(verdict('social.publishing.reschedule')).toMatchObject({ verdict: 'found', answer: '400 MISSING_PARAM' });
    // Nothing that could act was sent: every POST had the empty body, every GET no query, and nothing was billed.
    const sent = emu.faults.journal.filter((r) => r.pathname.startsWith('/open/'));
    expect(sent.every((r) => (r.method === 'POST' ? r.body === '{}' : r.search === ''))).toBe(true);
    expect(sent.some((r) => r.pathname.includes('/qrcode/login') || r.pathname.includes('/ai/'))).toBe(false);
    expect(emu.ctx.ledger.charged).toBe(0);
    expect(socialStore(emu.ctx).accounts).toEqual(accounts);
    expect([publishStore(emu.ctx).publishCalls, socialStore(emu.ctx).qr.size, agentStore(emu.ctx).chatCalls]).toEqual([0, 0, 0]);
  });

  it('with includeOpenReads, also sends the reads that need no parameter, and reports what they cost', async () => {
    const { probe } = setup();
    const report = await probe({ includeOpenReads: true });
    expect(report.results.find((r) => r.id === 'sellers.search')).toMatchObject({
      verdict: 'found',
      answer: '200 with data (usage: 1 credits)',
    });
    expect(report.results.find((r) => r.id === 'account.get')).toMatchObject({ verdict: 'found', answer: '200 with data' });
    expect(report.results.filter((r) => r.verdict === 'skipped').every((r) => /^a write/.test(r.answer))).toBe(true);
    expect(report.counts['not found']).toBe(0);
  });

  it('prints a table of route id, path, result and answer', async () => {
    const { probe } = setup();
    const table = formatProbeTable(await probe({ only: ['products.search', 'social.accounts.qrLogin'] }));
    expect(table).toMatch(/^Trenz route probe of https:\/\/openapi\.gateway\.trenz\.ai\n/);
    expect(table).toMatch(/route id +path +result +answer/);
    expect(table).toMatch(/products\.search +GET \/open\/v1\/products\/search +found +400 MISSING_PARAM/);
    expect(table).toMatch(/social\.accounts\.qrLogin +POST \/open\/v1\/social\/tiktok\/qrcode\/login +skipped +a write/);
    expect(table).toMatch(/found 1, not found 0, inconclusive 0, skipped 1$/);
  });
});

describe('probeTrenzRoutes against a server that has only some routes', () => {
  it('reports the routes the server does not know as not found, and what to do', async () => {
    const { probe } = setup({ serveRoutes: (id) => !id.startsWith('social.comments.') && id !== 'products.get' });
    const report = await probe({ includeOpenReads: true });
    const missing = report.results.filter((r) => r.verdict === 'not found').map((r) => r.id);
    expect(missing.sort()).toEqual(
      [
        'products.get',
        ...unverified
          .map((r) => r.id)
          .filter(
            (id) =>
              id.startsWith('social.comments.') &&
              ![
                'social.comments.create',
                'social.comments.sync',
                'social.comments.delete',
                'social.comments.like',
                'social.comments.reply',
              ].includes(id),
          ),
      ].sort(),
    );
    expect(report.results.find((r) => r.id === 'products.get')?.answer).toBe('404 ROUTE_NOT_FOUND');
    const table = formatProbeTable(report);
    expect(table).toContain("new Trenz({ routes: { '<route id>': { path: '/open/v1/...' } } })");
    expect(table).toMatch(/report it/);
  });

  it('probes a corrected path: not found where the SDK proposes it, found where the correction points', async () => {
    const moved = { 'social.accounts.get': '/open/v1/social/account/detail' };
    const { probe } = setup({ routePaths: moved });
    const before = await probe({ only: ['social.accounts.get'] });
    expect(before.results[0]).toMatchObject({ verdict: 'not found', path: '/open/v1/social/accounts/detail' });
    const after = await probe({
      only: ['social.accounts.get'],
      routes: { 'social.accounts.get': { path: moved['social.accounts.get'] } },
    });
    expect(after.results[0]).toMatchObject({ verdict: 'found', path: '/open/v1/social/account/detail', provenance: 'proposed' });
  });

  it('a server error or a missing scope is inconclusive, not a verdict on the path', async () => {
    const { emu, probe } = setup();
    emu.faults.add({
      path: '/open/v1/products/search',
      kind: 'status',
      status: 503,
      times: Infinity,
      body: { code: 'BACKEND_UNAVAILABLE', message: 'down' },
    });
    emu.faults.add({
      path: '/open/v1/social/accounts/detail',
      kind: 'status',
      status: 403,
      body: { code: 'FORBIDDEN_SCOPE', message: 'no' },
    });
    const report = await probe({ only: ['products.search', 'social.accounts.get'] });
    expect(report.results.map((r) => [r.id, r.verdict, r.answer])).toEqual([
      ['products.search', 'inconclusive', '503 BACKEND_UNAVAILABLE'],
      ['social.accounts.get', 'inconclusive', '403 FORBIDDEN_SCOPE'],
    ]);
    expect(emu.faults.count('GET', '/open/v1/products/search')).toBe(2); // a read: retried once
  });
});

describe('probeTrenzRoutes refuses to run blind', () => {
  it('needs an explicit key: none is read from TRENZ_API_KEY', async () => {
    const { emu } = setup();
    process.env.TRENZ_API_KEY = emu.apiKey;
    try {
      await expect(probeTrenzRoutes({ dispatcher: emu.dispatcher } as unknown as ProbeTrenzOptions)).rejects.toThrow(
        /explicit apiKey/,
      );
      await expect(probeTrenzRoutes({ apiKey: ' ', dispatcher: emu.dispatcher })).rejects.toBeInstanceOf(ConfigurationError);
    } finally {
      delete process.env.TRENZ_API_KEY;
    }
    expect(emu.faults.journal).toHaveLength(0);
  });

  it('stops after the control request when the key is refused', async () => {
    const { emu } = setup();
    await expect(probeTrenzRoutes({ apiKey: 'tz_wrong_key', dispatcher: emu.dispatcher })).rejects.toThrow(
      /API key was refused \(401 AUTH_INVALID_KEY\); nothing else was sent/,
    );
    expect(emu.faults.journal.map((r) => r.pathname)).toEqual(['/open/v1/social/publish/session']);
  });

  it('stops after the control request when the host does not know a documented route (a wrong base URL)', async () => {
    const { emu, probe } = setup({ serveRoutes: () => false });
    await expect(probe()).rejects.toThrow(
      /does not know the documented route POST \/open\/v1\/social\/publish\/session .*check the base URL/,
    );
    expect(emu.faults.journal).toHaveLength(1);
  });

  it('refuses an unknown route id', async () => {
    const { probe } = setup();
    await expect(probe({ only: ['products.serch'] })).rejects.toThrow(/unknown route id "products\.serch"/);
  });
});
