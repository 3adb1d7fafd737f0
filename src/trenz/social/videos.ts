import { z } from 'zod';
import type { CoreClient } from '../../core/client.js';
import { defineEndpoint } from '../../core/endpoint.js';
import type { CallOptions } from '../../core/options.js';
import { idString } from '../../core/validation.js';
import type { TrenzMeta } from '../meta.js';
import { ListBody, Loose, PROPOSED, list, listOf, looseBody, pageFields, post } from '../post-routes.js';

/**
 * A publishing record. inferred: fields n/g; `session_token` and `bucket_key` are what publishVideo looks up to
 * find the session of a publish whose response was lost.
 */
export const PublishingRecord = z.looseObject({
  id: idString.optional(),
  session_token: z.string().optional(),
  bucket_key: z.string().optional(),
  platform_account_id: idString.optional(),
  status: z.string().optional(),
});
export type PublishingRecord = z.infer<typeof PublishingRecord>;

/**
 * Validate Video Info result (T:472-475: encoding, resolution, duration, bitrate against each platform).
 * inferred: `valid` and `issues` (fields n/g); publishVideo stops before publishing when `valid` is false.
 */
export const VideoCheck = z.looseObject({
  valid: z.boolean().optional(),
  issues: z.array(z.union([z.string(), Loose])).optional(),
});
export type VideoCheck = z.infer<typeof VideoCheck>;

/** The uploaded object to check (T:474): `bucket_name` = `s3_bucket`, `bucket_key` = `object_key`. */
export const BucketRef = z.looseObject({ bucket_name: z.string().min(1), bucket_key: z.string().min(1) });

const RecordsBody = looseBody({ ...pageFields, bucket_key: z.string().optional(), session_token: z.string().optional() });

/** Route table of Social/3 Video Management (T:52). */
export const videoRoutes = {
  records: defineEndpoint({ name: 'social.videos.records', method: 'POST', path: '/open/v1/social/videos/list', body: RecordsBody, response: listOf(PublishingRecord), retrySafe: true, pagination: 'page-number', inferred: PROPOSED }),
  recordDetail: defineEndpoint({ name: 'social.videos.recordDetail', method: 'POST', path: '/open/v1/social/videos/detail', body: looseBody({}), response: PublishingRecord, retrySafe: true, inferred: PROPOSED }),
  /** Documented (T:474). A read-only check: safe to retry. */
  validate: defineEndpoint({ name: 'social.videos.validate', method: 'POST', path: '/open/v1/social/videos/check-info', body: BucketRef, response: VideoCheck, retrySafe: true }),
  metrics: defineEndpoint({ name: 'social.videos.metrics', method: 'POST', path: '/open/v1/social/videos/metrics', body: ListBody, response: listOf(Loose), retrySafe: true, pagination: 'page-number', inferred: PROPOSED }),
} as const;

/** Social/3 Video Management: what was published, and the pre-publish check. */
export class TrenzSocialVideos {
  constructor(private readonly core: CoreClient<TrenzMeta>) {}

  /** Publishing Record List, paged. Filters (inferred): `bucket_key`, `session_token`. */
  records(body: z.input<typeof RecordsBody> = {}, options?: CallOptions) {
    return list(this.core, videoRoutes.records, body, options);
  }
  /** Publishing Record Detail. Body n/g (probably the record's id). */
  recordDetail(body: Record<string, unknown>, options?: CallOptions) {
    return post(this.core, videoRoutes.recordDetail, body, options);
  }
  /** Validate Video Info, "recommended" before publishing (T:470-475). */
  validate(body: z.input<typeof BucketRef>, options?: CallOptions) {
    return post(this.core, videoRoutes.validate, body, options);
  }
  /** Platform Video Metrics List, paged. */
  metrics(body: z.input<typeof ListBody> = {}, options?: CallOptions) {
    return list(this.core, videoRoutes.metrics, body, options);
  }
}
