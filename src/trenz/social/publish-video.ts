/**
 * The whole publishing workflow of the Trenz docs (Social/2.Video Publishing) in one call, built so that a video
 * is never posted twice:
 * upload-and-publish is sent exactly once, and any unclear failure after that is resolved by reading, never by
 * posting again.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { CoreClient } from '../../core/client.js';
import type { EndpointResult } from '../../core/endpoint.js';
import {
  AbortError,
  ApiError,
  ConnectionError,
  InvalidParamsError,
  ResponseValidationError,
  SdkError,
  TaskTimeoutError,
} from '../../core/errors/index.js';
import type { CallOptions } from '../../core/options.js';
import { sourceSize, type TrenzFiles, type UploadedFile, type UploadSource } from '../files.js';
import { isRouteNotFound } from '../errors.js';
import type { TrenzMeta, TrenzResult } from '../meta.js';
import type { TrenzSocialAccounts } from './accounts.js';
import { PublishOutcomeUnknownError, VideoValidationError } from './errors.js';
import {
  type PublicationInput,
  type PublicationState,
  type PublishSession,
  type TrenzSocialPublishing,
  publishingRoutes,
  toWirePublications,
} from './publishing.js';
import { sizeLimitBreach } from './schedule.js';
import { type VideoCheck, type TrenzSocialVideos } from './videos.js';

export interface PublishVideoInput {
  /** A file path (streamed; re-opened if the PUT is retried), bytes, or a stream (give `size` with it). */
  file: UploadSource;
  /** Default: the path's base name. */
  fileName?: string;
  /** Default: from the extension (`video/mp4` for .mp4). */
  contentType?: string;
  /** Size in bytes of a stream `file` (needed for the platform limits and Content-Length). */
  size?: number;
  video_title: string;
  video_description?: string;
  /** One entry per target account, published in parallel; `scheduled_at` per entry. */
  publications: PublicationInput[];
  /** Run Validate Video Info first, "recommended" by the Trenz docs (Step 2). Default true. */
  validate?: boolean;
}

export type PublishStage = 'checking' | 'uploading' | 'validating' | 'publishing' | 'polling' | 'done';

/** What `onProgress` receives at each stage. */
export type PublishProgress =
  | { stage: 'checking' }
  | { stage: 'uploading'; loaded: number; total: number | undefined }
  | { stage: 'validating'; bucket_key: string }
  | { stage: 'publishing'; bucket_key: string }
  | { stage: 'polling'; session_token: string; status: string; publications: PublicationState[]; polls: number }
  | { stage: 'done'; session_token: string; status: string };

export interface PublishVideoOptions {
  onProgress?: (progress: PublishProgress) => void;
  /** Aborts any stage. After upload-and-publish was sent, the post goes on: the AbortError names the session. */
  signal?: AbortSignal;
  /** Session poll interval in ms. Default 3000 (the Trenz docs recommend 3-5 s). */
  pollInterval?: number;
  /** How long to wait for the session to settle, in ms. Default 30 minutes. */
  timeout?: number;
  /** Time limit of the PUT, in ms. Default 1 hour (the presigned URL's lifetime). */
  uploadTimeout?: number;
}

/** The outcome for one target account. */
export interface PublicationResult {
  platform_account_id: string;
  title: string;
  /** The publication's last status (inferred words: `published`, `scheduled`, `failed`, ...), else the session's. */
  status: string;
  /** Unix seconds, when scheduled. */
  scheduled_at: number | undefined;
  publication_id: string | undefined;
  error_message: string | undefined;
}

export interface PublishVideoResult {
  session_token: string;
  /** The session's final status: `completed` or `failed`. */
  status: string;
  /** True when every publication was published or scheduled. */
  ok: boolean;
  publications: PublicationResult[];
  file: UploadedFile;
  validation: VideoCheck | undefined;
  /** Local notices: demoted schedules, unchecked sizes, a lost publish response that was recovered. */
  warnings: string[];
  session: PublishSession;
}

/** What the workflow calls: the resources of each step, and the client for the one publish call. */
export interface PublishDeps {
  client: CoreClient<TrenzMeta>;
  files: TrenzFiles;
  accounts: TrenzSocialAccounts;
  publishing: TrenzSocialPublishing;
  videos: TrenzSocialVideos;
}

const GOOD = new Set(['published', 'success', 'completed', 'scheduled']);

