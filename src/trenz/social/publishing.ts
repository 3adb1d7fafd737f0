import { z } from 'zod';
import type { CoreClient, WithMeta } from '../../core/client.js';
import { defineEndpoint } from '../../core/endpoint.js';
import type { CallOptions } from '../../core/options.js';
import { pollTask } from '../../core/tasks.js';
import { idString } from '../../core/validation.js';
import type { TrenzMeta } from '../meta.js';
import { PlatformAccountId } from './accounts.js';
import { ListBody, Loose, PROPOSED, list, listOf, looseBody, post } from '../post-routes.js';
import { applyScheduleRules, type ScheduleInput } from './schedule.js';

/** `platform_config` on the wire: JSON inside a JSON string (T:480, ENDPOINTS.md 5.1.9). */
const PlatformConfigString = z.string().refine((v) => {
  try {
    return typeof JSON.parse(v) === 'object';
  } catch {
    return false;
  }
}, 'platform_config must be a JSON object encoded as a string (or pass an object: it is encoded for you)');

/** One target account of a publish, as sent (T:480, T:487). */
export const Publication = z.looseObject({
  /** The Social Account List `id` (T:451). */
  platform_account_id: PlatformAccountId,
  title: z.string(),
  platform_config: PlatformConfigString.optional(),
  /** Unix seconds, 5 min..90 days ahead; 0/omitted = now (T:488). */
  scheduled_at: z.number().int().nonnegative().optional(),
});

/** One target account of a publish, as the caller gives it. */
export interface PublicationInput {
  /** The Social Account List `id` (T:451). */
  platform_account_id: string | number;
  title: string;
  /** An object (`{ privacy: 'PUBLIC_TO_EVERYONE' }`) or its JSON string; sent as the string the API wants (T:480). */
  platform_config?: string | Record<string, unknown>;
  /** Unix seconds or a Date, 5 min..90 days ahead; 0/omitted = now; under 5 min = now, with a warning (T:488). */
  scheduled_at?: ScheduleInput;
  /** Other per-platform fields, sent as given. */
  [field: string]: unknown;
}

/** Upload and Publish Video body (T:480-481). `bucket_name`/`bucket_key` = step 1's `s3_bucket`/`object_key`. */
export const UploadAndPublishBody = z.looseObject({
  video_title: z.string(),
  video_description: z.string().optional(),
  bucket_name: z.string().min(1),
  bucket_key: z.string().min(1),
  publications: z.array(Publication).min(1),
});
export interface UploadAndPublishInput {
  video_title: string;
  video_description?: string;
  bucket_name: string;
  bucket_key: string;
  publications: PublicationInput[];
  [field: string]: unknown;
}

/**
 * Publications as sent: the schedule rules applied (T:488) and `platform_config` objects encoded as JSON strings
 * (T:480). Returns the local warnings (demoted schedules).
 */
export function toWirePublications(publications: readonly PublicationInput[], nowMs?: number) {
  const { times, warnings } = applyScheduleRules(publications.map((p) => p.scheduled_at), nowMs);
  const wire = publications.map((p, i) => {
    const { platform_config: config, scheduled_at: _given, ...rest } = p;
    const out: z.input<typeof Publication> = { ...rest, platform_account_id: p.platform_account_id, title: p.title };
    if (config !== undefined) out.platform_config = typeof config === 'string' ? config : JSON.stringify(config);
    const at = times[i];
    if (at !== undefined) out.scheduled_at = at;
    return out;
  });
  return { publications: wire, warnings };
}

/** The publish call returns `session_token` (T:481; its place in the body is n/g, read here as `data.session_token`). */
export const PublishSubmission = z.looseObject({ session_token: z.string() });

/** One publication inside a session. inferred: the seed gives no session fields besides `status`. */
export const PublicationState = z.looseObject({
  publication_id: idString.optional(),
  platform_account_id: idString.optional(),
  /** inferred: `pending` | `processing` | `published` | `scheduled` | `failed` | `cancelled`. */
  status: z.string().optional(),
  scheduled_at: z.number().nullish(),
  error_message: z.string().nullish(),
});
export type PublicationState = z.infer<typeof PublicationState>;

/** Publish Session Status (T:493-494): `status` ends as `completed` or `failed`; `publications` is inferred. */
export const PublishSession = z.looseObject({
  session_token: z.string().optional(),
  status: z.string(),
  publications: z.array(PublicationState).optional(),
});
export type PublishSession = z.infer<typeof PublishSession>;

const SessionRef = looseBody({ session_token: z.string().min(1) });
const CancelBody = looseBody({ publication_id: idString.optional(), session_token: z.string().optional() });

