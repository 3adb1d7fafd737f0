/**
 * Emulated async tasks (Trenz docs: Async Tasks): a task runs for `taskDurationMs`, reporting `running` with a
 * growing `progress` (an emulator extra: the docs name no progress field), then ends `success` with a `result` or
 * `failed` with an `error_message`. Results stay retrievable afterwards; unknown ids get 404 TASK_NOT_FOUND.
 * Polling is free.
 */
import type { RequestHandler } from 'msw';
import { taskRoutes } from '../../trenz/tasks.js';
import type { TrenzEmulatorContext } from './common.js';
import { hash } from './fixtures.js';
import { served } from './route-kit.js';

export interface EmulatedTask {
  readonly task_id: string;
  /** The route name that created it, e.g. `video.veo3`. */
  readonly endpoint: string;
  readonly createdAt: number;
  readonly durationMs: number;
  readonly outcome: { status: 'success'; result: unknown } | { status: 'failed'; error_message: string };
}

/** What the status endpoint sends for a task at time `now`. */
export function taskView(task: EmulatedTask, now = Date.now()) {
  const elapsed = now - task.createdAt;
  const base = { task_id: task.task_id, created_at: Math.floor(task.createdAt / 1000) };
  if (elapsed < task.durationMs) {
    return { ...base, status: 'running', progress: Math.min(99, Math.floor((elapsed / task.durationMs) * 100)) };
  }
  return { ...base, ...task.outcome, progress: 100 };
}

/** The tasks of one emulator. */
export class TrenzTaskStore {
  readonly #tasks = new Map<string, EmulatedTask>();
  #seq = 0;
  #failNext: string[] = [];

  constructor(private readonly ctx: TrenzEmulatorContext) {}

  /** Makes the next submitted task fail with `message` (after it has run its course). */
  failNext(message = 'The model could not process the input.'): void {
    this.#failNext.push(message);
  }

  create(endpoint: string, body: Record<string, unknown>, result: unknown): EmulatedTask {
    this.#seq++;
    const task_id = `task_${hash(`${endpoint}:${this.#seq}:${Date.now()}`).toString(16).padStart(8, '0')}${this.#seq}`;
    const failure = this.#failNext.shift() ?? (this.ctx.options.failTask ?? defaultFailure)(endpoint, body);
    const task: EmulatedTask = {
      task_id,
      endpoint,
      createdAt: Date.now(),
      durationMs: this.ctx.options.taskDurationMs ?? 3_000,
      outcome: failure === undefined ? { status: 'success', result } : { status: 'failed', error_message: failure },
    };
    this.#tasks.set(task_id, task);
    return task;
  }

  get(taskId: string): EmulatedTask | undefined {
    return this.#tasks.get(taskId);
  }

  get size(): number {
    return this.#tasks.size;
  }
}

/** Default failure rule: an input URL on a `.invalid` host cannot be fetched (RFC 2606 reserves the TLD). */
function defaultFailure(_endpoint: string, body: Record<string, unknown>): string | undefined {
  for (const [key, value] of Object.entries(body)) {
    const urls = Array.isArray(value) ? value : [value];
    for (const url of urls) {
      if (typeof url === 'string' && /^https?:\/\/[^/]*\.invalid(\/|:|$)/i.test(url)) {
        return `could not fetch ${key} ${url}: HTTP 404`;
      }
    }
  }
  return undefined;
}

const stores = new WeakMap<TrenzEmulatorContext, TrenzTaskStore>();
/** The task store of an emulator context (created on first use). */
export function taskStore(ctx: TrenzEmulatorContext): TrenzTaskStore {
  let store = stores.get(ctx);
  if (!store) stores.set(ctx, (store = new TrenzTaskStore(ctx)));
  return store;
}

export function trenzTaskHandlers(ctx: TrenzEmulatorContext): RequestHandler[] {
  return [
    served(ctx, taskRoutes.get, ({ request, params }) =>
      ctx.guard(request, 0, () => {
        const task = taskStore(ctx).get(String(params.task_id));
        if (!task) return ctx.error(404, 'TASK_NOT_FOUND', `Async task ${String(params.task_id)} not found`);
        return ctx.ok(taskView(task));
      }),
    ),
  ];
}
