import type { CoreClient } from '../../core/client.js';
import { ApiResource } from '../../core/resource.js';
import type { TrenzFiles } from '../files.js';
import type { TrenzMeta } from '../meta.js';
import { TrenzSocialAccounts } from './accounts.js';
import { TrenzSocialAnalytics } from './analytics.js';
import { TrenzSocialComments } from './comments.js';
import { publishVideo, type PublishVideoInput, type PublishVideoOptions, type PublishVideoResult } from './publish-video.js';
import { TrenzSocialPublishing } from './publishing.js';
import { TrenzSocialShop, TrenzSocialTools } from './tools.js';
import { TrenzSocialVideos } from './videos.js';

export {
  accountRoutes,
  PlatformAccountId,
  QrLoginExpiredError,
  SocialAccount,
  TrenzSocialAccounts,
  type QrLogin,
  type QrStatus,
  type WaitForQrLoginOptions,
} from './accounts.js';
export { analyticsRoutes, TrenzSocialAnalytics } from './analytics.js';
export { commentRoutes, TrenzSocialComments, type Comment } from './comments.js';
export { PublishOutcomeUnknownError, VideoValidationError } from './errors.js';
export type {
  PublicationResult,
  PublishProgress,
  PublishStage,
  PublishVideoInput,
  PublishVideoOptions,
  PublishVideoResult,
} from './publish-video.js';
export {
  publishingRoutes,
  sessionSettled,
  TrenzSocialPublishing,
  type PublicationInput,
  type PublicationState,
  type PublishSession,
  type UploadAndPublishInput,
  type WaitForSessionOptions,
} from './publishing.js';
export { applyScheduleRules, MAX_SCHEDULE_AHEAD_S, MIN_SCHEDULE_AHEAD_S, PLATFORM_SIZE_LIMITS } from './schedule.js';
export { shopRoutes, toolRoutes, TrenzSocialShop, TrenzSocialTools } from './tools.js';
export { videoRoutes, TrenzSocialVideos, type PublishingRecord, type VideoCheck } from './videos.js';

/** Every Social route table, by group: one place to read and correct the paths (most are proposed). */
export { socialRoutes } from './routes.js';

/**
 * Social media management (Trenz docs: Social): bound accounts, publishing, published videos, comments,
 * analytics, creation tools and the TikTok Shop showcase.
 */
export class TrenzSocial extends ApiResource<TrenzMeta> {
  readonly accounts: TrenzSocialAccounts;
  readonly publishing: TrenzSocialPublishing;
  readonly videos: TrenzSocialVideos;
  readonly comments: TrenzSocialComments;
  readonly analytics: TrenzSocialAnalytics;
  readonly tools: TrenzSocialTools;
  readonly shop: TrenzSocialShop;
  readonly #files: TrenzFiles;

  /** @internal */
  constructor(client: CoreClient<TrenzMeta>, files: TrenzFiles) {
    super(client);
    this.#files = files;
    this.accounts = new TrenzSocialAccounts(client);
    this.publishing = new TrenzSocialPublishing(client);
    this.videos = new TrenzSocialVideos(client);
    this.comments = new TrenzSocialComments(client);
    this.analytics = new TrenzSocialAnalytics(client);
    this.tools = new TrenzSocialTools(client);
    this.shop = new TrenzSocialShop(client);
  }

  /**
   * The whole publishing workflow of the Trenz docs (Social/2.Video Publishing): checks the schedule, the accounts
   * and the platform size limits -> presigned URL -> streamed PUT -> Validate Video Info -> Upload and Publish
   * (sent once, never twice) -> polls the session every 3 s until `completed` or `failed`. Progress is reported
   * per stage; the result has one entry per publication.
   *
   * ```ts
   * const res = await trenz.social.publishVideo(
   *   { file: './clip.mp4', video_title: 'Launch', publications: [{ platform_account_id: 4687, title: 'Now', platform_config: { privacy: 'PUBLIC_TO_EVERYONE' } }] },
   *   { onProgress: (p) => console.log(p.stage) },
   * );
   * ```
   */
  publishVideo(input: PublishVideoInput, options?: PublishVideoOptions): Promise<PublishVideoResult> {
    const deps = {
      client: this._client,
      files: this.#files,
      accounts: this.accounts,
      publishing: this.publishing,
      videos: this.videos,
    };
    return publishVideo(deps, input, options);
  }
}