export async function publishVideo(
  deps: PublishDeps,
  input: PublishVideoInput,
  options: PublishVideoOptions = {},
): Promise<PublishVideoResult> {
  const { signal, onProgress: emit = () => undefined } = options;
  const call: CallOptions = signal ? { signal } : {};
  // Local rules first: a bad schedule fails before anything is uploaded.
  const { publications, warnings } = toWirePublications(input.publications);

  emit({ stage: 'checking' });
  const size = await sourceSize(input.file, input.size);
  await checkAccounts(
    deps.accounts,
    publications.map((p) => String(p.platform_account_id)),
    size,
    warnings,
    call,
  );

  const file = await deps.files.upload(input.file, {
    ...(input.fileName ? { fileName: input.fileName } : {}),
    ...(input.contentType ? { contentType: input.contentType } : {}),
    ...(size !== undefined ? { size } : {}),
    ...(signal ? { signal } : {}),
    ...(options.uploadTimeout ? { timeout: options.uploadTimeout } : {}),
    onProgress: (p) => emit({ stage: 'uploading', loaded: p.loaded, total: p.total }),
  });
  const ref = { bucket_name: file.bucket_name, bucket_key: file.bucket_key };

  let validation: VideoCheck | undefined;
  if (input.validate !== false) {
    emit({ stage: 'validating', bucket_key: file.bucket_key });
    validation = await deps.videos.validate(ref, call);
    if (validation.valid === false) throw new VideoValidationError(validation, file.bucket_key);
  }

  emit({ stage: 'publishing', bucket_key: file.bucket_key });
  const body = {
    video_title: input.video_title,
    ...(input.video_description !== undefined ? { video_description: input.video_description } : {}),
    ...ref,
    publications,
  };
  let token: string;
  try {
    // Sent once: the endpoint is not retrySafe, so the core replays it only when it provably never left. Called
    // on the route, not through publishing.uploadAndPublish: the schedule rules were applied above, once.
    const submitted = await deps.client.request<TrenzResult<EndpointResult<typeof publishingRoutes.uploadAndPublish>>>({
      endpoint: publishingRoutes.uploadAndPublish,
      params: body,
      options: call,
    });
    token = submitted.session_token;
  } catch (err) {
    token = await recoverSession(deps, err, file.bucket_key, options, warnings);
  }

  let session: PublishSession;
  try {
    session = await deps.publishing.waitForSession(token, {
      pollInterval: options.pollInterval ?? 3_000,
      timeout: options.timeout ?? 30 * 60_000,
      ...(signal ? { signal } : {}),
      onStatus: (s, polls) =>
        emit({ stage: 'polling', session_token: token, status: s.status, publications: s.publications ?? [], polls }),
    });
  } catch (err) {
    if (err instanceof AbortError) {
      throw new AbortError(
        `publishVideo was aborted while waiting for session ${token}; the publish was already submitted and goes on. Resume with social.publishing.waitForSession('${token}').`,
        { cause: err },
      );
    }
    const what =
      err instanceof TaskTimeoutError ? 'the publish session did not settle in time' : 'the publish session could not be read';
    throw new PublishOutcomeUnknownError({ sessionToken: token, bucketKey: file.bucket_key, what, cause: err });
  }

  const results = input.publications.map((p, i) => resultFor(p, publications[i]?.scheduled_at, session));
  emit({ stage: 'done', session_token: token, status: session.status });
  return {
    session_token: token,
    status: session.status,
    ok: results.every((r) => GOOD.has(r.status)),
    publications: results,
    file,
    validation,
    warnings,
    session,
  };
}

/**
 * Finds each target account (its `platform` decides the size limit) before anything is uploaded. Optional: its
 * route (Social Account List) is not printed in the Trenz docs, so when the server does not know it the publish
 * goes on unchecked, and a warning says what was not checked.
 */
