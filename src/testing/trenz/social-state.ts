/**
 * State of the emulated Social group: bound accounts (with their platform, inferred field), QR logins that move
 * `pending` -> `scanned` -> `bound` over time (or expire), and comments.
 */
import { perContext } from './route-kit.js';

export interface EmulatedAccount {
  /** The `platform_account_id` (the Trenz docs' publishing examples use 4687 and 5678). */
  id: number;
  platform: 'tiktok' | 'youtube' | 'instagram';
  nickname: string;
  status: 'active' | 'expired';
  remark: string | null;
  followers: number;
}

export interface EmulatedComment {
  comment_id: string;
  platform_account_id: number;
  video_id: string;
  text: string;
  parent_id: string | null;
  liked: boolean;
  created_at: number;
}

export class TrenzSocialStore {
  readonly accounts: EmulatedAccount[] = [
    { id: 4687, platform: 'tiktok', nickname: 'glowlab.us', status: 'active', remark: null, followers: 182_400 },
    { id: 5678, platform: 'youtube', nickname: 'GlowLab Studio', status: 'active', remark: 'brand channel', followers: 51_020 },
    { id: 6789, platform: 'instagram', nickname: 'glowlab', status: 'active', remark: null, followers: 23_950 },
  ];
  /** Time per QR step (pending -> scanned -> bound), in ms. Default 30. */
  qrStepMs = 30;
  /** What the next QR logins end as. */
  qrOutcome: 'bound' | 'expired' = 'bound';
  readonly qr = new Map<string, { createdAt: number; outcome: 'bound' | 'expired'; accountId: number | undefined }>();
  readonly comments: EmulatedComment[];
  #seq = 0;

  constructor() {
    this.comments = Array.from({ length: 23 }, (_, i) => ({
      comment_id: `c${1000 + i}`,
      platform_account_id: 4687,
      video_id: `v${7300 + (i % 3)}`,
      text: ['Where can I buy this?', 'Love the shade!', 'Does it last all day?', 'Shipping to Canada?'][i % 4]!,
      parent_id: null,
      liked: false,
      created_at: 1_774_000_000 + i * 60,
    }));
  }

  nextId(prefix: string): string {
    this.#seq++;
    return `${prefix}${this.#seq}`;
  }

  /** The QR status at time `now`; binding adds the account on the first read that sees it bound. */
  qrStatus(id: string, now = Date.now()): { status: string; platform_account_id?: number } | undefined {
    const q = this.qr.get(id);
    if (!q) return undefined;
    const step = Math.floor((now - q.createdAt) / this.qrStepMs);
    if (step < 1) return { status: 'pending' };
    if (step < 2) return { status: 'scanned' };
    if (q.outcome === 'expired') return { status: 'expired' };
    if (q.accountId === undefined) {
      q.accountId = 9000 + this.accounts.length;
      this.accounts.push({
        id: q.accountId,
        platform: 'tiktok',
        nickname: `new.user.${q.accountId}`,
        status: 'active',
        remark: null,
        followers: 0,
      });
    }
    return { status: 'bound', platform_account_id: q.accountId };
  }
}

export const socialStore = perContext(() => new TrenzSocialStore());
