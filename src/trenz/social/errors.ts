import { SdkError } from '../../core/errors/index.js';

/**
 * publishVideo sent upload-and-publish, but could not learn its outcome: the response was lost (timeout, reset,
 * 5xx) and no session for this upload turned up in the publishing records (or the records could not be searched:
 * their route is not printed in the Trenz docs), or the session could not be read to the end. The post may
 * exist. Never publish the same video again blindly: look it up by `bucketKey` first.
 */
export class PublishOutcomeUnknownError extends SdkError {
  override name = 'PublishOutcomeUnknownError';
  /** The session, when known: resume with `social.publishing.waitForSession(sessionToken)`. */
  readonly sessionToken: string | undefined;
  /** The uploaded object the publish named: `social.videos.records({ bucket_key })` finds its records. */
  readonly bucketKey: string;
  /** False when the publishing records could not be searched (the server does not know their route). */
  readonly recordsSearched: boolean;

  constructor(init: {
    sessionToken?: string | undefined;
    bucketKey: string;
    what: string;
    cause?: unknown;
    recordsSearched?: boolean;
  }) {
    const searched = init.recordsSearched ?? true;
    const next = init.sessionToken
      ? `Resume with social.publishing.waitForSession('${init.sessionToken}').`
      : searched
        ? `Check social.videos.records({ bucket_key: '${init.bucketKey}' }) before publishing again.`
        : `Look up bucket key '${init.bucketKey}' (in the Trenz console, or with social.videos.records once its route is corrected with the routes option) before publishing again.`;
    const cause = init.cause instanceof Error ? ` (${init.cause.message})` : '';
    super(`Trenz publishVideo: ${init.what}${cause}. The video may be published; it was not posted a second time. ${next}`, {
      cause: init.cause,
    });
    this.sessionToken = init.sessionToken;
    this.bucketKey = init.bucketKey;
    this.recordsSearched = searched;
  }
}

/** Validate Video Info said the file does not meet a platform's spec. Nothing was published. */
export class VideoValidationError extends SdkError {
  override name = 'VideoValidationError';
  constructor(
    /** The check-info result, with its issues. */
    readonly check: unknown,
    readonly bucketKey: string,
  ) {
    const issues = (check as { issues?: unknown[] } | undefined)?.issues;
    super(
      `Trenz publishVideo: the video failed Validate Video Info${issues?.length ? `: ${JSON.stringify(issues).slice(0, 300)}` : ''}. ` +
        'Nothing was published. Re-encode the video, or pass validate: false to publish anyway.',
    );
  }
}
