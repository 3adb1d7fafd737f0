import { randomBytes } from 'node:crypto';

/** A token the emulator issued. Times in Unix seconds, as TikTok's "Obtain Access Token for APIs" page gives them. */
export interface IssuedMerchantToken {
  merchant_id: string;
  access_token: string;
  refresh_token: string;
  /** Unix seconds. */
  expires_in: number;
  /** Unix seconds. */
  refresh_expires_in: number;
}

/** Access and refresh tokens the emulator knows, with expiry. */
export class MerchantTokenLedger {
  private readonly access = new Map<string, { merchantId: string; expiresAtMs: number }>();
  private readonly refresh = new Map<string, { merchantId: string; expiresAtMs: number }>();
  /** Tokens issued, oldest first (tests read how often the client asked). */
  readonly issued: IssuedMerchantToken[] = [];

  constructor(
    private readonly clock: () => number,
    private readonly ttlSeconds: number,
    private readonly refreshTtlSeconds: number,
  ) {}

  /** Accepts `token` forever (a static token), until revoked. */
  allow(token: string, merchantId = '*'): void {
    this.access.set(token, { merchantId, expiresAtMs: Infinity });
  }

  issue(merchantId: string): IssuedMerchantToken {
    const now = this.clock();
    const token: IssuedMerchantToken = {
      merchant_id: merchantId,
      access_token: `mat.${randomBytes(12).toString('hex')}`,
      refresh_token: `mrt.${randomBytes(12).toString('hex')}`,
      expires_in: Math.floor(now / 1000) + this.ttlSeconds,
      refresh_expires_in: Math.floor(now / 1000) + this.refreshTtlSeconds,
    };
    this.access.set(token.access_token, { merchantId, expiresAtMs: now + this.ttlSeconds * 1000 });
    this.refresh.set(token.refresh_token, { merchantId, expiresAtMs: now + this.refreshTtlSeconds * 1000 });
    this.issued.push(token);
    return token;
  }

  /** Exchanges a refresh token (single use) for a new set, or undefined when it is unknown or expired. */
  exchange(refreshToken: string, merchantId: string): IssuedMerchantToken | undefined {
    const entry = this.refresh.get(refreshToken);
    if (!entry || entry.merchantId !== merchantId || entry.expiresAtMs <= this.clock()) return undefined;
    this.refresh.delete(refreshToken);
    return this.issue(merchantId);
  }

  /** Whether a bearer token is currently valid. */
  valid(token: string | undefined): boolean {
    const entry = token ? this.access.get(token) : undefined;
    return !!entry && entry.expiresAtMs > this.clock();
  }

  /** Makes a token invalid at once (as if it expired or the merchant changed scopes). */
  revoke(token: string): void {
    this.access.delete(token);
  }

  /** Expires every access token (static ones included); refresh tokens stay valid. */
  expireAll(): void {
    this.access.clear();
  }
}
