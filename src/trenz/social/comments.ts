import { z } from 'zod';
import { defineEndpoint, type EndpointParams } from '../../core/endpoint.js';
import type { CallOptions, PageOptions } from '../../core/options.js';
import { ApiResource } from '../../core/resource.js';
import { idString } from '../../core/validation.js';
import type { TrenzMeta } from '../meta.js';
import { Loose, RequestId, SOCIAL_PROPOSED, listOf, looseBody, pageFields, trenzPages } from '../route-kit.js';
import { PlatformAccountId } from './accounts.js';

const commentShape = z.looseObject({
  comment_id: idString.optional(),
  text: z.string().optional(),
});
/** A comment. inferred: its fields are not documented. */
export interface Comment extends z.output<typeof commentShape> {}
export const Comment: z.ZodType<Comment> = commentShape;

// inferred request fields (not documented): the account, the platform video, the comment and its text.
const account = { platform_account_id: PlatformAccountId.optional() };
const video = { video_id: z.string().optional() };
const comment = { comment_id: RequestId.optional() };
const text = { text: z.string().optional() };

const bodies = {
  create: looseBody({ ...account, ...video, ...text }),
  target: looseBody({ ...account, ...comment }),
  managed: looseBody({ ...pageFields, ...account, ...video }),
  managedReplies: looseBody({ ...pageFields, ...account, ...comment }),
  video: looseBody({ ...account, ...video }),
  reply: looseBody({ ...account, ...comment, ...text }),
};
const write = { method: 'POST', inferred: SOCIAL_PROPOSED } as const;
const read = { ...write, retrySafe: true } as const;

/** Route table of Social/4.Comment Management. Every path is proposed; every body inferred. */
export const commentRoutes = {
  create: defineEndpoint({
    ...write,
    name: 'social.comments.create',
    path: '/open/v1/social/comments/create',
    body: bodies.create,
    response: Comment,
  }),
  delete: defineEndpoint({
    ...write,
    name: 'social.comments.delete',
    path: '/open/v1/social/comments/delete',
    body: bodies.target,
    response: Loose,
  }),
  like: defineEndpoint({
    ...write,
    name: 'social.comments.like',
    path: '/open/v1/social/comments/like',
    body: bodies.target,
    response: Loose,
  }),
  managed: defineEndpoint({
    ...read,
    name: 'social.comments.managed',
    path: '/open/v1/social/comments/list',
    body: bodies.managed,
    response: listOf(Comment),
    paging: trenzPages,
  }),
  managedReplies: defineEndpoint({
    ...read,
    name: 'social.comments.managedReplies',
    path: '/open/v1/social/comments/replies/list',
    body: bodies.managedReplies,
    response: listOf(Comment),
    paging: trenzPages,
  }),
  realtime: defineEndpoint({
    ...read,
    name: 'social.comments.realtime',
    path: '/open/v1/social/comments/realtime',
    body: bodies.video,
    response: listOf(Comment),
  }),
  replies: defineEndpoint({
    ...read,
    name: 'social.comments.replies',
    path: '/open/v1/social/comments/replies',
    body: bodies.target,
    response: listOf(Comment),
  }),
  reply: defineEndpoint({
    ...write,
    name: 'social.comments.reply',
    path: '/open/v1/social/comments/reply',
    body: bodies.reply,
    response: Comment,
  }),
  /** Starts a sync: a write on the server's side (it may cost credits), so not retried on an unclear failure. */
  sync: defineEndpoint({
    ...write,
    name: 'social.comments.sync',
    path: '/open/v1/social/comments/sync',
    body: bodies.video,
    response: Loose,
  }),
} as const;

type Params<K extends keyof typeof commentRoutes> = EndpointParams<(typeof commentRoutes)[K]>;

/** Social/4.Comment Management. Writes (create, delete, like, reply, sync) are never retried blindly. */
export class TrenzSocialComments extends ApiResource<TrenzMeta> {
  create(params: Params<'create'>, options?: CallOptions) {
    return this._request(commentRoutes.create, [], params, options);
  }
  delete(params: Params<'delete'>, options?: CallOptions) {
    return this._request(commentRoutes.delete, [], params, options);
  }
  like(params: Params<'like'>, options?: CallOptions) {
    return this._request(commentRoutes.like, [], params, options);
  }
  /** Managed Comment List, paged. */
  managed(params?: Params<'managed'>, options?: PageOptions) {
    return this._list(commentRoutes.managed, [], params, options);
  }
  /** Managed Reply List, paged. */
  managedReplies(params?: Params<'managedReplies'>, options?: PageOptions) {
    return this._list(commentRoutes.managedReplies, [], params, options);
  }
  /** Real-time Comment Query: straight from the platform, not the managed copy. */
  realtime(params: Params<'realtime'>, options?: CallOptions) {
    return this._request(commentRoutes.realtime, [], params, options);
  }
  replies(params: Params<'replies'>, options?: CallOptions) {
    return this._request(commentRoutes.replies, [], params, options);
  }
  reply(params: Params<'reply'>, options?: CallOptions) {
    return this._request(commentRoutes.reply, [], params, options);
  }
  sync(params?: Params<'sync'>, options?: CallOptions) {
    return this._request(commentRoutes.sync, [], params, options);
  }
}
