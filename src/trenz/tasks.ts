/**
 * Async tasks (Trenz docs: Async Tasks, "Async Task Workflow"): every AI endpoint answers at once with a
 * `task_id`; the task is polled with GET /open/v1/tasks/{task_id} until `status` is `success` (the `result` holds
 * the output) or `failed` (`error_message` says why). Successful results are persisted, so a task can be waited
 * for again later from its id alone.
 */
import { inspect } from 'node:util';
import { z } from 'zod';
import { defineEndpoint } from '../core/endpoint.js';
import type { CallOptions } from '../core/options.js';
import { ApiResource } from '../core/resource.js';
import { pollTask, type TaskState, type WaitOptions } from '../core/tasks.js';
import { idString } from '../core/validation.js';
import { attachMeta } from '../core/with-meta.js';
import type { TrenzMeta, TrenzResult, TrenzUsage } from './meta.js';

const taskStatusShape = z.looseObject({
  task_id: idString.optional(),
  status: z.string() as z.ZodType<TrenzTaskStatusWord>,
  result: z.unknown().optional(),
  error_message: z.string().nullish(),
  progress: z.number().optional(),
});
export type TrenzTaskStatusWord = 'running' | 'success' | 'failed' | (string & {});
/**
 * One poll of a task. `status` is one of the three words of the Trenz docs; any other word is read as "still
 * running" so that a new intermediate state (`queued`, ...) does not break waiting. The docs name no `progress`
 * field: when a number is present it is passed to `onProgress`.
 */
export interface TrenzTaskStatus extends z.output<typeof taskStatusShape> {}
export const taskStatusSchema: z.ZodType<TrenzTaskStatus> = taskStatusShape;

const taskSubmissionShape = z.looseObject({ task_id: idString });
/** `data` of every AI submission: the id to poll. */
export interface TaskSubmission extends z.output<typeof taskSubmissionShape> {}
export const taskSubmissionSchema: z.ZodType<TaskSubmission> = taskSubmissionShape;

/** Route table of General/Async Tasks. */
export const taskRoutes = {
  /** Query async task status. Documented path (Trenz docs: Async Task Workflow). Free to poll. */
  get: defineEndpoint({ name: 'tasks.get', method: 'GET', path: '/open/v1/tasks/{task_id}', response: taskStatusSchema }),
};

/**
 * How to wait for a task: `timeout` (ms, default 15 min), `pollInterval` (ms; default backoff 2 s, x1.5, capped
 * at 10 s: the Trenz docs recommend 3-5 s), `signal`, and `onProgress(status, info)` called after every poll.
 */
export type TrenzWaitOptions = WaitOptions<TrenzResult<TrenzTaskStatus>>;

/** Reads a task status for the core poller. */
export function classifyTask(task: TrenzTaskStatus): TaskState {
  if (task.status === 'success') return { state: 'succeeded', status: task.status, progress: task.progress };
  if (task.status === 'failed') return { state: 'failed', status: task.status, reason: task.error_message ?? undefined };
  return { state: 'pending', status: task.status, progress: task.progress };
}

/** General/Async Tasks: look a task up, or wait for it, by id alone. */
export class TrenzTasks extends ApiResource<TrenzMeta> {
  /** The task's current status. Throws `NotFoundError` (code `TASK_NOT_FOUND`) for an unknown id. */
  get(taskId: string, options?: CallOptions) {
    return this._request(taskRoutes.get, [taskId], undefined, options);
  }

  /**
   * Polls until the task ends and resolves to its `result` (with the last poll's `requestId` attached when the
   * result is an object). Throws `TaskFailedError` (its message holds `error_message`, its `task` the last status),
   * `TaskTimeoutError` after `timeout` (the task keeps running: call `wait(id)` again later), `AbortError` on
   * `signal`, or the API error of a failed poll (`NotFoundError` for an unknown id).
   */
  async wait<R = unknown>(taskId: string, options: TrenzWaitOptions = {}): Promise<TrenzResult<R>> {
    const final = await pollTask<TrenzResult<TrenzTaskStatus>>({
      ...options,
      api: 'Trenz',
      taskId,
      fetch: (signal) => this.get(taskId, { signal }),
      classify: classifyTask,
    });
    return attachMeta(final.result, metaOf(final)) as TrenzResult<R>;
  }

  /** A handle on a task known by id (e.g. one submitted in an earlier process). */
  handle<R = unknown>(taskId: string): TrenzTask<R> {
    return new TrenzTask<R>(this, taskId, undefined);
  }
}

/**
 * What every AI endpoint returns: the task id plus the means to wait for it. `requestId`, `usage` (the credits
 * the submission cost) and `warnings` are those of the submission.
 *
 * ```ts
 * const task = await trenz.content.video.veo3({ prompt: 'a cat unboxing lipstick' });
 * const result = await task.wait({ onProgress: (s) => console.log(s.status, s.progress) });
 * ```
 */
export class TrenzTask<R = unknown> {
  readonly id: string;
  readonly requestId: string | undefined;
  readonly usage: TrenzUsage | undefined;
  readonly warnings: readonly string[];
  readonly #tasks: TrenzTasks;

  /** @internal Built by the AI methods and `tasks.handle(id)`. */
  constructor(tasks: TrenzTasks, id: string, submission: Partial<TrenzMeta> | undefined) {
    this.#tasks = tasks;
    this.id = id;
    this.requestId = submission?.requestId;
    this.usage = submission?.usage;
    this.warnings = submission?.warnings ?? [];
  }

  /** Polls until the task ends; see {@link TrenzTasks.wait}. */
  wait(options?: TrenzWaitOptions): Promise<TrenzResult<R>> {
    return this.#tasks.wait<R>(this.id, options);
  }

  /** One status poll; see {@link TrenzTasks.get}. */
  get(options?: CallOptions) {
    return this.#tasks.get(this.id, options);
  }

  toJSON() {
    return { id: this.id };
  }

  [inspect.custom]() {
    return `TrenzTask { id: '${this.id}' }`;
  }
}

/**
 * Wraps an AI submission (a call whose `data` is `{ task_id }`) in a task handle.
 * @internal Used by the AI resources' `_task`.
 */
export async function submitTask<R = unknown>(
  submission: Promise<TrenzResult<TaskSubmission>>,
  tasks: TrenzTasks,
): Promise<TrenzTask<R>> {
  const sent = await submission;
  return new TrenzTask<R>(tasks, sent.task_id, metaOf(sent));
}

/**
 * The envelope facts read back from a result (they sit on it non-enumerably). A task status's own `status`
 * field shadows the HTTP one, so only the Trenz-specific facts are carried over.
 */
function metaOf(value: Readonly<Partial<Omit<TrenzMeta, 'status'>>>): Partial<TrenzMeta> {
  const { requestId, headers, usage, warnings, page, page_size, total } = value;
  return { requestId, headers, usage, warnings, page, page_size, total };
}
