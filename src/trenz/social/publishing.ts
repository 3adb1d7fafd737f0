import { z } from 'zod';
import { defineEndpoint, type EndpointParams } from '../../core/endpoint.js';
import type { CallOptions, PageOptions } from '../../core/options.js';
import { ApiResource } from '../../core/resource.js';
import { pollTask } from '../../core/tasks.js';
import { idString } from '../../core/validation.js';
import type { TrenzMeta } from '../meta.js';
import { ListBody, Loose, RequestId, SOCIAL_PROPOSED, listOf, looseBody, trenzPages } from '../route-kit.js';
import { PlatformAccountId } from './accounts.js';
import { applyScheduleRules } from './schedule.js';

/** `platform_config` on the wire: JSON inside a JSON string (Trenz docs: Video Publishing, Step 3). */
const PlatformConfigString = z.string().refine((v) => {
  try {
    return typeof JSON.parse(v) === 'object';
  } catch {
    return false;
  }
}, 'platform_config must be a JSON object encoded as a string (or pass an object: it is encoded for you)');

/** An object (`{ privacy: 'PUBLIC_TO_EVERYONE' }`) or its JSON string; sent as the string the API wants. */
const PlatformConfig = z.union([PlatformConfigString, z.record(z.string(), z.unknown()).transform((v) => JSON.stringify(v))]);

/** Unix seconds or a Date; 0 or omitted = now (Trenz docs: Video Publishing, Scheduled Publishing). */
const ScheduledAt = z.union([z.number().int().nonnegative(), z.date().transform((d) => Math.floor(d.getTime() / 1000))]);

/** One target account of a publish (Trenz docs: Video Publishing, Step 3 and Scheduled Publishing). */
export const Publication = z.looseObject({
  /** The Social Account List `id`. */
  platform_account_id: PlatformAccountId,
  title: z.string(),
  platform_config: PlatformConfig.optional(),
  /** 5 min..90 days ahead; under 5 min = now, with a warning; beyond 90 days throws before anything is sent. */
  scheduled_at: ScheduledAt.optional(),
});
/** One target account of a publish, as the caller gives it; other per-platform fields are sent as given. */
export type PublicationInput = z.input<typeof Publication>;

/** Upload and Publish Video body. `bucket_name`/`bucket_key` = the upload's `s3_bucket`/`object_key`. */
export const UploadAndPublishBody = z.looseObject({
  video_title: z.string(),
  video_description: z.string().optional(),
  bucket_name: z.string().min(1),
  bucket_key: z.string().min(1),
  publications: z.array(Publication).min(1),
});
export type UploadAndPublishInput = z.input<typeof UploadAndPublishBody>;

/** A publication after {@link toWirePublications}: seconds within the window, `platform_config` a JSON string. */
type WirePublication = PublicationInput & { platform_config?: string; scheduled_at?: number };

/**
 * Publications as sent: the schedule rules applied and `platform_config` objects encoded as JSON strings. Returns
 * the local warnings (demoted schedules).
 */
export function toWirePublications(publications: readonly PublicationInput[], nowMs?: number) {
  const { times, warnings } = applyScheduleRules(
    publications.map((p) => p.scheduled_at),
    nowMs,
  );
  const wire = publications.map((p, i) => {
    const { platform_config: config, scheduled_at: _given, ...rest } = p;
    const out: WirePublication = { ...rest, platform_account_id: p.platform_account_id, title: p.title };
    if (config !== undefined) out.platform_config = typeof config === 'string' ? config : JSON.stringify(config);
    const at = times[i];
    if (at !== undefined) out.scheduled_at = at;
    return out;
  });
  return { publications: wire, warnings };
}

/** The publish call returns `session_token` (its place in the body is not documented: read as `data.session_token`). */
export const PublishSubmission = z.looseObject({ session_token: z.string() });

