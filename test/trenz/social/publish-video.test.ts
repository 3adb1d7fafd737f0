import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbortError, InvalidParamsError } from '../../../src/core/errors/index.js';
import { PublishOutcomeUnknownError, VideoValidationError, type PublishProgress } from '../../../src/trenz/social/index.js';
import { bodies, FAST, setupSocial } from './setup.js';

const PUBLISH = '/open/v1/social/publish/upload-and-publish';
let dir = '';
let clip = '';
let image = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'trenz-publish-'));
  clip = join(dir, 'my_video.mp4');
  image = join(dir, 'cover.png');
  await writeFile(clip, Buffer.alloc(300_000, 1));
  await writeFile(image, Buffer.alloc(1_000, 2));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const inADay = () => Math.floor(Date.now() / 1000) + 86_400;

describe('social.publishVideo: the publishing workflow of the Trenz docs', () => {
  it('publishes to two accounts, one scheduled, with progress per stage and a result per publication', async () => {
    const { trenz, emu, publish } = setupSocial();
    const stages: PublishProgress[] = [];
    const tomorrow = inADay();
    const res = await trenz.social.publishVideo(
      {
        file: clip,
        video_title: 'My Video',
        video_description: 'Check this out!',
        publications: [
          { platform_account_id: 4687, title: 'Publish now', platform_config: { privacy: 'PUBLIC_TO_EVERYONE' } },
          {
            platform_account_id: '5678',
            title: 'Publish tomorrow',
            scheduled_at: tomorrow,
            platform_config: '{"share_to_feed":true}',
          },
        ],
      },
      { ...FAST, onProgress: (p) => stages.push(p) },
    );
    expect(res.status).toBe('completed');
    expect(res.ok).toBe(true);
    expect(res.publications).toEqual([
      expect.objectContaining({ platform_account_id: '4687', title: 'Publish now', status: 'published' }),
      expect.objectContaining({ platform_account_id: '5678', status: 'scheduled', scheduled_at: tomorrow }),
    ]);
    expect(res.warnings).toEqual([]);
    expect(res.validation?.valid).toBe(true);
    // stages in order, uploading with bytes, polling until settled
    const order = stages.map((s) => s.stage).filter((s, i, all) => s !== all[i - 1]);
    expect(order).toEqual(['checking', 'uploading', 'validating', 'publishing', 'polling', 'done']);
    expect(stages.find((s) => s.stage === 'uploading')).toMatchObject({ total: 300_000 });
    // the wire: once, platform_config as a JSON string, scheduled_at in seconds, names renamed (bucket_name/bucket_key)
    expect(publish.publishCalls).toBe(1);
    const [sent] = bodies(emu, PUBLISH);
    expect(sent).toMatchObject({
      video_title: 'My Video',
      bucket_name: res.file.s3_bucket,
      bucket_key: res.file.object_key,
      publications: [
        { platform_account_id: 4687, platform_config: '{"privacy":"PUBLIC_TO_EVERYONE"}' },
        { platform_account_id: 5678, scheduled_at: tomorrow, platform_config: '{"share_to_feed":true}' },
      ],
    });
    expect((sent?.publications as object[])[0]).not.toHaveProperty('scheduled_at');
  });

  it('demotes a schedule under 5 minutes to immediate and says so in a warning', async () => {
    const { trenz, emu } = setupSocial();
    const soon = Math.floor(Date.now() / 1000) + 120;
    const res = await trenz.social.publishVideo(
      { file: clip, video_title: 't', publications: [{ platform_account_id: 4687, title: 'soon', scheduled_at: soon }] },
      FAST,
    );
    expect(res.warnings).toEqual([expect.stringMatching(/publications\[0\]\.scheduled_at .* published immediately/)]);
    expect(res.publications[0]?.status).toBe('published');
    expect((bodies(emu, PUBLISH)[0]?.publications as object[])[0]).not.toHaveProperty('scheduled_at');
  });

  it('fails locally, before uploading, for a schedule beyond 90 days (and hints at milliseconds)', async () => {
    const { trenz, uploads, publish } = setupSocial();
    const err = await trenz.social
      .publishVideo(
        {
          file: clip,
          video_title: 't',
          publications: [{ platform_account_id: 4687, title: 'x', scheduled_at: Date.now() + 3_600_000 }],
        },
        FAST,
      )
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidParamsError);
    expect((err as Error).message).toMatch(/90 days.*milliseconds/);
    expect([uploads.presignedCalls, uploads.putCalls, publish.publishCalls]).toEqual([0, 0, 0]);
  });

  it('checks the platform size limit of each target account before uploading (Instagram Reels 1 GB)', async () => {
    const { trenz, uploads } = setupSocial();
    // eslint-disable-next-line require-yield -- a source that fails on its first read
    async function* never(): AsyncGenerator<Uint8Array> {
      throw new Error('must not be read');
    }
    const err = await trenz.social
      .publishVideo(
        {
          file: never(),
          fileName: 'big.mp4',
          size: 2 * 1024 ** 3,
          video_title: 't',
          publications: [
            { platform_account_id: 4687, title: 'tt' },
            { platform_account_id: 6789, title: 'ig' },
          ],
        },
        FAST,
      )
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidParamsError);
    expect((err as InvalidParamsError).issues).toEqual([
      { path: ['publications', 1, 'platform_account_id'], message: expect.stringMatching(/instagram limit of 1 GB/) },
    ]);
    expect(uploads.presignedCalls).toBe(0);
  });

  it('refuses an account that is not bound', async () => {
    const { trenz } = setupSocial();
    await expect(
      trenz.social.publishVideo(
        { file: clip, video_title: 't', publications: [{ platform_account_id: 1234, title: 'x' }] },
        FAST,
      ),
    ).rejects.toThrow(/1234 is not a bound account/);
  });

  it('returns a failed publication in its result without throwing, the other one published', async () => {
    const { trenz, publish } = setupSocial();
    publish.failPublication(5678, 'duration exceeds the limit');
    const res = await trenz.social.publishVideo(
      {
        file: clip,
        video_title: 't',
        publications: [
          { platform_account_id: 4687, title: 'a' },
          { platform_account_id: 5678, title: 'b' },
        ],
      },
      FAST,
    );
    expect(res.ok).toBe(false);
    expect(res.status).toBe('failed');
    expect(res.publications.map((p) => [p.status, p.error_message])).toEqual([
      ['published', undefined],
      ['failed', 'duration exceeds the limit'],
    ]);
  });

  it('stops before publishing when Validate Video Info rejects the file', async () => {
    const { trenz, publish } = setupSocial();
    const err = await trenz.social
      .publishVideo({ file: image, video_title: 't', publications: [{ platform_account_id: 4687, title: 'x' }] }, FAST)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VideoValidationError);
    expect(publish.publishCalls).toBe(0);
  });
});

