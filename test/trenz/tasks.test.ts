import { describe, expect, it } from 'vitest';
import { AbortError, NotFoundError, TaskFailedError, TaskTimeoutError } from '../../src/core/errors/index.js';
import { contentRoutes } from '../../src/trenz/content/routes.js';
import { TrenzTask, type TrenzTaskStatus } from '../../src/trenz/tasks.js';
import { CONTENT_COSTS } from '../../src/testing/trenz/content.js';
import { FAST, setup } from './helpers.js';

describe('the Content route table', () => {
  const all = Object.values(contentRoutes).flatMap((g) => Object.values(g));

  it('declares the 11 Content endpoints, Happy Horse and the doc-only content-analysis path, all POST', () => {
    expect(all).toHaveLength(13);
    for (const ep of all) expect(ep.method).toBe('POST');
  });

  it('marks AI endpoints as tasks that are never replayed, and every undocumented path as inferred', () => {
    for (const ep of all) {
      if (ep.path === '/open/v1/ai/videos/content-analysis')
        expect(ep.inferred).toBeUndefined(); // printed in the Trenz docs' Async Tasks
      else expect(ep.inferred).toMatch(/^(external evidence: |proposed: )/);
      expect(Boolean(ep.task)).toBe(ep.path !== '/open/v1/materials/images/search');
      expect(ep.retrySafe).toBe(!ep.task);
    }
  });
});

describe('AI endpoints return a task handle', () => {
  const t = setup({ taskDurationMs: 20 });
  type Submit = (params: Record<string, unknown>) => Promise<TrenzTask>;
  // Methods live on the resource classes' prototypes: enumerate them from the route tables, which name them.
  const of = (prefix: string, resource: object, routes: object) =>
    Object.keys(routes).map(
      (k) => [`${prefix}.${k}`, ((p) => (resource as Record<string, Submit>)[k]!.call(resource, p)) as Submit] as const,
    );
  const methods = [
    ...of('analysis', t.content.analysis, contentRoutes.analysis),
    ...of('copywriting', t.content.copywriting, contentRoutes.copywriting),
    ...of('image', t.content.image, contentRoutes.image),
    ...of('video', t.content.video, contentRoutes.video),
    ...of('contentCreation.video', t.contentCreation.video, contentRoutes.creationVideo),
  ];

  it('covers all 12 AI endpoints', () => expect(methods).toHaveLength(12));

  it.each(methods)('%s submits, charges its credits and resolves to the result', async (name, submit) => {
    const task = await submit({ prompt: 'a lipstick on a marble table', video_url: 'https://cdn.example.com/in.mp4' });
    expect(task).toBeInstanceOf(TrenzTask);
    expect(task.id).toMatch(/^task_/);
    expect(task.usage?.credits_cost).toBe(CONTENT_COSTS[name]);
    const result = await task.wait(FAST);
    expect(result).toBeTypeOf('object');
    expect((result as { requestId?: string }).requestId).toMatch(/^tz-emu-/);
  });

  it('aliases images/videos to image/video', () => {
    expect(t.content.images).toBe(t.content.image);
    expect(t.content.videos).toBe(t.content.video);
  });
});

