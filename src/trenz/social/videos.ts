import { z } from 'zod';
import { defineEndpoint, type EndpointParams } from '../../core/endpoint.js';
import type { CallOptions, PageOptions } from '../../core/options.js';
import { ApiResource } from '../../core/resource.js';
import { idString } from '../../core/validation.js';
import type { TrenzMeta } from '../meta.js';
import { ListBody, Loose, SOCIAL_PROPOSED, listOf, looseBody, pageFields, trenzPages } from '../route-kit.js';

const publishingRecordShape = z.looseObject({
  id: idString.optional(),
  session_token: z.string().optional(),
  bucket_key: z.string().optional(),
  platform_account_id: idString.optional(),
  status: z.string().optional(),
});
/**
 * A publishing record. inferred: its fields are not documented; `session_token` and `bucket_key` are what
 * publishVideo looks up to find the session of a publish whose response was lost.
 */
export interface PublishingRecord extends z.output<typeof publishingRecordShape> {}
export const PublishingRecord: z.ZodType<PublishingRecord> = publishingRecordShape;

const videoCheckShape = z.looseObject({
  valid: z.boolean().optional(),
  issues: z.array(z.union([z.string(), Loose])).optional(),
});
/**
 * Validate Video Info result (it checks encoding, resolution, duration, bitrate against each platform).
 * inferred: `valid` and `issues` (not documented); publishVideo stops before publishing when `valid` is false.
 */
export interface VideoCheck extends z.output<typeof videoCheckShape> {}
export const VideoCheck: z.ZodType<VideoCheck> = videoCheckShape;

/** The uploaded object to check: `bucket_name` = `s3_bucket`, `bucket_key` = `object_key` of the upload. */
export const BucketRef = z.looseObject({ bucket_name: z.string().min(1), bucket_key: z.string().min(1) });

const RecordsBody = looseBody({ ...pageFields, bucket_key: z.string().optional(), session_token: z.string().optional() });
const read = { method: 'POST', retrySafe: true } as const;

/** Route table of Social/3.Video Management. */
export const videoRoutes = {
  records: defineEndpoint({
    ...read,
    name: 'social.videos.records',
    path: '/open/v1/social/videos/list',
    body: RecordsBody,
    response: listOf(PublishingRecord),
    paging: trenzPages,
    inferred: SOCIAL_PROPOSED,
  }),
  recordDetail: defineEndpoint({
    ...read,
    name: 'social.videos.recordDetail',
    path: '/open/v1/social/videos/detail',
    body: looseBody({}),
    response: PublishingRecord,
    inferred: SOCIAL_PROPOSED,
  }),
  /** Documented (Trenz docs: Video Publishing, Step 2). A read-only check: safe to retry. */
  validate: defineEndpoint({
    ...read,
    name: 'social.videos.validate',
    path: '/open/v1/social/videos/check-info',
    body: BucketRef,
    response: VideoCheck,
  }),
  metrics: defineEndpoint({
    ...read,
    name: 'social.videos.metrics',
    path: '/open/v1/social/videos/metrics',
    body: ListBody,
    response: listOf(Loose),
    paging: trenzPages,
    inferred: SOCIAL_PROPOSED,
  }),
} as const;

type Params<K extends keyof typeof videoRoutes> = EndpointParams<(typeof videoRoutes)[K]>;

/** Social/3.Video Management: what was published, and the pre-publish check. */
export class TrenzSocialVideos extends ApiResource<TrenzMeta> {
  /** Publishing Record List, paged. Filters (inferred): `bucket_key`, `session_token`. */
  records(params?: Params<'records'>, options?: PageOptions) {
    return this._list(videoRoutes.records, [], params, options);
  }
  /** Publishing Record Detail. Body not documented (probably the record's id). */
  recordDetail(params: Params<'recordDetail'>, options?: CallOptions) {
    return this._request(videoRoutes.recordDetail, [], params, options);
  }
  /** Validate Video Info, "recommended" before publishing (Trenz docs: Video Publishing, Step 2). */
  validate(params: Params<'validate'>, options?: CallOptions) {
    return this._request(videoRoutes.validate, [], params, options);
  }
  /** Platform Video Metrics List, paged. */
  metrics(params?: Params<'metrics'>, options?: PageOptions) {
    return this._list(videoRoutes.metrics, [], params, options);
  }
}