describe('social.publishVideo never posts twice', () => {
  it('a connection reset after the server processed the publish is resolved by reading the records, not by posting again', async () => {
    const { trenz, emu, publish } = setupSocial();
    emu.faults.add({ method: 'POST', path: PUBLISH, kind: 'reset', processed: true });
    const res = await trenz.social.publishVideo(
      { file: clip, video_title: 't', publications: [{ platform_account_id: 4687, title: 'x' }] },
      FAST,
    );
    expect(res.status).toBe('completed');
    expect(res.warnings).toEqual([
      expect.stringMatching(/no clear answer \(ConnectionError\).*found by reading, and was not posted again/),
    ]);
    expect(publish.publishCalls).toBe(1);
    expect(emu.faults.count('POST', PUBLISH)).toBe(1);
  });

  it('a 503 is not retried: the outcome is reported unknown with the bucket_key to check', async () => {
    const { trenz, emu, publish } = setupSocial();
    emu.faults.add({
      method: 'POST',
      path: PUBLISH,
      kind: 'status',
      status: 503,
      body: { code: 'BACKEND_UNAVAILABLE', message: 'down', request_id: 'r1' },
    });
    const err = await trenz.social
      .publishVideo({ file: clip, video_title: 't', publications: [{ platform_account_id: 4687, title: 'x' }] }, FAST)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PublishOutcomeUnknownError);
    expect((err as PublishOutcomeUnknownError).bucketKey).toMatch(/^upload\/my_video\.mp4_/);
    expect((err as Error).message).toMatch(/not posted a second time/);
    expect(emu.faults.count('POST', PUBLISH)).toBe(1);
    expect(publish.publishCalls).toBe(0);
  });

  it('a timeout on the publish call is resolved by reading, once the server shows the session', async () => {
    const { trenz, emu, publish } = setupSocial();
    emu.faults.add({ method: 'POST', path: PUBLISH, kind: 'reset', processed: true, tcpReset: true });
    const res = await trenz.social.publishVideo(
      {
        file: clip,
        video_title: 't',
        publications: [
          { platform_account_id: 4687, title: 'x' },
          { platform_account_id: 5678, title: 'y', scheduled_at: inADay() },
        ],
      },
      FAST,
    );
    expect(res.publications.map((p) => p.status)).toEqual(['published', 'scheduled']);
    expect(publish.publishCalls).toBe(1);
  });

  it('an abort while polling names the session, which goes on', async () => {
    const { trenz, publish } = setupSocial();
    publish.stepMs = 10_000;
    const controller = new AbortController();
    const err = await trenz.social
      .publishVideo(
        { file: clip, video_title: 't', publications: [{ platform_account_id: 4687, title: 'x' }] },
        { ...FAST, signal: controller.signal, onProgress: (p) => p.stage === 'polling' && controller.abort() },
      )
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AbortError);
    expect((err as Error).message).toMatch(/waitForSession\('[^']+'\)/);
    expect(publish.publishCalls).toBe(1);
  });
});
