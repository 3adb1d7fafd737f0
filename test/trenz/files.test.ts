import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, ServerError } from '../../src/core/errors/index.js';
import { EMULATOR_BUCKET, TRENZ_EMULATOR_ORIGIN } from '../../src/testing/trenz/index.js';
import { contentTypeFor, type UploadProgress } from '../../src/trenz/files.js';
import { setupSocial } from './social/setup.js';

let dir = '';
let clip = '';
const CLIP_BYTES = 1_000_000;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'trenz-files-'));
  clip = join(dir, 'my_video.mp4');
  await writeFile(clip, Buffer.alloc(CLIP_BYTES, 7));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A lazy stream of `n` chunks of 64 KiB that counts how many were pulled. */
function chunks(n: number) {
  const state = { pulled: 0 };
  async function* gen() {
    for (let i = 0; i < n; i++) {
      state.pulled++;
      yield new Uint8Array(64 * 1024);
    }
  }
  return { state, stream: gen() };
}

describe('files.createUploadUrl', () => {
  it('returns the presigned URL, object_key, s3_bucket and cdn_url', async () => {
    const { trenz } = setupSocial();
    const slot = await trenz.files.createUploadUrl({ file_name: 'my_video.mp4' });
    expect(slot).toMatchObject({ s3_bucket: EMULATOR_BUCKET, object_key: expect.stringMatching(/^upload\/my_video\.mp4_/) });
    expect(slot.presigned_url.startsWith(TRENZ_EMULATOR_ORIGIN)).toBe(true);
    expect(slot.requestId).toMatch(/^tz-emu-/);
  });
});

describe('files.upload', () => {
  it('streams a file from a path with its content type and length, reports progress, and sends no API key to storage', async () => {
    const { trenz, emu, uploads } = setupSocial();
    const seen: UploadProgress[] = [];
    const file = await trenz.files.upload(clip, { onProgress: (p) => seen.push(p) });
    expect(file).toMatchObject({
      bucket_name: EMULATOR_BUCKET,
      s3_bucket: EMULATOR_BUCKET,
      size: CLIP_BYTES,
      contentType: 'video/mp4',
    });
    expect(file.bucket_key).toBe(file.object_key);
    expect(uploads.uploaded(file.object_key)?.bytes).toBe(CLIP_BYTES);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.map((p) => p.loaded)).toEqual([...seen.map((p) => p.loaded)].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual({ loaded: CLIP_BYTES, total: CLIP_BYTES, attempt: 1 });
    const [put] = emu.faults.requests('PUT');
    expect(put?.headers['content-type']).toBe('video/mp4');
    expect(put?.headers['content-length']).toBe(String(CLIP_BYTES));
    expect(put?.headers['x-api-key']).toBeUndefined();
    expect(emu.faults.requests('POST', '/open/v1/social/upload/presigned-url')[0]?.headers['x-api-key']).toBe(emu.apiKey);
  });

  it('passes a stream through chunk by chunk instead of reading it whole first', async () => {
    const { trenz, uploads } = setupSocial();
    const src = chunks(20);
    const pulledAtProgress: number[] = [];
    const file = await trenz.files.upload(src.stream, {
      fileName: 'live.mp4',
      size: 20 * 64 * 1024,
      onProgress: () => pulledAtProgress.push(src.state.pulled),
    });
    expect(pulledAtProgress).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(uploads.uploaded(file.object_key)?.bytes).toBe(20 * 64 * 1024);
  });

  it('uploads over a real loopback socket to the emulator-served presigned URL', async () => {
    const { emu, uploads } = setupSocial();
    const server = await emu.listen();
    const agent = new Agent();
    try {
      const { Trenz } = await import('../../src/trenz/index.js');
      const trenz = new Trenz({ apiKey: emu.apiKey, baseURL: server.url, dispatcher: agent, logLevel: 'off' });
      const progress: number[] = [];
      const file = await trenz.files.upload(clip, { onProgress: (p) => progress.push(p.loaded) });
      expect(uploads.uploaded(file.object_key)?.bytes).toBe(CLIP_BYTES);
      expect(progress.at(-1)).toBe(CLIP_BYTES);
      expect(server.faults.requests('PUT')[0]?.headers.host).toBe(new URL(server.url).host);
    } finally {
      await agent.close();
      await server.close();
    }
  });

  it('retries a 503 on the PUT by re-opening the file from its path', async () => {
    const { trenz, uploads } = setupSocial();
    uploads.failPuts = { status: 503, times: 1 };
    const attempts = new Set<number>();
    const file = await trenz.files.upload(clip, { onProgress: (p) => attempts.add(p.attempt) });
    expect(uploads.putCalls).toBe(2);
    expect([...attempts]).toEqual([1, 2]);
    expect(uploads.uploaded(file.object_key)?.bytes).toBe(CLIP_BYTES);
  });

  it('never replays a consumed stream: a 503 surfaces as ServerError after one PUT', async () => {
    const { trenz, uploads } = setupSocial();
    uploads.failPuts = { status: 503, times: 1 };
    const err = await trenz.files.upload(chunks(3).stream, { fileName: 'x.mp4', size: 3 * 64 * 1024 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServerError);
    expect(uploads.putCalls).toBe(1);
  });

  it('explains a refused presigned URL (valid 1 hour) without printing its signature', async () => {
    const { trenz } = setupSocial();
    const slot = await trenz.files.createUploadUrl({ file_name: 'a.mp4' });
    const unsigned = slot.presigned_url.slice(0, slot.presigned_url.indexOf('?'));
    const err = await trenz.files
      .put(`${unsigned}?X-Tos-Expires=1`, Buffer.from('abc'), { contentType: 'video/mp4', size: 3 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(403);
    expect((err as ApiError).message).toMatch(/valid for 1 hour/);
    expect((err as ApiError).message).not.toMatch(/X-Tos/);
  });

  it('guesses content types from the extension', () => {
    expect([contentTypeFor('a.MP4'), contentTypeFor('b.mov'), contentTypeFor('c.png'), contentTypeFor('d.bin')]).toEqual([
      'video/mp4',
      'video/quicktime',
      'image/png',
      'application/octet-stream',
    ]);
  });
});
