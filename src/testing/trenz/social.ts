/**
 * Emulated Social groups besides publishing: accounts and QR binding, publishing records and the video
 * check, comments, analytics, creation tools and the TikTok Shop showcase. Response fields are inferred (not
 * documented) and match the SDK's schemas.
 */
import type { RequestHandler } from 'msw';
import { accountRoutes } from '../../trenz/social/accounts.js';
import { analyticsRoutes } from '../../trenz/social/analytics.js';
import { commentRoutes } from '../../trenz/social/comments.js';
import { shopRoutes, toolRoutes } from '../../trenz/social/tools.js';
import { videoRoutes } from '../../trenz/social/videos.js';
import type { TrenzEmulatorContext } from './common.js';
import { uploadStore } from './files.js';
import { publishStore } from './publishing.js';
import { missing, paged, route, type Json } from './route-kit.js';
import { socialStore } from './social-state.js';

const day = (i: number) => `2026-03-${String(i + 1).padStart(2, '0')}`;

export function trenzSocialHandlers(ctx: TrenzEmulatorContext): RequestHandler[] {
  const store = socialStore(ctx);
  const account = (body: Json) => store.accounts.find((a) => a.id === Number(body.platform_account_id));
  const notBound = (body: Json) =>
    ctx.error(400, 'INVALID_PARAM', `platform_account_id ${String(body.platform_account_id)} is not bound`);
  const comment = (body: Json) => store.comments.find((c) => c.comment_id === String(body.comment_id));
  const noComment = (body: Json) => ctx.error(400, 'INVALID_PARAM', `unknown comment_id ${String(body.comment_id)}`);

  return [
    // Social/1 accounts
    route(ctx, accountRoutes.list, (body) => paged(ctx, store.accounts, body)),
    route(ctx, accountRoutes.get, (body) => {
      const a = account(body);
      return a ? ctx.ok({ ...a, videos: 42, likes: a.followers * 3 }) : notBound(body);
    }),
    route(ctx, accountRoutes.disconnect, (body) => {
      const i = store.accounts.findIndex((a) => a.id === Number(body.platform_account_id));
      if (i < 0) return notBound(body);
      store.accounts.splice(i, 1);
      return ctx.ok({ platform_account_id: Number(body.platform_account_id), disconnected: true });
    }),
    route(ctx, accountRoutes.updateRemark, (body) => {
      const a = account(body);
      if (!a) return notBound(body);
      a.remark = String(body.remark ?? '');
      return ctx.ok({ platform_account_id: a.id, remark: a.remark });
    }),
    route(ctx, accountRoutes.qrLogin, () => {
      const id = store.nextId('qr_');
      store.qr.set(id, { createdAt: Date.now(), outcome: store.qrOutcome, accountId: undefined });
      return ctx.ok({
        qrcode_id: id,
        qrcode_url: `https://www.tiktok.com/login/qr?token=${id}`,
        expires_at: Math.floor(Date.now() / 1000) + 120,
      });
    }),
    route(ctx, accountRoutes.qrStatus, (body) => {
      const s = store.qrStatus(String(body.qrcode_id));
      return s ? ctx.ok(s) : ctx.error(400, 'INVALID_PARAM', 'unknown qrcode_id');
    }),

    // Social/3 videos
    route(ctx, videoRoutes.records, (body) => {
      const rows = publishStore(ctx)
        .records()
        .filter(
          (r) =>
            (body.bucket_key === undefined || r.bucket_key === body.bucket_key) &&
            (body.session_token === undefined || r.session_token === body.session_token),
        );
      return paged(ctx, rows, body);
    }),
    route(ctx, videoRoutes.recordDetail, (body) => {
      const r = publishStore(ctx)
        .records()
        .find((x) => x.id === Number(body.id ?? body.publication_id));
      return r ? ctx.ok(r) : ctx.error(400, 'INVALID_PARAM', 'unknown record id');
    }),
    route(ctx, videoRoutes.validate, (body) => {
      const absent = missing(ctx, body, 'bucket_name', 'bucket_key');
      if (absent) return absent;
      const o = uploadStore(ctx).uploaded(String(body.bucket_key));
      if (!o) return ctx.error(400, 'INVALID_PARAM', `bucket_key ${String(body.bucket_key)} has no uploaded object`);
      const video = o.contentType?.startsWith('video/') ?? false;
      const issues = video
        ? []
        : [{ platform: 'all', field: 'encoding', message: `not a video (${o.contentType ?? 'no content type'})` }];
      return ctx.ok({ valid: video, issues, size: o.bytes, platforms: { tiktok: video, youtube: video, instagram: video } });
    }),
    route(ctx, videoRoutes.metrics, (body) =>
      paged(
        ctx,
        Array.from({ length: 12 }, (_, i) => ({
          video_id: `v${7300 + i}`,
          platform_account_id: 4687,
          views: 1000 * (i + 1),
          likes: 80 * (i + 1),
          comments: 7 * i,
          shares: 3 * i,
        })),
        body,
      ),
    ),

    // Social/4 comments
    route(ctx, commentRoutes.create, (body) => {
      const absent = missing(ctx, body, 'platform_account_id', 'video_id', 'text');
      if (absent) return absent;
      const c = {
        comment_id: store.nextId('c'),
        platform_account_id: Number(body.platform_account_id),
        video_id: String(body.video_id),
        text: String(body.text),
        parent_id: null,
        liked: false,
        created_at: Math.floor(Date.now() / 1000),
      };
      store.comments.push(c);
      return ctx.ok(c);
    }),
    route(ctx, commentRoutes.delete, (body) => {
      const i = store.comments.findIndex((c) => c.comment_id === String(body.comment_id));
      if (i < 0) return noComment(body);
      store.comments.splice(i, 1);
      return ctx.ok({ comment_id: String(body.comment_id), deleted: true });
    }),
    route(ctx, commentRoutes.like, (body) => {
      const c = comment(body);
      if (!c) return noComment(body);
      c.liked = true;
      return ctx.ok({ comment_id: c.comment_id, liked: true });
    }),
    route(ctx, commentRoutes.managed, (body) =>
      paged(
        ctx,
        store.comments.filter((c) => c.parent_id === null && (body.video_id === undefined || c.video_id === body.video_id)),
        body,
      ),
    ),
    route(ctx, commentRoutes.managedReplies, (body) =>
      paged(
        ctx,
        store.comments.filter(
          (c) => c.parent_id !== null && (body.comment_id === undefined || c.parent_id === String(body.comment_id)),
        ),
        body,
      ),
    ),
    route(ctx, commentRoutes.realtime, (body) =>
      ctx.ok({ items: store.comments.filter((c) => body.video_id === undefined || c.video_id === body.video_id).slice(-5) }),
    ),
    route(ctx, commentRoutes.replies, (body) =>
      comment(body) ? ctx.ok({ items: store.comments.filter((c) => c.parent_id === String(body.comment_id)) }) : noComment(body),
    ),
    route(ctx, commentRoutes.reply, (body) => {
      const parent = comment(body);
      if (!parent) return noComment(body);
      const c = {
        ...parent,
        comment_id: store.nextId('r'),
        text: String(body.text ?? ''),
        parent_id: parent.comment_id,
        liked: false,
        created_at: Math.floor(Date.now() / 1000),
      };
      store.comments.push(c);
      return ctx.ok(c);
    }),
    route(ctx, commentRoutes.sync, (body) =>
      ctx.ok({ synced: store.comments.length, platform_account_id: body.platform_account_id ?? null }, { cost: 1 }),
    ),

    // Social/5 analytics
    route(ctx, analyticsRoutes.overview, () =>
      ctx.ok({ views: 184_220, likes: 12_904, comments: 811, shares: 402, followers_gained: 1_305, gmv: 9_812.4 }),
    ),
    route(ctx, analyticsRoutes.shoppableVideos, (body) =>
      paged(
        ctx,
        Array.from({ length: 14 }, (_, i) => ({
          video_id: `sv${i + 1}`,
          title: `Shade test #${i + 1}`,
          gmv: 120.5 * (i + 1),
          orders: 3 * (i + 1),
        })),
        body,
      ),
    ),
    route(ctx, analyticsRoutes.shoppableVideo, (body) =>
      ctx.ok({ video_id: String(body.video_id ?? 'sv1'), gmv: 120.5, orders: 3, views: 8_120, ctr: 0.041 }),
    ),
    route(ctx, analyticsRoutes.topAccounts, () =>
      ctx.ok({
        items: store.accounts.map((a, i) => ({
          rank: i + 1,
          platform_account_id: a.id,
          nickname: a.nickname,
          views: 90_000 - i * 20_000,
        })),
      }),
    ),
    route(ctx, analyticsRoutes.topProducts, () =>
      ctx.ok({
        items: [
          { rank: 1, product_id: '1729385711', title: 'Velvet Matte Lipstick', gmv: 4_210 },
          { rank: 2, product_id: '1729385712', title: 'Glow Serum', gmv: 2_980 },
        ],
      }),
    ),
    route(ctx, analyticsRoutes.topVideos, () =>
      ctx.ok({
        items: [
          { rank: 1, video_id: 'v7300', views: 52_000 },
          { rank: 2, video_id: 'v7301', views: 31_500 },
        ],
      }),
    ),
    route(ctx, analyticsRoutes.trend, () =>
      ctx.ok({
        items: Array.from({ length: 7 }, (_, i) => ({ date: day(i), views: 20_000 + i * 1_500, likes: 1_400 + i * 90 })),
      }),
    ),

    // Social/6 tools and Social/7 shop
    route(ctx, toolRoutes.hashtagSuggestions, (body) =>
      ctx.ok({
        items: ['fyp', 'beautytok', `${String(body.keyword ?? 'makeup').replace(/\s+/g, '')}`, 'tiktokmademebuyit'].map(
          (tag, i) => ({ hashtag: `#${tag}`, views: 10 ** (9 - i) }),
        ),
      }),
    ),
    route(ctx, toolRoutes.recentMusic, () =>
      ctx.ok({ items: [{ music_id: 'm1', title: 'Golden Hour (sped up)', author: 'JVKE' }] }),
    ),
    route(ctx, toolRoutes.popularMusic, (body) =>
      ctx.ok({ items: [{ music_id: 'm2', title: `${String(body.keyword ?? 'Trending')} beat`, uses: 1_204_000 }] }),
    ),
    route(ctx, shopRoutes.products, (body) =>
      paged(
        ctx,
        Array.from({ length: 11 }, (_, i) => ({
          product_id: `17293857${10 + i}`,
          title: `Product ${i + 1}`,
          price: '12.90',
          in_showcase: i < 3,
        })),
        body,
      ),
    ),
    route(ctx, shopRoutes.addToShowcase, (body) => {
      const absent = missing(ctx, body, 'product_id');
      return absent ?? ctx.ok({ product_id: String(body.product_id), in_showcase: true });
    }),
  ];
}
