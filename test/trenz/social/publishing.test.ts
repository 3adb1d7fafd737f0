import { describe, expect, it } from 'vitest';
import { AbortError, InvalidParamsError } from '../../../src/core/errors/index.js';
import { QrLoginExpiredError, applyScheduleRules } from '../../../src/trenz/social/index.js';
import { bodies, FAST, setupSocial } from './setup.js';

const NOW = 1_774_000_000_000; // ms
const s = NOW / 1000;

describe('applyScheduleRules', () => {
  it('keeps 5 min..90 days, treats 0/omitted as now, demotes under 5 minutes with a warning', () => {
    const { times, warnings } = applyScheduleRules(
      [undefined, 0, s + 300, s + 299, s - 10, s + 90 * 86_400, new Date(NOW + 3_600_000)],
      NOW,
    );
    expect(times).toEqual([undefined, undefined, s + 300, undefined, undefined, s + 90 * 86_400, s + 3_600]);
    expect(warnings).toEqual([
      expect.stringMatching(/publications\[3\].*only 299 s ahead/),
      expect.stringMatching(/publications\[4\].*in the past/),
    ]);
  });

  it('fails locally beyond 90 days or for a fraction of a second', () => {
    expect(() => applyScheduleRules([s + 90 * 86_400 + 1], NOW)).toThrow(InvalidParamsError);
    expect(() => applyScheduleRules([s + 600.5], NOW)).toThrow(/whole Unix seconds/);
  });
});

describe('social.publishing', () => {
  async function uploaded(t: ReturnType<typeof setupSocial>['trenz']) {
    return t.files.upload(Buffer.alloc(2048, 3), { fileName: 'clip.mp4' });
  }

  it('uploadAndPublish encodes platform_config, applies the schedule rules and returns the warnings', async () => {
    const { trenz, emu } = setupSocial();
    const file = await uploaded(trenz);
    const res = await trenz.social.publishing.uploadAndPublish({
      video_title: 'v',
      bucket_name: file.bucket_name,
      bucket_key: file.bucket_key,
      publications: [
        {
          platform_account_id: 4687,
          title: 'a',
          platform_config: { privacy: 'SELF_ONLY' },
          scheduled_at: Math.floor(Date.now() / 1000) + 60,
        },
      ],
    });
    expect(res.session_token).toMatch(/-emu$/);
    expect(res.warnings).toEqual([expect.stringMatching(/published immediately/)]);
    expect(res.usage?.credits_cost).toBe(5);
    expect(bodies(emu, '/open/v1/social/publish/upload-and-publish')[0]?.publications).toEqual([
      { platform_account_id: 4687, title: 'a', platform_config: '{"privacy":"SELF_ONLY"}' },
    ]);
  });

  it('rejects a platform_config string that is not JSON, before sending', async () => {
    const { trenz, publish } = setupSocial();
    const call = trenz.social.publishing.uploadAndPublish({
      video_title: 'v',
      bucket_name: 'b',
      bucket_key: 'k',
      publications: [{ platform_account_id: 4687, title: 'a', platform_config: 'privacy=public' }],
    });
    await expect(call).rejects.toThrow(/platform_config must be a JSON object/);
    expect(publish.publishCalls).toBe(0);
  });

  it('waitForSession polls until completed; session, records and recordDetail read it', async () => {
    const { trenz, publish } = setupSocial();
    publish.stepMs = 60;
    const file = await uploaded(trenz);
    const { session_token } = await trenz.social.publishing.uploadAndPublish({
      video_title: 'v',
      ...file,
      publications: [{ platform_account_id: 4687, title: 'a' }],
    });
    const statuses: string[] = [];
    const done = await trenz.social.publishing.waitForSession(session_token, {
      ...FAST,
      onStatus: (x) => statuses.push(x.status),
    });
    expect(done.status).toBe('completed');
    expect(statuses.length).toBeGreaterThan(1);
    expect(['pending', 'processing']).toContain(statuses[0]);
    expect((await trenz.social.publishing.session({ session_token })).status).toBe('completed');
    const records = await trenz.social.videos.records({ session_token });
    expect(records.items).toEqual([expect.objectContaining({ bucket_key: file.bucket_key, status: 'published' })]);
    expect((await trenz.social.videos.recordDetail({ id: records.items[0]?.id })).session_token).toBe(session_token);
  });

  it('cancelSession, cancel and reschedule act on scheduled publications', async () => {
    const { trenz } = setupSocial();
    const file = await uploaded(trenz);
    const later = Math.floor(Date.now() / 1000) + 7_200;
    const { session_token } = await trenz.social.publishing.uploadAndPublish({
      video_title: 'v',
      ...file,
      publications: [
        { platform_account_id: 4687, title: 'a', scheduled_at: later },
        { platform_account_id: 5678, title: 'b', scheduled_at: later },
      ],
    });
    const first = (await trenz.social.publishing.session({ session_token })).publications?.[0]?.publication_id ?? '';
    expect((await trenz.social.publishing.reschedule({ publication_id: first, scheduled_at: later + 3_600 })).scheduled_at).toBe(
      later + 3_600,
    );
    expect((await trenz.social.publishing.cancel({ publication_id: first })).status).toBe('cancelled');
    await trenz.social.publishing.cancelSession({ session_token });
    const final = await trenz.social.publishing.waitForSession(session_token, FAST);
    expect([final.status, ...(final.publications ?? []).map((p) => p.status)]).toEqual(['cancelled', 'cancelled', 'cancelled']);
  });

  it('videos.validate checks an upload against the platform specs', async () => {
    const { trenz } = setupSocial();
    const file = await uploaded(trenz);
    expect(await trenz.social.videos.validate({ bucket_name: file.bucket_name, bucket_key: file.bucket_key })).toMatchObject({
      valid: true,
      issues: [],
    });
  });
});

