import type { AnyEndpoint, EndpointResult } from '../core/endpoint.js';
import { InvalidParamsError } from '../core/errors/index.js';
import type { CallOptions } from '../core/options.js';
import { ApiResource } from '../core/resource.js';
import type { WithMeta } from '../core/with-meta.js';
import { toIssues } from '../core/validation.js';
import { API_NAME } from './errors.js';
import { multipartBody } from './upload.js';

/** The base of every TikTok Shop resource: the core's `_request` and `_list`, and multipart uploads. */
export abstract class TikTokShopResource extends ApiResource {
  /**
   * An upload: `params` (the file in `data`, the form fields beside it) checked by the route's schema, then sent
   * as `multipart/form-data` (not signed, as TikTok specifies). The file is read before the first attempt.
   */
  protected async _multipart<E extends AnyEndpoint>(
    route: E,
    path: readonly string[],
    params: object,
    options: CallOptions | undefined,
  ): Promise<WithMeta<EndpointResult<E>>> {
    await route.load();
    const checked = route.body!.safeParse(params ?? {});
    if (!checked.success) {
      const issues = toIssues(checked.error).map((i) => ({ ...i, path: ['params', ...i.path] }));
      throw new InvalidParamsError({ api: API_NAME, endpoint: route.id, issues });
    }
    const body = await multipartBody(checked.data as Record<string, unknown>);
    return this._upload(route, path, body, undefined, options);
  }
}