const publicationStateShape = z.looseObject({
  publication_id: idString.optional(),
  platform_account_id: idString.optional(),
  /** inferred: `pending` | `processing` | `published` | `scheduled` | `failed` | `cancelled`. */
  status: z.string().optional(),
  scheduled_at: z.number().nullish(),
  error_message: z.string().nullish(),
});
/** One publication inside a session. inferred: the docs give no session fields besides `status`. */
export interface PublicationState extends z.output<typeof publicationStateShape> {}
export const PublicationState: z.ZodType<PublicationState> = publicationStateShape;

const publishSessionShape = z.looseObject({
  session_token: z.string().optional(),
  status: z.string(),
  publications: z.array(PublicationState).optional(),
});
/** Publish Session Status: `status` ends as `completed` or `failed` (Step 4); `publications` is inferred. */
export interface PublishSession extends z.output<typeof publishSessionShape> {}
export const PublishSession: z.ZodType<PublishSession> = publishSessionShape;

const SessionRef = looseBody({ session_token: z.string().min(1) });
const CancelBody = looseBody({ publication_id: RequestId.optional(), session_token: z.string().optional() });
const RescheduleBody = looseBody({ publication_id: RequestId, scheduled_at: ScheduledAt });
const post = { method: 'POST' } as const;

/** Route table of Social/2.Video Publishing, plus "Reschedule" (named in Scheduled Publishing, no navigation entry). */
export const publishingRoutes = {
  precheck: defineEndpoint({
    ...post,
    name: 'social.publishing.precheck',
    path: '/open/v1/social/precheck/trigger',
    body: looseBody({}),
    response: Loose,
    inferred: SOCIAL_PROPOSED,
  }),
  precheckRecords: defineEndpoint({
    ...post,
    name: 'social.publishing.precheckRecords',
    path: '/open/v1/social/precheck/list',
    body: ListBody,
    response: listOf(Loose),
    retrySafe: true,
    paging: trenzPages,
    inferred: SOCIAL_PROPOSED,
  }),
  /** Documented (Cancel Publishing). Body not documented: inferred `session_token` + `publication_id`. */
  cancel: defineEndpoint({
    ...post,
    name: 'social.publishing.cancel',
    path: '/open/v1/social/publish/cancel',
    body: CancelBody,
    response: Loose,
  }),
  /** Documented (Step 4). Read-only: safe to retry. */
  session: defineEndpoint({
    ...post,
    name: 'social.publishing.session',
    path: '/open/v1/social/publish/session',
    body: SessionRef,
    response: PublishSession,
    retrySafe: true,
  }),
  /** Documented (Cancel Publishing). Body not documented: inferred `session_token`. */
  cancelSession: defineEndpoint({
    ...post,
    name: 'social.publishing.cancelSession',
    path: '/open/v1/social/publish/session/cancel',
    body: SessionRef,
    response: Loose,
  }),
  /** Documented (Step 3). Never retrySafe: a replay could post the video twice. */
  uploadAndPublish: defineEndpoint({
    ...post,
    name: 'social.publishing.uploadAndPublish',
    path: '/open/v1/social/publish/upload-and-publish',
    body: UploadAndPublishBody,
    response: PublishSubmission,
  }),
  /** Only named by the docs; method and path proposed, body inferred (a publication and its new time). */
  reschedule: defineEndpoint({
    ...post,
    name: 'social.publishing.reschedule',
    path: '/open/v1/social/publish/reschedule',
    body: RescheduleBody,
    response: Loose,
    inferred: `${SOCIAL_PROPOSED}; the Trenz docs only name "Reschedule"`,
  }),
} as const;

/** Session words that end polling. `completed`/`failed` are documented (Step 4); the cancel words are inferred. */
const SESSION_DONE = new Set(['completed', 'failed', 'cancelled', 'canceled']);
/** Publication words that need no more polling (inferred): a scheduled one waits on the server, not on us. */
const PUBLICATION_SETTLED = new Set(['published', 'success', 'completed', 'failed', 'scheduled', 'cancelled', 'canceled']);

/** Whether a session needs no more polling: a terminal status, or every publication settled. */
export function sessionSettled(s: PublishSession): boolean {
  if (SESSION_DONE.has(s.status)) return true;
  const pubs = s.publications ?? [];
  return pubs.length > 0 && pubs.every((p) => p.status !== undefined && PUBLICATION_SETTLED.has(p.status));
}

