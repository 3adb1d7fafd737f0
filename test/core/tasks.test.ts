import { describe, expect, it } from 'vitest';
import { AbortError, TaskFailedError, TaskTimeoutError } from '../../src/core/errors/index.js';
import { DEFAULT_TASK_TIMEOUT_MS, pollDelay, pollTask, type TaskState } from '../../src/core/tasks.js';

interface Status {
  status: 'queued' | 'running' | 'done' | 'error';
  progress?: number;
  error?: string;
}

const classify = (s: Status): TaskState => {
  if (s.status === 'done') return { state: 'succeeded', progress: 100 };
  if (s.status === 'error') return { state: 'failed', reason: s.error, status: 'error' };
  return { state: 'pending', progress: s.progress };
};

/** A fake task server: answers the given statuses in order, then repeats the last one. */
function serve(...statuses: Status[]) {
  let calls = 0;
  const signals: AbortSignal[] = [];
  const fetch = async (signal: AbortSignal) => {
    signals.push(signal);
    const s = statuses[Math.min(calls, statuses.length - 1)];
    calls++;
    return { ...s } as Status;
  };
  return { fetch, signals, calls: () => calls };
}

const base = { api: 'Test', taskId: 'task_1', classify };

describe('pollTask', () => {
  it('polls until success, reporting every status to onProgress, and resolves with the final status', async () => {
    const src = serve(
      { status: 'queued' },
      { status: 'running', progress: 40 },
      { status: 'running', progress: 80 },
      { status: 'done' },
    );
    const seen: [string, number | undefined, number][] = [];
    const result = await pollTask({
      ...base,
      fetch: src.fetch,
      pollInterval: 1,
      onProgress: (s, info) => seen.push([s.status, info.progress, info.polls]),
    });
    expect(result).toEqual({ status: 'done' });
    expect(src.calls()).toBe(4);
    expect(seen).toEqual([
      ['queued', undefined, 1],
      ['running', 40, 2],
      ['running', 80, 3],
      ['done', 100, 4],
    ]);
  });

  it('makes the first poll at once, so an already finished task costs one request', async () => {
    const src = serve({ status: 'done' });
    const started = Date.now();
    await pollTask({ ...base, fetch: src.fetch }); // default backoff: a sleep would take 2 s
    expect(Date.now() - started).toBeLessThan(500);
    expect(src.calls()).toBe(1);
  });

  it('throws TaskFailedError with the reason, status and last task body on failure', async () => {
    const src = serve({ status: 'running' }, { status: 'error', error: 'video too long (max 60 s)' });
    const error = await pollTask({ ...base, fetch: src.fetch, pollInterval: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskFailedError);
    const failed = error as TaskFailedError;
    expect(failed.message).toContain('video too long (max 60 s)');
    expect(failed.message).toContain('task_1');
    expect(failed.status).toBe('error');
    expect(failed.task).toEqual({ status: 'error', error: 'video too long (max 60 s)' });
  });

  it('throws TaskTimeoutError with the last status when the task outlives the timeout', async () => {
    const src = serve({ status: 'running', progress: 10 });
    const error = await pollTask({ ...base, fetch: src.fetch, pollInterval: 5, timeout: 40 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskTimeoutError);
    expect((error as TaskTimeoutError).timeoutMs).toBe(40);
    expect((error as TaskTimeoutError).lastStatus).toEqual({ status: 'running', progress: 10 });
    expect(src.calls()).toBeGreaterThan(1);
  });

  it('cuts a poll that is in flight when the timeout expires, and aborts its signal', async () => {
    const signals: AbortSignal[] = [];
    const hang = (signal: AbortSignal) => {
      signals.push(signal);
      return new Promise<Status>(() => undefined); // a request that never answers and ignores its signal
    };
    const started = Date.now();
    await expect(pollTask({ ...base, fetch: hang, timeout: 30 })).rejects.toBeInstanceOf(TaskTimeoutError);
    expect(Date.now() - started).toBeLessThan(500);
    expect(signals[0]?.aborted).toBe(true);
  });

  it('cuts a sleep when the timeout expires (default backoff would sleep 2 s)', async () => {
    const src = serve({ status: 'running' });
    const started = Date.now();
    await expect(pollTask({ ...base, fetch: src.fetch, timeout: 30 })).rejects.toBeInstanceOf(TaskTimeoutError);
    expect(Date.now() - started).toBeLessThan(500);
    expect(src.calls()).toBe(1);
  });

  it('stops at once with AbortError when aborted during a sleep, and polls no more', async () => {
    const src = serve({ status: 'running' });
    const controller = new AbortController();
    const started = Date.now();
    const waiting = pollTask({ ...base, fetch: src.fetch, signal: controller.signal, pollInterval: 60_000 });
    setTimeout(() => controller.abort(), 10);
    await expect(waiting).rejects.toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(500);
    expect(src.calls()).toBe(1);
  });

  it('does not poll at all with an already aborted signal', async () => {
    const src = serve({ status: 'done' });
    await expect(pollTask({ ...base, fetch: src.fetch, signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(src.calls()).toBe(0);
  });

  it('reports an abort during a poll as AbortError, not as the transport error it causes', async () => {
    const controller = new AbortController();
    const fetch = (signal: AbortSignal) =>
      new Promise<Status>((_, reject) => signal.addEventListener('abort', () => reject(new Error('request aborted'))));
    const waiting = pollTask({ ...base, fetch, signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await expect(waiting).rejects.toBeInstanceOf(AbortError);
  });

  it("names the task in an abort's message and how to resume waiting on it", async () => {
    const src = serve({ status: 'running' });
    const plain = pollTask({ ...base, fetch: src.fetch, signal: AbortSignal.abort() });
    await expect(plain).rejects.toThrow(
      "Waiting for Test task task_1 was aborted by its AbortSignal. The task itself was not cancelled and may still finish: resume with tasks.wait('task_1').",
    );
    const custom = pollTask({ ...base, fetch: src.fetch, signal: AbortSignal.abort(), resume: "ai.tasks.wait('task_1')" });
    await expect(custom).rejects.toThrow(/resume with ai\.tasks\.wait\('task_1'\)\.$/);
  });

  it('lets an error thrown by fetch end the wait unchanged', async () => {
    const boom = new Error('401 Unauthorized');
    await expect(pollTask({ ...base, fetch: () => Promise.reject(boom) })).rejects.toBe(boom);
  });

  it('rejects a negative or NaN timeout', async () => {
    const src = serve({ status: 'done' });
    await expect(pollTask({ ...base, fetch: src.fetch, timeout: -1 })).rejects.toBeInstanceOf(RangeError);
    await expect(pollTask({ ...base, fetch: src.fetch, timeout: Number.NaN })).rejects.toBeInstanceOf(RangeError);
    await expect(pollTask({ ...base, fetch: src.fetch, timeout: Infinity })).resolves.toEqual({ status: 'done' });
  });
});

describe('poll schedule', () => {
  it('backs off from 2 s by x1.5 per poll up to 10 s', () => {
    expect(Array.from({ length: 7 }, (_, i) => pollDelay(i))).toEqual([2000, 3000, 4500, 6750, 10000, 10000, 10000]);
  });

  it('uses a fixed pollInterval when given', () => {
    expect([0, 1, 5].map((i) => pollDelay(i, 750))).toEqual([750, 750, 750]);
  });

  it('waits 15 minutes by default', () => {
    expect(DEFAULT_TASK_TIMEOUT_MS).toBe(900_000);
  });
});
