/**
 * Merchant access tokens. The Local Service docs document no authentication at all: everything in this file is
 * EXTERNAL EVIDENCE from TikTok's "Obtain Access Token for APIs" page, not the Local Service docs.
 */
import { z } from 'zod';
import type { CoreClient } from '../core/client.js';
import type { CallOptions } from '../core/options.js';
import { defineEndpoint } from '../core/endpoint.js';
import { ApiError } from '../core/errors/index.js';
import { looseInt } from './schemas/common.js';

/**
 * external evidence ("Obtain Access Token for APIs", not in the Local Service docs): the merchant token endpoint, relative to the API
 * origin `https://open.tiktokapis.com`. Form-encoded POST.
 */
export const MERCHANT_TOKEN_PATH = '/merchant/oauth/token/';

/** external evidence: the data-centre header the token page's curl example sends. */
export const MERCHANT_TOKEN_TARGET_IDC = 'alisg';

/** A merchant's token set as the SDK stores it (in a `TokenStore`, keyed by merchant id). */
export interface MerchantToken {
  merchant_id: string;
  /** Bearer token for API calls (`mat.` prefix). */
  access_token: string;
  /** Refresh token (`mrt.` prefix), when the endpoint returned one. */
  refresh_token?: string | undefined;
  /** Unix seconds when the access token expires (the wire's `expires_in`, which is a timestamp, not a duration). */
  expires_at: number;
  /** Unix seconds when the refresh token expires (the wire's `refresh_expires_in`), when given. */
  refresh_expires_at?: number | undefined;
}

const grantParams = z.object({
  client_key: z.string().min(1),
  client_secret: z.string().min(1),
  merchant_id: z.string().min(1),
  grant_type: z.enum(['access_token', 'refresh_token']),
  refresh_token: z.string().optional(),
});

const tokenResponse = z.looseObject({
  access_token: z.string().min(1),
  refresh_token: z.string().optional(),
  expires_in: looseInt,
  refresh_expires_in: looseInt.optional(),
});

export const merchantTokenEndpoint = defineEndpoint({
  name: 'merchantToken',
  method: 'POST',
  path: MERCHANT_TOKEN_PATH,
  body: grantParams,
  bodyEncoding: 'form',
  response: tokenResponse,
  inferred: 'external evidence: TikTok\'s "Obtain Access Token for APIs" page; the Local Service docs print no authentication',
  // Asking for a token twice does no harm: the last one issued is the one stored.
  retrySafe: true,
});

/** Client credentials for the merchant token endpoint. */
export interface MerchantCredentials {
  clientKey: string;
  clientSecret: string;
}

/**
 * Token requests made on behalf of business calls do not retry by themselves: one retry budget per call. A
 * failure fails the waiting calls' attempt (marked as never sent), and each call's own retries and deadline
 * decide whether to ask again; retries on both levels would multiply.
 */
const FOR_A_CALL: CallOptions = Object.freeze({ maxRetries: 0 });

/**
 * Obtains a token set: with the refresh token while it is valid (`grant_type=refresh_token`), else, or when the
 * refresh is refused, with the client credentials (`grant_type=access_token`). The external doc's curl example
 * contradicts its table about the refresh grant (TikTok's "Obtain Access Token for APIs" page), hence the
 * fallback. `options` apply to both requests; by default they are not retried (see above).
 */
export async function obtainMerchantToken(
  core: CoreClient,
  creds: MerchantCredentials,
  merchantId: string,
  current: MerchantToken | undefined,
  nowSeconds: number,
  options: CallOptions = FOR_A_CALL,
): Promise<MerchantToken> {
  const base = { client_key: creds.clientKey, client_secret: creds.clientSecret, merchant_id: merchantId };
  const call: CallOptions = { ...options, headers: { ...options.headers, 'x-tt-target-idc': MERCHANT_TOKEN_TARGET_IDC } };
  const refreshable = current?.refresh_token && (current.refresh_expires_at ?? Infinity) > nowSeconds + 60;
  if (refreshable) {
    try {
      const data = await core.request<TokenResponse>({
        endpoint: merchantTokenEndpoint,
        params: { ...base, grant_type: 'refresh_token', refresh_token: current.refresh_token },
        options: call,
      });
      return toMerchantToken(merchantId, data, nowSeconds);
    } catch (err) {
      if (!(err instanceof ApiError) || err.retryable) throw err;
      // A refused refresh token (expired, revoked, rotated elsewhere): the client credentials still work.
    }
  }
  const data = await core.request<TokenResponse>({
    endpoint: merchantTokenEndpoint,
    params: { ...base, grant_type: 'access_token' },
    options: call,
  });
  return toMerchantToken(merchantId, data, nowSeconds);
}

type TokenResponse = z.infer<typeof tokenResponse>;

function toMerchantToken(merchantId: string, data: TokenResponse, now: number): MerchantToken {
  return {
    merchant_id: merchantId,
    access_token: data.access_token,
    refresh_token: data.refresh_token,
    expires_at: toUnixSeconds(data.expires_in, now),
    refresh_expires_at: data.refresh_expires_in === undefined ? undefined : toUnixSeconds(data.refresh_expires_in, now),
  };
}

/**
 * The token page gives `expires_in` as a Unix timestamp. A value too small to be one (before
 * 2001) is read as a duration in seconds instead, so a server that follows the OAuth habit cannot leave us
 * with a token believed expired since 1970. A millisecond timestamp is brought back to seconds.
 */
export function toUnixSeconds(value: number | string, now: number): number {
  const n = Number(value);
  if (!Number.isFinite(n)) return now;
  if (n > 1e12) return Math.floor(n / 1000);
  if (n < 1e9) return now + n;
  return n;
}
