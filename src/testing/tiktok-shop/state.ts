/**
 * The TikTok Shop emulator's memory: the app's credentials, sellers and their shops, tokens with expiry, auth
 * codes, orders and products, and a clock that tests can shift. Handlers read and change it; tests steer it
 * through the control methods (expire a token, revoke a refresh token, skew the clock).
 */
import type { Order } from '../../tiktok-shop/schemas/order.js';
import type { TokenSet } from '../../tiktok-shop/schemas/auth.js';
import { dataNowSeconds, type EmulatorNow } from '../data-clock.js';
import { SEED_GET_PRODUCT } from './fixtures-products.js';
import { generateOrders } from './orders.js';

/** The app key the emulator accepts unless told otherwise. */
export const TIKTOK_SHOP_TEST_APP_KEY = 'emu29a39d';
/** The app secret the emulator signs and verifies with. */
export const TIKTOK_SHOP_TEST_APP_SECRET = 'emu_e59af819cc_secret';
/** The default seller's open_id (the docs' example, TikTok Shop docs: Get Access Token; above 2^53, so it must stay a string). */
export const TIKTOK_SHOP_TEST_OPEN_ID = '7010736057180325637';
/** An auth code for the default seller, valid once (like a real one: TikTok Shop docs, Authorization overview). */
export const TIKTOK_SHOP_TEST_AUTH_CODE = 'TTP_FeBoANmHP3yqdoUI9fZOCw';
/** The default seller's shop ciphers: a US shop with the generated orders, and a second one. */
export const TIKTOK_SHOP_TEST_SHOP_CIPHER = 'GCP_XF90igAAAABh00qsWgtvOiGFNqyubMt3';
export const TIKTOK_SHOP_TEST_SECOND_SHOP_CIPHER = 'ROW_xkMbgAAAeVAQra0eZWebFQq5aIK';

const DAY = 86_400;

export interface TikTokShopEmulatorOptions {
  appKey?: string;
  appSecret?: string;
  /** Orders generated in the first shop. Default 500 (5 pages of 100, 25 of the default 20). */
  orderCount?: number;
  /** Orders generated in the second shop. Default 30. */
  secondShopOrderCount?: number;
  /** Access token lifetime in seconds. Default 7 days (TikTok Shop docs: Authorization overview). */
  accessTokenTtl?: number;
  /** Refresh token lifetime in seconds. Default 365 days. */
  refreshTokenTtl?: number;
  /**
   * The instant the orders are dated against (created and updated over the 30 days before it). Default: when the
   * emulator is created. Pin it for data that is the same on every run; the emulator's clock keeps running.
   */
  now?: EmulatorNow;
}

export interface TikTokShopEmulatorShop {
  id: string;
  name: string;
  region: string;
  seller_type: string;
  cipher: string;
  code: string;
  orders: Order[];
}

export interface TikTokShopEmulatorSeller {
  openId: string;
  sellerName: string;
  region: string;
  shops: TikTokShopEmulatorShop[];
}

/** A shop's webhook subscription, as Get Shop Webhooks lists it (one per event type). */
export interface TikTokShopEmulatorWebhook {
  event_type: string;
  address: string;
  create_time: number;
  update_time: number;
}

interface Grant {
  openId: string;
  expiresAt: number;
  revoked: boolean;
}

export class TikTokShopEmulatorState {
  readonly appKey: string;
  readonly appSecret: string;
  readonly sellers = new Map<string, TikTokShopEmulatorSeller>();
  readonly products = new Map<string, Record<string, unknown>>();
  readonly accessTokens = new Map<string, Grant>();
  readonly refreshTokens = new Map<string, Grant>();
  readonly authCodes = new Map<string, Grant>();
  /** Each shop's webhooks by event type, by shop cipher (Update/Get/Delete Shop Webhook). */
  readonly webhooks = new Map<string, Map<string, TikTokShopEmulatorWebhook>>();
  /** Added to the real clock: +600_000 makes the emulator 10 minutes ahead of the client. */
  clockOffsetMs = 0;
  /** The instant (seconds) the generated data is dated against: the `now` option, or the creation time. */
  readonly dataNow: number;
  accessTokenTtl: number;
  refreshTokenTtl: number;
  #seq = 0;

  constructor(options: TikTokShopEmulatorOptions = {}) {
    this.appKey = options.appKey ?? TIKTOK_SHOP_TEST_APP_KEY;
    this.appSecret = options.appSecret ?? TIKTOK_SHOP_TEST_APP_SECRET;
    this.accessTokenTtl = options.accessTokenTtl ?? 7 * DAY;
    this.refreshTokenTtl = options.refreshTokenTtl ?? 365 * DAY;
    const now = (this.dataNow = dataNowSeconds(options.now));
    this.sellers.set(TIKTOK_SHOP_TEST_OPEN_ID, {
      openId: TIKTOK_SHOP_TEST_OPEN_ID,
      sellerName: 'Jjj test shop',
      region: 'US',
      shops: [
        {
          id: '7494049642642441621',
          name: 'Emulator US Shop',
          region: 'US',
          seller_type: 'LOCAL',
          cipher: TIKTOK_SHOP_TEST_SHOP_CIPHER,
          code: 'USLCEMU01',
          orders: generateOrders(options.orderCount ?? 500, { now, idBase: 576461413038785752n }),
        },
        {
          id: '7494049642642441622',
          name: 'Emulator UK Shop',
          region: 'GB',
          seller_type: 'CROSS_BORDER',
          cipher: TIKTOK_SHOP_TEST_SECOND_SHOP_CIPHER,
          code: 'GBCBEMU02',
          orders: generateOrders(options.secondShopOrderCount ?? 30, { now, idBase: 576461413038900000n }),
        },
      ],
    });
    this.products.set(SEED_GET_PRODUCT.data.id, structuredClone(SEED_GET_PRODUCT.data));
    this.authCodes.set(TIKTOK_SHOP_TEST_AUTH_CODE, {
      openId: TIKTOK_SHOP_TEST_OPEN_ID,
      expiresAt: this.nowSeconds() + 30 * 60,
      revoked: false,
    });
  }

