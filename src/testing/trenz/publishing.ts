/**
 * Emulated Social/2.Video Publishing. A session moves through its states as time passes, per
 * publication: `pending` -> `processing` -> `published` | `scheduled` | `failed`, one step every `stepMs`; the session
 * is `completed` when all are settled (`failed` when one failed). Every upload-and-publish call is counted, so a test
 * can prove that nothing was posted twice. Status words beyond `completed`/`failed` are inferred.
 */
import type { RequestHandler } from 'msw';
import { publishingRoutes } from '../../trenz/social/publishing.js';
import type { TrenzEmulatorContext } from './common.js';
import { uploadStore } from './files.js';
import { missing, paged, perContext, route, type Json } from './route-kit.js';
import { socialStore } from './social-state.js';

/** Credits charged per publication (the Trenz docs name no price: an emulator choice). */
export const PUBLISH_COST_PER_TARGET = 5;

export interface EmulatedPublication {
  publication_id: number;
  platform_account_id: number;
  title: string;
  platform_config: string | undefined;
  scheduled_at: number | undefined;
  failure: string | undefined;
  cancelled: boolean;
}

export interface EmulatedSession {
  session_token: string;
  bucket_name: string;
  bucket_key: string;
  video_title: string;
  createdAt: number;
  cancelled: boolean;
  publications: EmulatedPublication[];
}

export class TrenzPublishStore {
  /** Time per state step, in ms. Default 40. */
  stepMs = 40;
  /** upload-and-publish calls that reached the handler (accepted or not). */
  publishCalls = 0;
  readonly sessions = new Map<string, EmulatedSession>();
  readonly prechecks: Json[] = [];
  readonly #fail = new Map<number, string>();
  #seq = 0;

  /** The next publication to `accountId` fails with `reason` once it has run its course. */
  failPublication(accountId: number, reason = 'The platform rejected the video: duration exceeds the account limit.'): void {
    this.#fail.set(accountId, reason);
  }

  create(body: Json): EmulatedSession {
    this.#seq++;
    const token = `${(0x127169e7 + this.#seq).toString(16)}-35e3-40${this.#seq.toString().padStart(2, '0')}-emu`;
    const publications = (body.publications as Json[]).map((p, i) => {
      const account = Number(p.platform_account_id);
      const failure = this.#fail.get(account);
      this.#fail.delete(account);
      return {
        publication_id: this.#seq * 100 + i + 1,
        platform_account_id: account,
        title: String(p.title ?? ''),
        platform_config: typeof p.platform_config === 'string' ? p.platform_config : undefined,
        scheduled_at: scheduledTime(p.scheduled_at),
        failure,
        cancelled: false,
      };
    });
    const session: EmulatedSession = {
      session_token: token,
      bucket_name: String(body.bucket_name),
      bucket_key: String(body.bucket_key),
      video_title: String(body.video_title ?? ''),
      createdAt: Date.now(),
      cancelled: false,
      publications,
    };
    this.sessions.set(token, session);
    return session;
  }

  /** What the session endpoint sends at time `now`. */
  view(s: EmulatedSession, now = Date.now()) {
    const step = Math.floor((now - s.createdAt) / this.stepMs);
    const publications = s.publications.map((p) => ({
      publication_id: p.publication_id,
      platform_account_id: p.platform_account_id,
      title: p.title,
      scheduled_at: p.scheduled_at ?? null,
      status: p.cancelled
        ? 'cancelled'
        : step < 1
          ? 'pending'
          : step < 2
            ? 'processing'
            : p.failure
              ? 'failed'
              : p.scheduled_at
                ? 'scheduled'
                : 'published',
      error_message: !p.cancelled && step >= 2 && p.failure ? p.failure : null,
    }));
    const settled = publications.every((p) => !['pending', 'processing'].includes(p.status));
    const status = s.cancelled
      ? 'cancelled'
      : !settled
        ? step < 1
          ? 'pending'
          : 'processing'
        : publications.some((p) => p.status === 'failed')
          ? 'failed'
          : 'completed';
    return { session_token: s.session_token, status, video_title: s.video_title, publications };
  }

  /** Publishing records (Social/3 list): one per publication. */
  records(now = Date.now()) {
    return [...this.sessions.values()].flatMap((s) => {
      const v = this.view(s, now);
      return v.publications.map((p) => ({
        id: p.publication_id,
        session_token: s.session_token,
        bucket_key: s.bucket_key,
        bucket_name: s.bucket_name,
        ...p,
      }));
    });
  }
}

export const publishStore = perContext(() => new TrenzPublishStore());

/** The schedule window of the Trenz docs (Video Publishing, Scheduled Publishing): 5 minutes to 90 days ahead. */
const MIN_AHEAD_S = 5 * 60;
const MAX_AHEAD_S = 90 * 24 * 3600;

/**
 * The time a publication is scheduled for, by the docs' rule: omitted or 0 = immediate; under 5 minutes ahead
 * (the past included) = "auto-demoted to immediate"; else the time (the 90-day bound is checked before, by
 * {@link scheduleProblem}).
 */
