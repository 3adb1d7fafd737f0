import { SdkError } from './sdk-error.js';

/** An async task (Trenz AI job, publish session, QR login) ended in failure. */
export class TaskFailedError extends SdkError {
  override name = 'TaskFailedError';
  readonly taskId: string;
  readonly status: string;
  /** The last status object the server returned, for inspection. */
  readonly task: unknown;

  constructor(init: { api: string; taskId: string; status: string; reason?: string | undefined; task: unknown }) {
    super(
      `${init.api} task ${init.taskId} ended with status "${init.status}": ${init.reason ?? 'no reason given'}. ` +
        'Fix the input named in the reason and submit a new task; the failed one cannot be resumed.',
    );
    this.taskId = init.taskId;
    this.status = init.status;
    this.task = init.task;
  }
}

/** Waiting for a task took longer than `timeout`. The task itself may still finish: resume with its id. */
export class TaskTimeoutError extends SdkError {
  override name = 'TaskTimeoutError';
  readonly taskId: string;
  readonly timeoutMs: number;
  readonly lastStatus: unknown;

  constructor(init: {
    api: string;
    taskId: string;
    timeoutMs: number;
    lastStatus: unknown;
    /** How to resume waiting, e.g. `social.publishing.waitForSession('…')`. Default: `tasks.wait(id)`. */
    resume?: string | undefined;
  }) {
    super(
      `${init.api} task ${init.taskId} did not finish within ${init.timeoutMs} ms. It may still be running: ` +
        `resume later with ${init.resume ?? `tasks.wait('${init.taskId}')`} instead of submitting it again (that would charge or post twice).`,
    );
    this.taskId = init.taskId;
    this.timeoutMs = init.timeoutMs;
    this.lastStatus = init.lastStatus;
  }
}