async function checkAccounts(
  accounts: TrenzSocialAccounts,
  ids: string[],
  size: number | undefined,
  warnings: string[],
  call: CallOptions,
) {
  const platforms = new Map<string, string | undefined>();
  try {
    for await (const a of accounts.list({}, call)) platforms.set(a.id, a.platform);
  } catch (err) {
    if (!isRouteNotFound(err)) throw err;
    warnings.push(
      `the bound accounts could not be listed (${err.endpoint} answered "endpoint not found"; the route social.accounts.list is not printed in the Trenz docs): ` +
        'the target accounts and the platform size limits were not checked before uploading. Correct the route with the routes option to have them checked.',
    );
    return;
  }
  const issues = ids.flatMap((id, i) => {
    const path = ['publications', i, 'platform_account_id'];
    if (!platforms.has(id))
      return [{ path, message: `${id} is not a bound account (see social.accounts.list(); bind one by QR login)` }];
    const breach = size === undefined ? undefined : sizeLimitBreach(platforms.get(id), size);
    return breach ? [{ path, message: breach }] : [];
  });
  if (issues.length) throw new InvalidParamsError({ api: 'Trenz', endpoint: publishingRoutes.uploadAndPublish.id, issues });
  if (size === undefined)
    warnings.push('the file size is unknown (a stream without size): platform size limits were not checked.');
}

/**
 * upload-and-publish failed. Errors that prove the server did not act (a 4xx, a local check, a rate limit) are
 * thrown as they are. Anything else (timeout, reset, 5xx, an unreadable body) leaves the outcome unknown: the
 * session is then looked up by reading — the body of a response that failed validation, else the publishing
 * records of this upload's `bucket_key` — and never by posting again.
 */
async function recoverSession(
  deps: PublishDeps,
  err: unknown,
  bucketKey: string,
  options: PublishVideoOptions,
  warnings: string[],
): Promise<string> {
  if (err instanceof AbortError) {
    throw new AbortError(
      `publishVideo was aborted while upload-and-publish was in flight: it may have been published. Check social.videos.records({ bucket_key: '${bucketKey}' }).`,
      { cause: err },
    );
  }
  const rejected =
    err instanceof InvalidParamsError ||
    (err instanceof ConnectionError && err.notSent) ||
    // Only a 4xx proves the server did nothing: a 2xx whose body could not be read may be a live post.
    (err instanceof ApiError && err.status !== undefined && err.status >= 400 && err.status < 500 && err.status !== 408);
  const unclear = !rejected;
  if (!unclear || !(err instanceof SdkError)) throw err;
  const fromBody = err instanceof ResponseValidationError ? sessionTokenIn(err.body) : undefined;
  if (fromBody) return note(warnings, fromBody, err);
  const signal = options.signal;
  for (let look = 0; look < 3; look++) {
    if (look > 0) await sleep(options.pollInterval ?? 3_000, undefined, signal ? { signal } : undefined).catch(() => undefined);
    if (signal?.aborted) break;
    try {
      const page = await deps.videos.records({ bucket_key: bucketKey }, signal ? { signal } : {});
      const hit = page.items.find((r) => r.bucket_key === bucketKey && r.session_token);
      if (hit?.session_token) return note(warnings, hit.session_token, err);
    } catch (lookup) {
      // The records route is not printed in the Trenz docs: a server that does not know it cannot tell us more.
      if (isRouteNotFound(lookup)) {
        throw new PublishOutcomeUnknownError({
          bucketKey,
          recordsSearched: false,
          what: `upload-and-publish got no clear answer, and the publishing records could not be searched (${lookup.endpoint} answered "endpoint not found")`,
          cause: err,
        });
      }
      // Any other failed lookup is one more reason to report the outcome as unknown, never to post again.
    }
  }
  throw new PublishOutcomeUnknownError({
    bucketKey,
    what: 'upload-and-publish got no clear answer and no session was found for this upload',
    cause: err,
  });
}

function note(warnings: string[], token: string, err: SdkError): string {
  warnings.push(
    `upload-and-publish got no clear answer (${err.name}); its session ${token} was found by reading, and was not posted again.`,
  );
  return token;
}

function sessionTokenIn(body: unknown): string | undefined {
  const token = (body as { data?: { session_token?: unknown } } | undefined)?.data?.session_token;
  return typeof token === 'string' && token ? token : undefined;
}

function resultFor(p: PublicationInput, scheduledAt: number | undefined, session: PublishSession): PublicationResult {
  const id = String(p.platform_account_id);
  const state = session.publications?.find((s) => s.platform_account_id === id);
  return {
    platform_account_id: id,
    title: p.title,
    status: state?.status ?? session.status,
    scheduled_at: state?.scheduled_at ?? scheduledAt,
    publication_id: state?.publication_id,
    error_message: state?.error_message ?? undefined,
  };
}
