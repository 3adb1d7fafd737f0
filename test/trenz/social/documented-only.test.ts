/**
 * The documented workflows against a server that has only the paths the Trenz docs print: publishing (presigned
 * URL, upload, Validate Video Info, Upload and Publish, Publish Session Status), async tasks (content analysis and
 * the task poll). A proposed path may be wrong; none of these flows may depend on one to succeed.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../src/core/errors/index.js';
import { createTrenzEmulator, publishStore, socialStore } from '../../../src/testing/trenz/index.js';
import { Trenz, type TrenzOptions } from '../../../src/trenz/index.js';
import { PublishOutcomeUnknownError } from '../../../src/trenz/social/index.js';
import { FAST } from './setup.js';

const PUBLISH = '/open/v1/social/publish/upload-and-publish';
const ACCOUNTS = '/open/v1/social/accounts/list';
const RECORDS = '/open/v1/social/videos/list';
let dir = '';
let clip = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'trenz-documented-'));
  clip = join(dir, 'my_video.mp4');
  await writeFile(clip, Buffer.alloc(200_000, 1));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Whether `METHOD /path` is a route whose path the Trenz docs print. */
const documented = Trenz.routes
  .filter((r) => r.provenance === 'documented')
  .map((r) => new RegExp(`^${r.method} ${r.path.replace(/\{\w+\}/g, '[^/]+')}$`));
const isDocumented = (request: string) => documented.some((re) => re.test(request));

/** A Trenz client on an emulator that serves only the documented routes (or `serveRoutes`, `routePaths`). */
function setup(
  emulator: Parameters<typeof createTrenzEmulator>[0] = { serveRoutes: 'documented' },
  client: Partial<TrenzOptions> = {},
) {
  const emu = createTrenzEmulator({ taskDurationMs: 20, ...emulator });
  publishStore(emu.ctx).stepMs = 10;
  socialStore(emu.ctx).qrStepMs = 10;
  const trenz = new Trenz({ ...emu.clientOptions, maxRetryDelay: 5, ...client });
  return { emu, trenz, publish: publishStore(emu.ctx) };
}

describe('the documented-routes-only server', () => {
  it('answers ROUTE_NOT_FOUND for a proposed route, and the error names the route and how to correct it', async () => {
    const { trenz } = setup();
    const err = (await trenz.social.accounts.list().catch((e: unknown) => e)) as NotFoundError;
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.code).toBe('ROUTE_NOT_FOUND');
    expect(err.message).toMatch(/route social\.accounts\.list, proposed/);
    expect(err.message).toContain("new Trenz({ routes: { 'social.accounts.list': { path: '/open/v1/...' } } })");
    expect(err.message).toContain('npx social-commerce-sdk probe trenz');
  });
});

describe('publishVideo on the documented paths only', () => {
  it('publishes: the account pre-check degrades to a warning, nothing else needs a proposed route', async () => {
    const { trenz, emu, publish } = setup();
    const res = await trenz.social.publishVideo(
      { file: clip, video_title: 'Launch', publications: [{ platform_account_id: 4687, title: 'Now' }] },
      FAST,
    );
    expect(res).toMatchObject({
      status: 'completed',
      ok: true,
      publications: [{ platform_account_id: '4687', status: 'published' }],
    });
    expect(res.warnings).toEqual([
      expect.stringMatching(/bound accounts could not be listed .*social\.accounts\.list.*not checked before uploading/),
    ]);
    expect(publish.publishCalls).toBe(1);
    // The pre-check was tried once (a 404 is not retried), and every other request was a documented route.
    expect(emu.faults.count('POST', ACCOUNTS)).toBe(1);
    const others = emu.faults.journal.filter((r) => r.pathname.startsWith('/open/') && r.pathname !== ACCOUNTS);
    expect(others.length).toBeGreaterThanOrEqual(4);
    expect(others.map((r) => `${r.method} ${r.pathname}`).filter((r) => !isDocumented(r))).toEqual([]);
  });

  it('still refuses an unbound account where the pre-check route exists', async () => {
    const { trenz, publish } = setup({});
    const err = await trenz.social
      .publishVideo({ file: clip, video_title: 't', publications: [{ platform_account_id: 1, title: 'x' }] }, FAST)
      .catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/1 is not a bound account/);
    expect(publish.publishCalls).toBe(0);
  });

  it('a lost publish response with no records route: the outcome is unknown, with the bucket key, and nothing is posted again', async () => {
    const { trenz, emu, publish } = setup();
    emu.faults.add({ method: 'POST', path: PUBLISH, kind: 'reset', processed: true });
    const err = (await trenz.social
      .publishVideo({ file: clip, video_title: 't', publications: [{ platform_account_id: 4687, title: 'x' }] }, FAST)
      .catch((e: unknown) => e)) as PublishOutcomeUnknownError;
    expect(err).toBeInstanceOf(PublishOutcomeUnknownError);
    expect(err.recordsSearched).toBe(false);
    expect(err.bucketKey).toMatch(/^upload\/my_video\.mp4_/);
    expect(err.message).toMatch(/outcome|no clear answer/);
    expect(err.message).toContain(`Look up bucket key '${err.bucketKey}'`);
    expect(err.message).toMatch(/not posted a second time/);
    expect(publish.publishCalls).toBe(1);
    expect(emu.faults.count('POST', PUBLISH)).toBe(1);
    // One look at the records route: a server that does not know it will not learn it by being asked again.
    expect(emu.faults.count('POST', RECORDS)).toBe(1);
  });
});

describe('async tasks on the documented paths only', () => {
  it('submits the documented content analysis and waits for it through the documented task poll', async () => {
    const { trenz, emu } = setup();
    const task = await trenz.content.analysis.videoContentAnalysis({ video_url: 'https://cdn.example.com/v.mp4' });
    const result = await task.wait(FAST);
    expect(result).toHaveProperty('scenes');
    expect(emu.faults.journal.map((r) => `${r.method} ${r.pathname}`).filter((r) => !isDocumented(r))).toEqual([]);
    expect(emu.faults.count('GET', /^\/open\/v1\/tasks\//)).toBeGreaterThanOrEqual(1);
  });
});

describe('QR login: its two routes are proposed, with no documented alternative', () => {
  it('fails at once with the route id and the correction to make, and works at the corrected path', async () => {
    const wrong = setup({ routePaths: { 'social.accounts.qrLogin': '/open/v1/social/tiktok/qr/login' } });
    const err = (await wrong.trenz.social.accounts.qrLogin().catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.message).toMatch(/route social\.accounts\.qrLogin/);

    const fixed = setup(
      { routePaths: { 'social.accounts.qrLogin': '/open/v1/social/tiktok/qr/login' } },
      { routes: { 'social.accounts.qrLogin': { path: '/open/v1/social/tiktok/qr/login' } } },
    );
    const qr = await fixed.trenz.social.accounts.qrLogin();
    await expect(
      fixed.trenz.social.accounts.waitForQrLogin(qr.qrcode_id, { pollInterval: 5, timeout: 5_000 }),
    ).resolves.toMatchObject({ status: 'bound' });
  });
});
