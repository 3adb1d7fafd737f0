import { z } from 'zod';
import { defineEndpoint, type EndpointParams } from '../../core/endpoint.js';
import { SdkError, TaskFailedError } from '../../core/errors/index.js';
import type { CallOptions, PageOptions } from '../../core/options.js';
import { ApiResource } from '../../core/resource.js';
import { pollTask } from '../../core/tasks.js';
import { idString } from '../../core/validation.js';
import type { TrenzMeta } from '../meta.js';
import { ListBody, Loose, SOCIAL_PROPOSED, listOf, looseBody, trenzPages } from '../route-kit.js';

/**
 * A bound account's id as the API wants it: an integer on the wire (the Trenz docs' publishing example sends
 * `"platform_account_id": 4687`). Accepts the string ids this SDK returns; a digit string beyond 2^53 is sent as a
 * string rather than rounded.
 */
export const PlatformAccountId = z
  .union([z.number().int().nonnegative(), z.string().regex(/^\d+$/, 'a numeric account id')])
  .transform((v) => (typeof v === 'number' || !Number.isSafeInteger(Number(v)) ? v : Number(v)));

const socialAccountShape = z.looseObject({
  id: idString,
  /** inferred: `tiktok` | `youtube` | `instagram` (field name and values not documented). */
  platform: z.string().optional(),
  /** inferred */
  status: z.string().optional(),
  /** inferred */
  remark: z.string().nullish(),
});
/**
 * A bound social account ("all connected accounts with their status and metrics", Trenz docs: Social/1.Account
 * Management). Only `id` is documented (it is the `platform_account_id`); `platform` is inferred (the docs name
 * TikTok, YouTube and Instagram as targets) and is what publishVideo reads to apply the platform size limits.
 */
export interface SocialAccount extends z.output<typeof socialAccountShape> {}
export const SocialAccount: z.ZodType<SocialAccount> = socialAccountShape;

const qrLoginShape = z.looseObject({
  qrcode_id: z.string(),
  qrcode_url: z.string().optional(),
  expires_at: z.number().optional(),
});
/** inferred (QR body and response are not documented): a code to show and the id to poll with. */
export interface QrLogin extends z.output<typeof qrLoginShape> {}
export const QrLogin: z.ZodType<QrLogin> = qrLoginShape;

const qrStatusShape = z.looseObject({
  status: z.string(),
  platform_account_id: idString.optional(),
});
/** inferred: `pending` -> `scanned` -> `bound` | `expired`; `platform_account_id` once bound. */
export interface QrStatus extends z.output<typeof qrStatusShape> {}
export const QrStatus: z.ZodType<QrStatus> = qrStatusShape;

const AccountRef = looseBody({ platform_account_id: PlatformAccountId });
const RemarkBody = looseBody({ platform_account_id: PlatformAccountId, remark: z.string() });
const inferred = SOCIAL_PROPOSED;

/** Route table of Social/1.Account Management. Every path is proposed. */
export const accountRoutes = {
  list: defineEndpoint({
    name: 'social.accounts.list',
    method: 'POST',
    path: '/open/v1/social/accounts/list',
    body: ListBody,
    response: listOf(SocialAccount),
    retrySafe: true,
    paging: trenzPages,
    inferred,
  }),
  get: defineEndpoint({
    name: 'social.accounts.get',
    method: 'POST',
    path: '/open/v1/social/accounts/detail',
    body: AccountRef,
    response: SocialAccount,
    retrySafe: true,
    inferred,
  }),
  disconnect: defineEndpoint({
    name: 'social.accounts.disconnect',
    method: 'POST',
    path: '/open/v1/social/accounts/disconnect',
    body: AccountRef,
    response: Loose,
    inferred,
  }),
  updateRemark: defineEndpoint({
    name: 'social.accounts.updateRemark',
    method: 'POST',
    path: '/open/v1/social/accounts/remark',
    body: RemarkBody,
    response: Loose,
    inferred,
  }),
  qrLogin: defineEndpoint({
    name: 'social.accounts.qrLogin',
    method: 'POST',
    path: '/open/v1/social/tiktok/qrcode/login',
    body: looseBody({}),
    response: QrLogin,
    inferred,
  }),
  qrStatus: defineEndpoint({
    name: 'social.accounts.qrStatus',
    method: 'POST',
    path: '/open/v1/social/tiktok/qrcode/status',
    body: looseBody({ qrcode_id: z.string() }),
    response: QrStatus,
    retrySafe: true,
    inferred,
  }),
} as const;