  /** The emulator's time in ms (real time plus {@link clockOffsetMs}). */
  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  nowSeconds(): number {
    return Math.floor(this.now() / 1000);
  }

  /** A request id in the API's style (as in the docs' examples: `202203070749000101890810281E8C70B7`). */
  requestId(): string {
    this.#seq++;
    const stamp = new Date(this.now()).toISOString().replace(/\D/g, '').slice(0, 14);
    return `${stamp}EMU${this.#seq.toString(16).toUpperCase().padStart(15, '0')}`;
  }

  /** Issues a token set for a seller, as token get/refresh do. */
  issueTokens(openId: string = TIKTOK_SHOP_TEST_OPEN_ID): TokenSet {
    const seller = this.sellers.get(openId);
    if (!seller) throw new Error(`emulator: unknown seller ${openId}`);
    const now = this.nowSeconds();
    const access = `TTP_emu_at_${this.token()}`;
    const refresh = `TTP_emu_rt_${this.token()}`;
    this.accessTokens.set(access, { openId, expiresAt: now + this.accessTokenTtl, revoked: false });
    this.refreshTokens.set(refresh, { openId, expiresAt: now + this.refreshTokenTtl, revoked: false });
    return {
      access_token: access,
      access_token_expire_in: now + this.accessTokenTtl,
      refresh_token: refresh,
      refresh_token_expire_in: now + this.refreshTokenTtl,
      open_id: openId,
      seller_name: seller.sellerName,
      seller_base_region: seller.region,
      user_type: 0,
    };
  }

  /** A new single-use auth code for a seller, valid 30 minutes (TikTok Shop docs: Authorization overview). */
  createAuthCode(openId: string = TIKTOK_SHOP_TEST_OPEN_ID): string {
    const code = `TTP_emu_code_${this.token()}`;
    this.authCodes.set(code, { openId, expiresAt: this.nowSeconds() + 30 * 60, revoked: false });
    return code;
  }

  /** Control: every access token of the seller expires now (the next call gets 105002). */
  expireAccessToken(openId: string = TIKTOK_SHOP_TEST_OPEN_ID): void {
    for (const grant of this.accessTokens.values()) if (grant.openId === openId) grant.expiresAt = this.nowSeconds() - 1;
  }

  /** Control: every refresh token of the seller is refused from now on (the seller must re-authorize). */
  revokeRefreshToken(openId: string = TIKTOK_SHOP_TEST_OPEN_ID): void {
    for (const grant of this.refreshTokens.values()) if (grant.openId === openId) grant.revoked = true;
  }

  /** Control: shifts the emulator's clock; `+10 * 60_000` puts the client 10 minutes behind. */
  setClockOffset(ms: number): void {
    this.clockOffsetMs = ms;
  }

  /**
   * Control: the seller changes an order, as if in Seller Center: `change` is applied (e.g. `{ status: 'IN_TRANSIT' }`)
   * and `update_time` becomes the emulator's now, unless `change` sets it. Moves the order in an update-time sorted
   * search, as a real update does. Returns the order as stored.
   */
  updateOrder(cipher: string, orderId: string, change: Partial<Order> = {}): Order {
    const order = this.#shopByCipher(cipher)?.orders.find((o) => o.id === orderId);
    if (!order) throw new Error(`emulator: no order ${orderId} in shop ${cipher}`);
    Object.assign(order, { update_time: this.nowSeconds() }, change);
    return order;
  }

  /** A shop's webhooks by event type (created empty on first use). */
  webhooksOf(cipher: string): Map<string, TikTokShopEmulatorWebhook> {
    let all = this.webhooks.get(cipher);
    if (!all) this.webhooks.set(cipher, (all = new Map()));
    return all;
  }

  /** The shop with this cipher if it belongs to the seller. */
  shopOf(openId: string, cipher: string): TikTokShopEmulatorShop | undefined {
    return this.sellers.get(openId)?.shops.find((s) => s.cipher === cipher);
  }

  #shopByCipher(cipher: string): TikTokShopEmulatorShop | undefined {
    for (const seller of this.sellers.values()) {
      const shop = seller.shops.find((s) => s.cipher === cipher);
      if (shop) return shop;
    }
    return undefined;
  }

  private token(): string {
    this.#seq++;
    return `${this.#seq.toString(36)}${Math.random().toString(36).slice(2, 12)}`;
  }
}
