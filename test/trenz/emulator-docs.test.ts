/**
 * The Trenz emulator follows the Trenz docs where the SDK and the emulator, written side by side, could agree on
 * something else. Every request here is raw (not through the SDK), so the SDK's own local checks cannot hide a gap.
 */
import { describe, expect, it } from 'vitest';
import { createTrenzEmulator, publishStore, uploadStore } from '../../src/testing/trenz/index.js';

const ORIGIN = 'https://openapi.gateway.trenz.ai';

function setup() {
  const emu = createTrenzEmulator({ taskDurationMs: 10 });
  publishStore(emu.ctx).stepMs = 5;
  const send = async (
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    headers: Record<string, string> = { 'x-api-key': emu.apiKey },
  ) => {
    const res = await emu.dispatcher.request({
      origin: ORIGIN,
      path,
      method,
      headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.statusCode, body: (await res.body.json()) as { code?: string; message?: string; data?: any } };
  };
  return { emu, send };
}

const now = () => Math.floor(Date.now() / 1000);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Uploads an object the raw way and publishes it with these publications; returns the session view once settled. */
async function publishRaw(t: ReturnType<typeof setup>, publications: Record<string, unknown>[]) {
  const slot = await t.send('POST', '/open/v1/social/upload/presigned-url', { file_name: 'clip.mp4' });
  const key = slot.body.data.object_key as string;
  Object.assign(uploadStore(t.emu.ctx).objects.get(key)!, { bytes: 10, contentType: 'video/mp4' });
  const res = await t.send('POST', '/open/v1/social/publish/upload-and-publish', {
    video_title: 'v',
    bucket_name: slot.body.data.s3_bucket,
    bucket_key: key,
    publications,
  });
  if (res.status !== 200) return res;
  await sleep(30);
  return t.send('POST', '/open/v1/social/publish/session', { session_token: res.body.data.session_token });
}

describe('Trenz emulator: scheduled publishing follows the docs (5 minutes to 90 days; sooner = published at once)', () => {
  it.each([
    ['in the past', -3_600, 'published', null],
    ['2 minutes ahead', 120, 'published', null],
    ['0 (omitted)', 0, 'published', null],
    ['10 minutes ahead', 600, 'scheduled', 'kept'],
    ['89 days ahead', 89 * 86_400, 'scheduled', 'kept'],
  ] as const)('a raw scheduled_at %s (%i s) is %s', async (_what, ahead, status, kept) => {
    const t = setup();
    const at = ahead === 0 ? 0 : now() + ahead;
    const view = await publishRaw(t, [{ platform_account_id: 4687, title: 't', scheduled_at: at }]);
    expect(view.status).toBe(200);
    expect(view.body.data.publications[0]).toMatchObject({ status, scheduled_at: kept ? at : null });
  });

  it('refuses more than 90 days ahead', async () => {
    const view = await publishRaw(setup(), [{ platform_account_id: 4687, title: 't', scheduled_at: now() + 91 * 86_400 }]);
    expect(view).toMatchObject({ status: 400, body: { code: 'INVALID_PARAM' } });
  });

  it('rescheduling keeps the same window: under 5 minutes publishes at once, beyond 90 days is refused', async () => {
    const t = setup();
    const view = await publishRaw(t, [
      { platform_account_id: 4687, title: 'a', scheduled_at: now() + 3_600 },
      { platform_account_id: 5678, title: 'b', scheduled_at: now() + 3_600 },
    ]);
    const [a, b] = view.body.data.publications as { publication_id: number }[];
    const session = view.body.data.session_token as string;
    expect(
      await t.send('POST', '/open/v1/social/publish/reschedule', {
        publication_id: a!.publication_id,
        scheduled_at: now() + 91 * 86_400,
      }),
    ).toMatchObject({ status: 400, body: { code: 'INVALID_PARAM' } });
    expect(
      await t.send('POST', '/open/v1/social/publish/reschedule', { publication_id: a!.publication_id, scheduled_at: now() + 60 }),
    ).toMatchObject({ status: 200, body: { data: { scheduled_at: 0 } } });
    const later = now() + 7_200;
    expect(
      await t.send('POST', '/open/v1/social/publish/reschedule', { publication_id: b!.publication_id, scheduled_at: later }),
    ).toMatchObject({ status: 200, body: { data: { scheduled_at: later } } });
    const after = await t.send('POST', '/open/v1/social/publish/session', { session_token: session });
    expect(after.body.data.publications.map((p: { status: string }) => p.status)).toEqual(['published', 'scheduled']);
    // A publication that is no longer scheduled has nothing to reschedule.
    expect(
      await t.send('POST', '/open/v1/social/publish/reschedule', { publication_id: a!.publication_id, scheduled_at: later }),
    ).toMatchObject({ status: 400, body: { code: 'INVALID_PARAM' } });
  });
});

describe('Trenz emulator: authentication as the docs give it', () => {
  it('takes X-API-Key or Authorization: Bearer, and refuses a bare Authorization: <key>', async () => {
    const t = setup();
    expect((await t.send('GET', '/open/v1/account', undefined, { 'x-api-key': t.emu.apiKey })).status).toBe(200);
    expect((await t.send('GET', '/open/v1/account', undefined, { authorization: `Bearer ${t.emu.apiKey}` })).status).toBe(200);
    expect(await t.send('GET', '/open/v1/account', undefined, { authorization: t.emu.apiKey })).toMatchObject({
      status: 401,
      body: { code: 'AUTH_MISSING_KEY' },
    });
  });
});

describe('Trenz emulator: error codes and parameter rules as the docs give them', () => {
  it('an unknown agent session or report is an invalid parameter, not ROUTE_NOT_FOUND (which means the endpoint)', async () => {
    const t = setup();
    for (const path of [
      '/open/v1/agent/sessions/nope/messages',
      '/open/v1/agent/sessions/nope/reports',
      '/open/v1/agent/reports/nope',
    ]) {
      expect(await t.send('GET', path)).toMatchObject({ status: 400, body: { code: 'INVALID_PARAM' } });
    }
  });

  it('enforces public *_url inputs on AI Image and AI Video', async () => {
    const t = setup();
    for (const url of [
      'http://localhost:8080/a.png',
      'http://192.168.1.4/a.png',
      'http://10.0.0.2/a.png',
      'file:///tmp/a.png',
      'not a url',
      'http://intranet/a.png',
    ]) {
      const res = await t.send('POST', '/open/v1/ai/images/nanobanana', { prompt: 'x', image_url: url });
      expect([url, res.status, res.body.code]).toEqual([url, 400, 'INVALID_PARAM']);
    }
    expect(
      await t.send('POST', '/open/v1/ai/videos/veo3', {
        prompt: 'x',
        reference_image_urls: ['https://cdn.example.com/a.png', 'http://127.0.0.1/b.png'],
      }),
    ).toMatchObject({ status: 400 });
    expect(
      (await t.send('POST', '/open/v1/ai/images/nanobanana', { prompt: 'x', image_url: 'https://cdn.example.com/a.png' })).status,
    ).toBe(200);
    // Only AI Image and AI Video state the rule: content analysis takes any video_url.
    expect((await t.send('POST', '/open/v1/ai/videos/content-analysis', { video_url: 'http://localhost/v.mp4' })).status).toBe(
      200,
    );
  });

  it.each([
    ['/open/v1/sellers/search?seller_type=0', 400],
    ['/open/v1/sellers/search?seller_type=5', 400],
    ['/open/v1/sellers/search?seller_type=x', 400],
    ['/open/v1/sellers/search?seller_type=4', 200],
    ['/open/v1/ads/search?ad_type=8', 400],
    ['/open/v1/ads/search?ad_type=0', 400],
    ['/open/v1/ads/search?ad_type=7', 200],
  ])('%s answers %i (seller_type 1-4, ad_type 1-7)', async (path, status) => {
    const res = await setup().send('GET', path);
    expect(res.status).toBe(status);
    if (status === 400) expect(res.body.code).toBe('INVALID_PARAM');
  });
});
