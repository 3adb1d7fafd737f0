import { z } from 'zod';
import type { CoreClient } from '../../core/client.js';
import { defineEndpoint } from '../../core/endpoint.js';
import type { CallOptions } from '../../core/options.js';
import { idString } from '../../core/validation.js';
import type { TrenzMeta } from '../meta.js';
import { Loose, PROPOSED, list, listOf, looseBody, pageFields, post } from '../post-routes.js';
import { PlatformAccountId } from './accounts.js';

/** A comment. inferred: fields n/g in the seed. */
export const Comment = z.looseObject({
  comment_id: idString.optional(),
  text: z.string().optional(),
});
export type Comment = z.infer<typeof Comment>;

// inferred request fields (n/g in the seed): the account, the platform video, the comment and its text.
const account = { platform_account_id: PlatformAccountId.optional() };
const video = { video_id: z.string().optional() };
const comment = { comment_id: idString.optional() };
const text = { text: z.string().optional() };

const bodies = {
  create: looseBody({ ...account, ...video, ...text }),
  target: looseBody({ ...account, ...comment }),
  managed: looseBody({ ...pageFields, ...account, ...video }),
  managedReplies: looseBody({ ...pageFields, ...account, ...comment }),
  video: looseBody({ ...account, ...video }),
  reply: looseBody({ ...account, ...comment, ...text }),
};

/** Route table of Social/4 Comment Management (T:54). Every path is proposed; every body inferred. */
export const commentRoutes = {
  create: defineEndpoint({ name: 'social.comments.create', method: 'POST', path: '/open/v1/social/comments/create', body: bodies.create, response: Comment, inferred: PROPOSED }),
  delete: defineEndpoint({ name: 'social.comments.delete', method: 'POST', path: '/open/v1/social/comments/delete', body: bodies.target, response: Loose, inferred: PROPOSED }),
  like: defineEndpoint({ name: 'social.comments.like', method: 'POST', path: '/open/v1/social/comments/like', body: bodies.target, response: Loose, inferred: PROPOSED }),
  managed: defineEndpoint({ name: 'social.comments.managed', method: 'POST', path: '/open/v1/social/comments/list', body: bodies.managed, response: listOf(Comment), retrySafe: true, pagination: 'page-number', inferred: PROPOSED }),
  managedReplies: defineEndpoint({ name: 'social.comments.managedReplies', method: 'POST', path: '/open/v1/social/comments/replies/list', body: bodies.managedReplies, response: listOf(Comment), retrySafe: true, pagination: 'page-number', inferred: PROPOSED }),
  realtime: defineEndpoint({ name: 'social.comments.realtime', method: 'POST', path: '/open/v1/social/comments/realtime', body: bodies.video, response: listOf(Comment), retrySafe: true, inferred: PROPOSED }),
  replies: defineEndpoint({ name: 'social.comments.replies', method: 'POST', path: '/open/v1/social/comments/replies', body: bodies.target, response: listOf(Comment), retrySafe: true, inferred: PROPOSED }),
  reply: defineEndpoint({ name: 'social.comments.reply', method: 'POST', path: '/open/v1/social/comments/reply', body: bodies.reply, response: Comment, inferred: PROPOSED }),
  /** Starts a sync: a write on the server's side (it may cost credits), so not retried on an unclear failure. */
  sync: defineEndpoint({ name: 'social.comments.sync', method: 'POST', path: '/open/v1/social/comments/sync', body: bodies.video, response: Loose, inferred: PROPOSED }),
} as const;

type Body<K extends keyof typeof bodies> = z.input<(typeof bodies)[K]>;

/** Social/4 Comment Management. Writes (create, delete, like, reply, sync) are never retried blindly. */
export class TrenzSocialComments {
  constructor(private readonly core: CoreClient<TrenzMeta>) {}

  create(body: Body<'create'>, options?: CallOptions) {
    return post(this.core, commentRoutes.create, body, options);
  }
  delete(body: Body<'target'>, options?: CallOptions) {
    return post(this.core, commentRoutes.delete, body, options);
  }
  like(body: Body<'target'>, options?: CallOptions) {
    return post(this.core, commentRoutes.like, body, options);
  }
  /** Managed Comment List, paged. */
  managed(body: Body<'managed'> = {}, options?: CallOptions) {
    return list(this.core, commentRoutes.managed, body, options);
  }
  /** Managed Reply List, paged. */
  managedReplies(body: Body<'managedReplies'> = {}, options?: CallOptions) {
    return list(this.core, commentRoutes.managedReplies, body, options);
  }
  /** Real-time Comment Query: straight from the platform, not the managed copy. */
  realtime(body: Body<'video'>, options?: CallOptions) {
    return post(this.core, commentRoutes.realtime, body, options);
  }
  replies(body: Body<'target'>, options?: CallOptions) {
    return post(this.core, commentRoutes.replies, body, options);
  }
  reply(body: Body<'reply'>, options?: CallOptions) {
    return post(this.core, commentRoutes.reply, body, options);
  }
  sync(body: Body<'video'> = {}, options?: CallOptions) {
    return post(this.core, commentRoutes.sync, body, options);
  }
}
