/**
 * Local checks of the publishing rules the Trenz docs state (Social/2.Video Publishing), so a bad request fails
 * before a file is uploaded or a post is made: the `scheduled_at` window (Scheduled Publishing) and the
 * per-platform size limits (Step 1).
 */
import { InvalidParamsError } from '../../core/errors/index.js';

/** Earliest schedule: 5 minutes ahead. Anything sooner is published at once. */
export const MIN_SCHEDULE_AHEAD_S = 5 * 60;
/** Latest schedule: 90 days ahead. */
export const MAX_SCHEDULE_AHEAD_S = 90 * 24 * 3600;

const GiB = 1024 ** 3;
/**
 * Upload size limits by platform ("TikTok max 4GB, YouTube max 256GB, Instagram Reels max 1GB").
 * Read as binary gigabytes (the docs do not say which). Keys are the account's `platform` (inferred field).
 */
export const PLATFORM_SIZE_LIMITS: Readonly<Record<string, number>> = {
  tiktok: 4 * GiB,
  youtube: 256 * GiB,
  instagram: 1 * GiB,
};

/** `scheduled_at` as given by a caller: Unix seconds, a Date, or 0/undefined for "now". */
export type ScheduleInput = number | Date | undefined;

const ENDPOINT = 'POST /open/v1/social/publish/upload-and-publish';

/**
 * Applies the `scheduled_at` rules to each publication's value, in order: omitted or 0 = immediate (undefined);
 * 5 min..90 days ahead = kept (Dates become Unix seconds); under 5 minutes ahead (the past included) = demoted to
 * immediate, which the API does silently and this reports in `warnings`; beyond 90 days or not whole seconds =
 * InvalidParamsError (nothing is sent).
 */
export function applyScheduleRules(
  values: readonly ScheduleInput[],
  nowMs: number = Date.now(),
): { times: (number | undefined)[]; warnings: string[] } {
  const now = Math.floor(nowMs / 1000);
  const warnings: string[] = [];
  const times = values.map((raw, i) => {
    if (raw === undefined || raw === 0) return undefined;
    const at = raw instanceof Date ? Math.floor(raw.getTime() / 1000) : raw;
    const where = ['publications', i, 'scheduled_at'];
    if (!Number.isInteger(at) || at < 0) {
      throw new InvalidParamsError({
        api: 'Trenz',
        endpoint: ENDPOINT,
        issues: [{ path: where, message: `must be whole Unix seconds, got ${String(raw)}` }],
      });
    }
    const ahead = at - now;
    if (ahead > MAX_SCHEDULE_AHEAD_S) {
      const hint = at > 1e11 ? ' (it looks like milliseconds: scheduled_at is Unix seconds)' : '';
      throw new InvalidParamsError({
        api: 'Trenz',
        endpoint: ENDPOINT,
        issues: [{ path: where, message: `${at} is more than 90 days ahead; allowed: 5 minutes to 90 days from now${hint}` }],
      });
    }
    if (ahead < MIN_SCHEDULE_AHEAD_S) {
      warnings.push(
        `publications[${i}].scheduled_at ${at} is ${ahead < 0 ? 'in the past' : `only ${ahead} s ahead`}: ` +
          'under 5 minutes it is published immediately.',
      );
      return undefined;
    }
    return at;
  });
  return { times, warnings };
}

/** A platform limit a file breaks, named for the error; undefined when the platform is unknown or the size fits. */
export function sizeLimitBreach(platform: string | undefined, size: number): string | undefined {
  const key = platform?.toLowerCase();
  const limit = key === undefined ? undefined : PLATFORM_SIZE_LIMITS[key];
  if (limit === undefined || size <= limit) return undefined;
  return `${size} bytes exceeds the ${platform} limit of ${limit / GiB} GB`;
}