/** The QR code expired (or was refused) before the account was bound. Show a new code. */
export class QrLoginExpiredError extends SdkError {
  override name = 'QrLoginExpiredError';
  constructor(
    readonly qrcodeId: string,
    readonly status: string,
    readonly last: unknown,
  ) {
    super(
      `Trenz QR login ${qrcodeId} ended with status "${status}" before an account was bound. Call social.accounts.qrLogin() for a new code.`,
    );
  }
}

export interface WaitForQrLoginOptions {
  /** Delay between status checks in ms. Default 2000. */
  pollInterval?: number;
  /** Overall wait in ms. Default 5 minutes. */
  timeout?: number;
  signal?: AbortSignal;
  /** Called with every status read (e.g. to say "scanned, confirm on the phone"). */
  onStatus?: (status: QrStatus) => void;
}

/** States that end a QR login: inferred vocabulary (bound = success; expired/cancelled/failed = give up). */
const QR_DONE = new Set(['bound', 'success', 'confirmed']);
const QR_GAVE_UP = new Set(['expired', 'cancelled', 'canceled', 'failed']);

type Params<K extends keyof typeof accountRoutes> = EndpointParams<(typeof accountRoutes)[K]>;

/** Social/1.Account Management: bound accounts and TikTok QR binding. */
export class TrenzSocialAccounts extends ApiResource<TrenzMeta> {
  /** Bound accounts; each `id` is the `platform_account_id` to publish with. Paged. */
  list(params?: Params<'list'>, options?: PageOptions) {
    return this._list(accountRoutes.list, [], params, options);
  }
  /** One bound account. */
  get(params: Params<'get'>, options?: CallOptions) {
    return this._request(accountRoutes.get, [], params, options);
  }
  /** Unbinds an account. Not retried on an unclear failure. */
  disconnect(params: Params<'disconnect'>, options?: CallOptions) {
    return this._request(accountRoutes.disconnect, [], params, options);
  }
  updateRemark(params: Params<'updateRemark'>, options?: CallOptions) {
    return this._request(accountRoutes.updateRemark, [], params, options);
  }
  /** Starts a TikTok QR login: show `qrcode_url`, then {@link waitForQrLogin} with `qrcode_id`. */
  qrLogin(params?: Params<'qrLogin'>, options?: CallOptions) {
    return this._request(accountRoutes.qrLogin, [], params, options);
  }
  qrStatus(params: Params<'qrStatus'>, options?: CallOptions) {
    return this._request(accountRoutes.qrStatus, [], params, options);
  }

  /**
   * Polls {@link qrStatus} until the account is bound (resolves with that status), the code expires
   * ({@link QrLoginExpiredError}), `timeout` passes (TaskTimeoutError: the code may still be valid, poll again) or
   * `signal` aborts (AbortError).
   */
  async waitForQrLogin(qrcodeId: string, options: WaitForQrLoginOptions = {}): Promise<QrStatus> {
    try {
      return await pollTask<QrStatus>({
        api: 'Trenz',
        taskId: `qrcode:${qrcodeId}`,
        fetch: (signal) => this.qrStatus({ qrcode_id: qrcodeId }, { signal }),
        classify: (s) => ({
          state: QR_DONE.has(s.status) ? 'succeeded' : QR_GAVE_UP.has(s.status) ? 'failed' : 'pending',
          status: s.status,
        }),
        pollInterval: options.pollInterval ?? 2_000,
        timeout: options.timeout ?? 5 * 60_000,
        signal: options.signal,
        onProgress: options.onStatus ? (s) => options.onStatus?.(s) : undefined,
      });
    } catch (err) {
      if (err instanceof TaskFailedError) throw new QrLoginExpiredError(qrcodeId, err.status, err.task);
      throw err;
    }
  }
}