function scheduledTime(value: unknown, now = Date.now() / 1000): number | undefined {
  if (typeof value !== 'number' || value <= 0) return undefined;
  return value - now < MIN_AHEAD_S ? undefined : value;
}

/** Why a `scheduled_at` is refused, or undefined: whole Unix seconds, at most 90 days ahead. */
function scheduleProblem(value: unknown, now = Date.now() / 1000): string | undefined {
  if (value === undefined || value === null || value === 0) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return 'scheduled_at must be Unix seconds';
  if (value - now > MAX_AHEAD_S) return 'scheduled_at must fall within 5 minutes to 90 days from now';
  return undefined;
}

export function trenzPublishingHandlers(ctx: TrenzEmulatorContext): RequestHandler[] {
  const store = publishStore(ctx);
  const session = (body: Json) => store.sessions.get(String(body.session_token));
  return [
    route(ctx, publishingRoutes.uploadAndPublish, (body) => {
      store.publishCalls++;
      const absent = missing(ctx, body, 'video_title', 'bucket_name', 'bucket_key', 'publications');
      if (absent) return absent;
      if (!uploadStore(ctx).uploaded(String(body.bucket_key)))
        return ctx.error(400, 'INVALID_PARAM', `bucket_key ${String(body.bucket_key)} has no uploaded object`);
      const pubs = body.publications;
      if (!Array.isArray(pubs) || pubs.length === 0)
        return ctx.error(400, 'INVALID_PARAM', 'publications must be a non-empty array');
      const accounts = socialStore(ctx).accounts;
      for (const p of pubs as Json[]) {
        if (!accounts.some((a) => a.id === Number(p.platform_account_id)))
          return ctx.error(400, 'INVALID_PARAM', `platform_account_id ${String(p.platform_account_id)} is not bound`);
        if (p.platform_config !== undefined && typeof p.platform_config !== 'string')
          return ctx.error(400, 'INVALID_PARAM', 'platform_config must be a JSON string');
        const problem = scheduleProblem(p.scheduled_at);
        if (problem) return ctx.error(400, 'INVALID_PARAM', problem);
      }
      const s = store.create(body);
      return ctx.ok({ session_token: s.session_token }, { cost: PUBLISH_COST_PER_TARGET * pubs.length });
    }),
    route(ctx, publishingRoutes.session, (body) => {
      const s = session(body);
      return s ? ctx.ok(store.view(s)) : ctx.error(400, 'INVALID_PARAM', 'unknown session_token');
    }),
    route(ctx, publishingRoutes.cancelSession, (body) => {
      const s = session(body);
      if (!s) return ctx.error(400, 'INVALID_PARAM', 'unknown session_token');
      const pending = store
        .view(s)
        .publications.filter((p) => p.status === 'pending' || p.status === 'processing' || p.status === 'scheduled');
      for (const p of s.publications) if (pending.some((q) => q.publication_id === p.publication_id)) p.cancelled = true;
      s.cancelled = true;
      return ctx.ok({ session_token: s.session_token, cancelled: pending.length });
    }),
    route(ctx, publishingRoutes.cancel, (body) => {
      const p = [...store.sessions.values()]
        .flatMap((s) => s.publications)
        .find((x) => x.publication_id === Number(body.publication_id));
      if (!p) return ctx.error(400, 'INVALID_PARAM', 'unknown publication_id');
      p.cancelled = true;
      return ctx.ok({ publication_id: p.publication_id, status: 'cancelled' });
    }),
    // Rescheduling keeps the publish window: at most 90 days ahead; under 5 minutes = published at once.
    route(ctx, publishingRoutes.reschedule, (body) => {
      const absent = missing(ctx, body, 'publication_id', 'scheduled_at');
      if (absent) return absent;
      const p = [...store.sessions.values()]
        .flatMap((s) => s.publications)
        .find((x) => x.publication_id === Number(body.publication_id));
      if (!p) return ctx.error(400, 'INVALID_PARAM', 'unknown publication_id');
      if (p.scheduled_at === undefined || p.cancelled)
        return ctx.error(400, 'INVALID_PARAM', `publication ${p.publication_id} is not scheduled`);
      const problem = scheduleProblem(body.scheduled_at);
      if (problem) return ctx.error(400, 'INVALID_PARAM', problem);
      p.scheduled_at = scheduledTime(body.scheduled_at);
      return ctx.ok({ publication_id: p.publication_id, scheduled_at: p.scheduled_at ?? 0 });
    }),
    route(ctx, publishingRoutes.precheck, (body) => {
      const record = { precheck_id: store.prechecks.length + 1, status: 'passed', ...body };
      store.prechecks.push(record);
      return ctx.ok(record, { cost: 1 });
    }),
    route(ctx, publishingRoutes.precheckRecords, (body) => paged(ctx, store.prechecks, body)),
  ];
}