export interface WaitForSessionOptions {
  /** Delay between polls in ms. Default 3000 (the Trenz docs recommend 3-5 s). */
  pollInterval?: number;
  /** Overall wait in ms. Default 30 minutes. On expiry a TaskTimeoutError is thrown; the session goes on. */
  timeout?: number;
  signal?: AbortSignal;
  /** Called with every session read, the last one included. */
  onStatus?: (session: PublishSession, polls: number) => void;
}

type Params<K extends keyof typeof publishingRoutes> = EndpointParams<(typeof publishingRoutes)[K]>;

/** Social/2.Video Publishing. For the whole workflow in one call see `social.publishVideo`. */
export class TrenzSocialPublishing extends ApiResource<TrenzMeta> {
  /** Trigger Quality Precheck. Body not documented: any fields (e.g. `bucket_name`, `bucket_key`) are sent as given. */
  precheck(params?: Params<'precheck'>, options?: CallOptions) {
    return this._request(publishingRoutes.precheck, [], params, options);
  }
  precheckRecords(params?: Params<'precheckRecords'>, options?: PageOptions) {
    return this._list(publishingRoutes.precheckRecords, [], params, options);
  }

  /**
   * Upload and Publish Video. Applies the `scheduled_at` rules first: out-of-range values throw InvalidParamsError;
   * values under 5 minutes are sent as immediate and the result's `warnings` say so. Sent once: an unclear failure
   * (timeout, reset, 5xx) is not retried, since the post may have gone out. Read the session (or the publishing
   * records) instead of calling this again.
   */
  async uploadAndPublish(params: Params<'uploadAndPublish'>, options?: CallOptions) {
    const { publications, warnings } = toWirePublications(params.publications);
    for (const w of warnings) this._client.log.warn(`Trenz upload-and-publish: ${w}`);
    const res = await this._request(publishingRoutes.uploadAndPublish, [], { ...params, publications }, options);
    Object.defineProperty(res, 'warnings', { value: [...warnings, ...res.warnings], enumerable: false, configurable: true });
    return res;
  }

  /** Publish Session Status. */
  session(params: Params<'session'>, options?: CallOptions) {
    return this._request(publishingRoutes.session, [], params, options);
  }
  /** Cancels an in-progress session. */
  cancelSession(params: Params<'cancelSession'>, options?: CallOptions) {
    return this._request(publishingRoutes.cancelSession, [], params, options);
  }
  /** Cancels one submitted publication. */
  cancel(params: Params<'cancel'>, options?: CallOptions) {
    return this._request(publishingRoutes.cancel, [], params, options);
  }
  /** Moves a scheduled publication. The same window applies: beyond 90 days throws; under 5 minutes sends 0 (now). */
  reschedule(params: Params<'reschedule'>, options?: CallOptions) {
    const [at] = applyScheduleRules([params.scheduled_at]).times;
    return this._request(publishingRoutes.reschedule, [], { ...params, scheduled_at: at ?? 0 }, options);
  }

  /**
   * Polls the session every `pollInterval` (default 3 s) until it is `completed` or `failed` (or every publication
   * is settled: published, scheduled, failed, cancelled). Resolves with the last session whatever its status: check
   * `status` and each publication. Never publishes anything.
   */
  waitForSession(sessionToken: string, options: WaitForSessionOptions = {}): Promise<PublishSession> {
    return pollTask<PublishSession>({
      api: 'Trenz',
      taskId: `publish session ${sessionToken}`,
      fetch: (signal) => this.session({ session_token: sessionToken }, { signal }),
      classify: (s) => ({ state: sessionSettled(s) ? 'succeeded' : 'pending', status: s.status }),
      pollInterval: options.pollInterval ?? 3_000,
      timeout: options.timeout ?? 30 * 60_000,
      signal: options.signal,
      onProgress: options.onStatus ? (s, info) => options.onStatus?.(s, info.polls) : undefined,
    });
  }
}
