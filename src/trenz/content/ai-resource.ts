import type { CoreClient } from '../../core/client.js';
import type { AnyEndpoint } from '../../core/endpoint.js';
import type { CallOptions } from '../../core/options.js';
import { ApiResource } from '../../core/resource.js';
import type { TrenzMeta, TrenzResult } from '../meta.js';
import { submitTask, type TaskSubmission, type TrenzTask, type TrenzTasks } from '../tasks.js';

/**
 * The base of the AI resources: like any resource, plus `_task`, which sends a submission and returns a
 * {@link TrenzTask} handle at once (every AI endpoint answers `{ task_id }`). Each AI method is one line with it.
 */
export abstract class TrenzAiResource extends ApiResource<TrenzMeta> {
  readonly #tasks: TrenzTasks;

  /** @internal */
  constructor(client: CoreClient<TrenzMeta>, tasks: TrenzTasks) {
    super(client);
    this.#tasks = tasks;
  }

  /** Submits an AI task route (its response is `{ task_id }`) and wraps the id in a handle. */
  protected _task<R = unknown>(
    route: AnyEndpoint,
    params: object | undefined,
    options: CallOptions | undefined,
  ): Promise<TrenzTask<R>> {
    return submitTask<R>(this._request(route, [], params, options) as Promise<TrenzResult<TaskSubmission>>, this.#tasks);
  }
}