describe('social.accounts', () => {
  it('lists bound accounts with string ids and their platform, across pages', async () => {
    const { trenz } = setupSocial();
    const ids: string[] = [];
    for await (const acc of trenz.social.accounts.list({ page_size: 2 })) ids.push(`${acc.id}:${acc.platform}`);
    expect(ids).toEqual(['4687:tiktok', '5678:youtube', '6789:instagram']);
  });

  it('waitForQrLogin polls until the account is bound', async () => {
    const { trenz, social } = setupSocial();
    social.qrStepMs = 40;
    const qr = await trenz.social.accounts.qrLogin();
    const seen: string[] = [];
    const bound = await trenz.social.accounts.waitForQrLogin(qr.qrcode_id, {
      pollInterval: 5,
      onStatus: (x) => seen.push(x.status),
    });
    expect(bound).toMatchObject({ status: 'bound', platform_account_id: expect.any(String) });
    expect(['pending', 'scanned']).toContain(seen[0]);
    expect(seen.at(-1)).toBe('bound');
    expect((await trenz.social.accounts.get({ platform_account_id: bound.platform_account_id! })).platform).toBe('tiktok');
  });

  it('waitForQrLogin throws QrLoginExpiredError when the code expires', async () => {
    const { trenz, social } = setupSocial();
    social.qrOutcome = 'expired';
    const qr = await trenz.social.accounts.qrLogin();
    await expect(trenz.social.accounts.waitForQrLogin(qr.qrcode_id, { pollInterval: 5 })).rejects.toBeInstanceOf(
      QrLoginExpiredError,
    );
  });

  it('waitForQrLogin stops on abort', async () => {
    const { trenz, social } = setupSocial();
    social.qrStepMs = 60_000;
    const qr = await trenz.social.accounts.qrLogin();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await expect(
      trenz.social.accounts.waitForQrLogin(qr.qrcode_id, { pollInterval: 5, signal: controller.signal }),
    ).rejects.toBeInstanceOf(AbortError);
  });
});
