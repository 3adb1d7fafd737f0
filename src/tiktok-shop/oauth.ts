/** Seller authorization (TikTok Shop docs: Authorization overview): the link, the code exchange and refresh. */
import type { CoreClient } from '../core/client.js';
import type { EndpointParams } from '../core/endpoint.js';
import { InvalidParamsError } from '../core/errors/index.js';
import type { CallOptions } from '../core/options.js';
import { API_NAME } from './errors.js';
import { tokenRoutes } from './routes.js';
import type { TokenSet } from './schemas/auth.js';
import type { TokenKeeper } from './tokens.js';

/** Authorization link hosts: the US and non-US Partner Centers differ. */
export const AUTHORIZE_URLS = {
  US: 'https://services.us.tiktokshop.com/open/authorize',
  ROW: 'https://services.tiktokshop.com/open/authorize',
} as const;

export interface AuthorizationUrlOptions {
  /** The app's service id from Partner Center. */
  serviceId: string;
  /**
   * An unguessable value you check on the redirect (CSRF protection). Required here: leading and trailing
   * whitespace is removed, as the guide asks.
   */
  state: string;
  /** `US` for the US Partner Center, `ROW` for every other region. */
  region: 'US' | 'ROW';
}

const REFRESH_FOR_A_CALL: CallOptions = Object.freeze({ maxRetries: 0 });

/** `app.auth`: the OAuth steps. Tokens obtained here are stored in the app's token store by `open_id`. */
export class TikTokShopOAuth {
  readonly #core: CoreClient;
  readonly #tokens: TokenKeeper;

  /** @internal */
  constructor(core: CoreClient, tokens: TokenKeeper) {
    this.#core = core;
    this.#tokens = tokens;
  }

  /**
   * The link to send a seller to. After approval TikTok redirects to your Redirect URL with `?code=...&state=...`;
   * the code expires in 30 minutes and works once.
   */
  authorizationUrl(options: AuthorizationUrlOptions): string {
    const state = options.state?.trim() ?? '';
    const issues = [
      ...(state ? [] : [{ path: ['state'], message: 'required: a random value you verify on the redirect (CSRF)' }]),
      ...(options.serviceId?.trim() ? [] : [{ path: ['serviceId'], message: 'required: the service id from Partner Center' }]),
      ...(options.region === 'US' || options.region === 'ROW' ? [] : [{ path: ['region'], message: "'US' or 'ROW'" }]),
    ];
    if (issues.length) throw new InvalidParamsError({ api: API_NAME, endpoint: 'authorizationUrl', issues });
    const query = new URLSearchParams({ service_id: options.serviceId.trim(), state });
    return `${AUTHORIZE_URLS[options.region]}?${query.toString()}`;
  }

  /**
   * Exchanges the redirect's `code` (as `auth_code`) for the seller's tokens (`GET {authBaseURL}/api/v2/token/get`)
   * and stores them. The code is passed through unchanged (the guide shows it with and without a `TTP_` prefix).
   * Never retried: the code is single-use.
   */
  async getAccessToken(params: EndpointParams<typeof tokenRoutes.getAccessToken>, options?: CallOptions): Promise<TokenSet> {
    const tokens = await this.#core.request<TokenSet>({ endpoint: tokenRoutes.getAccessToken, params, options });
    await this.#tokens.save(tokens);
    return tokens;
  }

  /**
   * Refreshes by hand (`GET {authBaseURL}/api/v2/token/refresh`) and stores the result. Sellers' tokens are
   * refreshed automatically; this is for jobs that keep tokens warm.
   */
  async refreshAccessToken(
    params: EndpointParams<typeof tokenRoutes.refreshAccessToken>,
    options: CallOptions = {},
  ): Promise<TokenSet> {
    const tokens = await this.requestRefresh(params.refresh_token, options);
    await this.#tokens.save(tokens);
    return tokens;
  }

  /**
   * @internal The refresh call alone; the TokenKeeper stores its result. Made on behalf of business calls, it
   * does not retry by itself (default `maxRetries: 0`): one retry budget per call. A failed refresh fails the
   * waiting calls' attempt, marked as never sent, and each call's own retries (and deadline) decide whether to
   * try again, refreshing again, shared by the calls still waiting. Retries on both levels would multiply:
   * (1 + 2) x (1 + 2) refreshes for one call with the defaults, on a token host that hangs.
   */
  requestRefresh(refreshToken: string, options: CallOptions = REFRESH_FOR_A_CALL): Promise<TokenSet> {
    return this.#core.request<TokenSet>({
      endpoint: tokenRoutes.refreshAccessToken,
      params: { refresh_token: refreshToken },
      options,
    });
  }

  toJSON() {
    return {};
  }
}