/** Route table of Social/2 Video Publishing (T:50) plus "Reschedule" (T:488, no navigation entry). */
export const publishingRoutes = {
  precheck: defineEndpoint({ name: 'social.publishing.precheck', method: 'POST', path: '/open/v1/social/precheck/trigger', body: looseBody({}), response: Loose, inferred: PROPOSED }),
  precheckRecords: defineEndpoint({ name: 'social.publishing.precheckRecords', method: 'POST', path: '/open/v1/social/precheck/list', body: ListBody, response: listOf(Loose), retrySafe: true, pagination: 'page-number', inferred: PROPOSED }),
  /** Documented (T:499). Body n/g: inferred `session_token` + `publication_id`. */
  cancel: defineEndpoint({ name: 'social.publishing.cancel', method: 'POST', path: '/open/v1/social/publish/cancel', body: CancelBody, response: Loose }),
  /** Documented (T:493). Read-only: safe to retry. */
  session: defineEndpoint({ name: 'social.publishing.session', method: 'POST', path: '/open/v1/social/publish/session', body: SessionRef, response: PublishSession, retrySafe: true }),
  /** Documented (T:498). Body n/g: inferred `session_token`. */
  cancelSession: defineEndpoint({ name: 'social.publishing.cancelSession', method: 'POST', path: '/open/v1/social/publish/session/cancel', body: SessionRef, response: Loose }),
  /** Documented (T:480). Never retrySafe: a replay could post the video twice. */
  uploadAndPublish: defineEndpoint({ name: 'social.publishing.uploadAndPublish', method: 'POST', path: '/open/v1/social/publish/upload-and-publish', body: UploadAndPublishBody, response: PublishSubmission }),
  /** Named at T:488 only; method and path proposed, body inferred (a publication and its new time). */
  reschedule: defineEndpoint({ name: 'social.publishing.reschedule', method: 'POST', path: '/open/v1/social/publish/reschedule', body: looseBody({ publication_id: idString.optional(), scheduled_at: z.number().int().nonnegative() }), response: Loose, inferred: `${PROPOSED}; the endpoint is only named at T:488` }),
} as const;

/** Session words that end polling. `completed`/`failed` are documented (T:494); the cancel words are inferred. */
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
  /** Delay between polls in ms. Default 3000 (the seed recommends 3-5 s, T:494). */
  pollInterval?: number;
  /** Overall wait in ms. Default 30 minutes. On expiry a TaskTimeoutError is thrown; the session goes on. */
  timeout?: number;
  signal?: AbortSignal;
  /** Called with every session read, the last one included. */
  onStatus?: (session: PublishSession, polls: number) => void;
}

/** Social/2 Video Publishing (T:446-499). For the whole workflow in one call see `social.publishVideo`. */
export class TrenzSocialPublishing {
  constructor(private readonly core: CoreClient<TrenzMeta>) {}

  /** Trigger Quality Precheck. Body n/g: any fields (e.g. `bucket_name`, `bucket_key`) are sent as given. */
  precheck(body: Record<string, unknown>, options?: CallOptions) {
    return post(this.core, publishingRoutes.precheck, body, options);
  }
  precheckRecords(body: z.input<typeof ListBody> = {}, options?: CallOptions) {
    return list(this.core, publishingRoutes.precheckRecords, body, options);
  }

  /**
   * Upload and Publish Video (T:480). Applies the `scheduled_at` rules first (T:488): out-of-range values throw
   * InvalidParamsError; values under 5 minutes are sent as immediate and the result's `warnings` say so.
   * Sent once: an unclear failure (timeout, reset, 5xx) is not retried, since the post may have gone out.
   * Read the session (or the publishing records) instead of calling this again.
   */
  async uploadAndPublish(body: UploadAndPublishInput, options?: CallOptions): Promise<WithMeta<z.infer<typeof PublishSubmission>, TrenzMeta>> {
    const { publications, warnings } = toWirePublications(body.publications);
    for (const w of warnings) this.core.log.warn(`Trenz upload-and-publish: ${w}`);
    const res = await post(this.core, publishingRoutes.uploadAndPublish, { ...body, publications }, options);
    Object.defineProperty(res, 'warnings', { value: [...warnings, ...res.warnings], enumerable: false, configurable: true });
    return res;
  }

  /** Publish Session Status (T:493). */
  session(body: { session_token: string }, options?: CallOptions) {
    return post(this.core, publishingRoutes.session, body, options);
  }
  /** Cancels an in-progress session (T:498). */
  cancelSession(body: { session_token: string }, options?: CallOptions) {
    return post(this.core, publishingRoutes.cancelSession, body, options);
  }
  /** Cancels one submitted publication (T:499). */
  cancel(body: z.input<typeof CancelBody>, options?: CallOptions) {
    return post(this.core, publishingRoutes.cancel, body, options);
  }
  /** Moves a scheduled publication (T:488). The same window applies: beyond 90 days throws; under 5 minutes sends 0 (now). */
  reschedule(body: { publication_id: string | number; scheduled_at: number | Date } & Record<string, unknown>, options?: CallOptions) {
    const [at] = applyScheduleRules([body.scheduled_at]).times;
    return post(this.core, publishingRoutes.reschedule, { ...body, publication_id: String(body.publication_id), scheduled_at: at ?? 0 }, options);
  }

  /**
   * Polls the session every `pollInterval` (default 3 s, T:494) until it is `completed` or `failed` (or every
   * publication is settled: published, scheduled, failed, cancelled). Resolves with the last session whatever its
   * status: check `status` and each publication. Never publishes anything.
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