describe('waiting for a task', () => {
  it('polls GET /open/v1/tasks/{task_id} through running to success, reporting progress', async () => {
    const t = setup({ taskDurationMs: 250 }); // long enough that the first poll (immediate) sees it running
    const task = await t.content.analysis.videoScriptBreakdownV2({ video_url: 'https://cdn.example.com/ad.mp4' });
    const seen: { status: string; progress: number | undefined; polls: number }[] = [];
    const result = (await task.wait({
      ...FAST,
      pollInterval: 25,
      onProgress: (s, info) => seen.push({ status: s.status, progress: info.progress, polls: info.polls }),
    })) as {
      scenes: unknown[];
    };
    expect(result.scenes.length).toBeGreaterThan(0);
    expect(seen[0]?.status).toBe('running');
    expect(seen.at(-1)).toMatchObject({ status: 'success', progress: 100 });
    expect(seen.map((s) => s.polls)).toEqual(seen.map((_, i) => i + 1));
    expect(t.emu.faults.count('GET', `/open/v1/tasks/${task.id}`)).toBe(seen.length);
  });

  it('throws TaskFailedError carrying error_message and the last status', async () => {
    const t = setup();
    const task = await t.content.video.veo3({ prompt: 'x', image_url: 'https://assets.example.invalid/missing.png' });
    const error = await task.wait(FAST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskFailedError);
    const failed = error as TaskFailedError;
    expect(failed.message).toContain('could not fetch image_url');
    expect(failed.taskId).toBe(task.id);
    expect((failed.task as TrenzTaskStatus).status).toBe('failed');
  });

  it('fails the task the emulator is told to fail', async () => {
    const t = setup();
    t.emu.tasks.failNext('content policy violation');
    const task = await t.content.image.nanobanana({ prompt: 'x' });
    await expect(task.wait(FAST)).rejects.toThrow(/content policy violation/);
  });

  it('times out with TaskTimeoutError, and resumes later from the id alone', async () => {
    const t = setup({ taskDurationMs: 400 });
    const task = await t.content.video.grok({ prompt: 'a cat unboxing sneakers' });
    const error = await task.wait({ timeout: 30, pollInterval: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskTimeoutError);
    expect((error as TaskTimeoutError).message).toContain(`tasks.wait('${task.id}')`);

    const result = (await t.tasks.wait(task.id, FAST)) as { video_url: string };
    expect(result.video_url).toMatch(/^https:\/\/oss-data\.trenz\.ai\//);
    // Results are persisted (Trenz docs: Async Tasks): asking again costs one poll and gives the same result.
    const again = await t.tasks.handle(task.id).wait(FAST);
    expect(again).toEqual(result);
  });

  it('stops at once on abort', async () => {
    const t = setup({ taskDurationMs: 1_000 });
    const task = await t.content.video.wan26({ prompt: 'x' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    await expect(task.wait({ ...FAST, signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
  });

  it('throws NotFoundError with code TASK_NOT_FOUND for an unknown id', async () => {
    const t = setup();
    const error = await t.tasks.wait('task_nope', FAST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ code: 'TASK_NOT_FOUND', status: 404 });
    await expect(t.tasks.get('task_nope')).rejects.toMatchObject({ code: 'TASK_NOT_FOUND' });
  });

  it('retries a poll that hits a 503, since polling is a read', async () => {
    const t = setup({ taskDurationMs: 10 });
    const task = await t.content.copywriting.productReviewAnalysis({ product_id: '1' });
    t.emu.faults.add({
      method: 'GET',
      path: `/open/v1/tasks/${task.id}`,
      kind: 'status',
      status: 503,
      body: { code: 'BACKEND_UNAVAILABLE', message: 'busy', request_id: 'r1' },
    });
    const status = await task.get();
    expect(status.status).toMatch(/running|success/);
    expect(t.emu.faults.count('GET', `/open/v1/tasks/${task.id}`)).toBe(2);
  });

  it('get() reads the current status', async () => {
    const t = setup({ taskDurationMs: 10_000 });
    const task = await t.content.copywriting.productReviewAnalysis({ product_id: '1729000000000000001' });
    const status = await task.get();
    expect(status).toMatchObject({ task_id: task.id, status: 'running' });
    expect(status.progress).toBeLessThan(100);
  });
});

describe('Aggregated Image Search', () => {
  it('answers at once (not a task) with the material rows', async () => {
    const t = setup();
    const found = await t.content.materials.searchImages({ keyword: 'lipstick' });
    expect(found.items).toHaveLength(12);
    expect(found.usage?.credits_cost).toBe(5);
  });
});
