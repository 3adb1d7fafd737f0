/** `Trenz.routes` and the `routes` option: every route listed with its provenance, and any route correctable by id. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, NotFoundError } from '../../src/core/errors/index.js';
import { createTrenzEmulator, publishStore } from '../../src/testing/trenz/index.js';
import { Trenz, type TrenzOptions } from '../../src/trenz/index.js';

const MOVED = '/open/v1/social/account/list';
let dir = '';
let clip = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'trenz-routes-'));
  clip = join(dir, 'clip.mp4');
  await writeFile(clip, Buffer.alloc(50_000, 1));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A server whose Social Account List lives at another path than the one the SDK proposes. */
function setup(client: Partial<TrenzOptions> = {}) {
  const emu = createTrenzEmulator({ taskDurationMs: 20, routePaths: { 'social.accounts.list': MOVED } });
  publishStore(emu.ctx).stepMs = 10;
  return { emu, trenz: new Trenz({ ...emu.clientOptions, maxRetryDelay: 5, ...client }) };
}

describe('Trenz.routes', () => {
  it('lists the 101 routes with method, path and provenance: 8 documented, 5 from external evidence, 88 proposed', () => {
    const routes = Trenz.routes;
    expect(routes).toHaveLength(101);
    expect(new Set(routes.map((r) => r.id)).size).toBe(101);
    const count = (p: string) => routes.filter((r) => r.provenance === p).length;
    expect([count('documented'), count('external evidence'), count('proposed')]).toEqual([8, 5, 88]);
    expect(routes.find((r) => r.id === 'social.accounts.list')).toEqual({
      id: 'social.accounts.list',
      method: 'POST',
      path: '/open/v1/social/accounts/list',
      provenance: 'proposed',
      note: expect.stringMatching(/^proposed: /),
    });
    expect(routes.filter((r) => r.provenance === 'documented').map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /open/v1/ai/videos/content-analysis',
      'POST /open/v1/social/upload/presigned-url',
      'POST /open/v1/social/publish/cancel',
      'POST /open/v1/social/publish/session/cancel',
      'POST /open/v1/social/publish/session',
      'POST /open/v1/social/publish/upload-and-publish',
      'POST /open/v1/social/videos/check-info',
      'GET /open/v1/tasks/{task_id}',
    ]);
    expect(Object.isFrozen(routes)).toBe(true);
  });
});

describe('the routes option', () => {
  it('a wrong proposed path fails with the route id; the corrected one works, without a release', async () => {
    const wrong = setup();
    await expect(wrong.trenz.social.accounts.list()).rejects.toThrow(/route social\.accounts\.list, proposed/);
    const { trenz, emu } = setup({ routes: { 'social.accounts.list': { path: MOVED } } });
    const page = await trenz.social.accounts.list();
    expect(page.items.map((a) => a.id)).toContain('4687');
    expect(emu.faults.count('POST', MOVED)).toBe(1);
    expect(emu.faults.count('POST', '/open/v1/social/accounts/list')).toBe(0);
  });

  it('is used by every call of the route, multi-step workflows included (publishVideo checks the accounts there)', async () => {
    const { trenz, emu } = setup({ routes: { 'social.accounts.list': { path: MOVED } } });
    const res = await trenz.social.publishVideo(
      { file: clip, video_title: 't', publications: [{ platform_account_id: 4687, title: 'x' }] },
      { pollInterval: 5, timeout: 5_000 },
    );
    expect(res.warnings).toEqual([]);
    expect(emu.faults.count('POST', MOVED)).toBe(1);
    const unbound = await trenz.social
      .publishVideo({ file: clip, video_title: 't', publications: [{ platform_account_id: 1, title: 'x' }] })
      .catch((e: unknown) => e);
    expect((unbound as Error).message).toMatch(/1 is not a bound account/);
  });

  it('corrects a documented route too (the publish call of publishVideo goes through the core)', async () => {
    const emu = createTrenzEmulator({
      taskDurationMs: 20,
      routePaths: { 'social.publishing.uploadAndPublish': '/open/v2/social/publish' },
    });
    publishStore(emu.ctx).stepMs = 10;
    const trenz = new Trenz({
      ...emu.clientOptions,
      routes: { 'social.publishing.uploadAndPublish': { path: '/open/v2/social/publish' } },
    });
    const res = await trenz.social.publishVideo(
      { file: clip, video_title: 't', publications: [{ platform_account_id: 4687, title: 'x' }] },
      { pollInterval: 5, timeout: 5_000 },
    );
    expect(res.status).toBe('completed');
    expect(emu.faults.count('POST', '/open/v2/social/publish')).toBe(1);
  });

  it('refuses an unknown route id at construction, with the close matches', () => {
    const make = () => new Trenz({ apiKey: 'k', routes: { 'social.account.list': { path: MOVED } } });
    expect(make).toThrow(ConfigurationError);
    expect(make).toThrow(/unknown route id "social\.account\.list".*Did you mean "social\.accounts\.list"/);
  });

  it('a documented path that the server does not know says so, and points at baseURL', async () => {
    const emu = createTrenzEmulator({ serveRoutes: (id) => id !== 'tasks.get' });
    const err = (await new Trenz(emu.clientOptions).tasks.get('t1').catch((e: unknown) => e)) as NotFoundError;
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.message).toMatch(/The Trenz docs print this path \(route tasks\.get\): check baseURL/);
  });
});
