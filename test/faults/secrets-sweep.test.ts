/**
 * The secrets rule, swept: no secret the client holds or sends may appear in any error, client, page, cursor or
 * debug log line, through JSON.stringify, util.inspect or String(), whatever the server echoes. Every handler
 * here echoes everything it received (query, headers, body) back in its message, body and response headers.
 */
import { inspect } from 'node:util';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../src/core/logger.js';
import { LocalService } from '../../src/local-service/index.js';
import { createMswDispatcher } from '../../src/testing/index.js';
import { TikTokShop, type TokenSet } from '../../src/tiktok-shop/index.js';
import { Trenz } from '../../src/trenz/index.js';

const APP_SECRET = 'app_secret_9f8e7d6c5b4a39281706';
const ACCESS_TOKEN = 'TTP_access_5a6b7c8d9e0f1a2b3c4d';
const REFRESH_TOKEN = 'TTP_refresh_1a2b3c4d5e6f7a8b9c0d';
const TRENZ_KEY = 'tz_live_key_0a1b2c3d4e5f6a7b8c9d';
const LS_TOKEN = 'mat.localservice_token_77aa88bb99cc';
const SECRETS = [APP_SECRET, ACCESS_TOKEN, REFRESH_TOKEN, TRENZ_KEY, LS_TOKEN];

/** What the servers echoed, to check that the secrets really went out (and so really came back). */
const echoed: string[] = [];

/** Everything the request carried, as one string the server can echo. */
async function everything(request: Request): Promise<string> {
  const headers = [...request.headers].map(([k, v]) => `${k}=${v}`).join('&');
  const all = `${request.url} ${headers} ${await request.text()}`;
  echoed.push(all);
  return all;
}

/** A response echoing the request in its message, a body field and its headers, with the given status and code. */
async function echo(request: Request, status: number, body: (all: string) => unknown): Promise<Response> {
  const all = await everything(request);
  return HttpResponse.json(body(all) as Record<string, unknown>, {
    status,
    headers: {
      'x-echo': all.slice(0, 2000),
      location: `https://x.test/cb?access_token=${ACCESS_TOKEN}&sign=abc`,
      'set-cookie': `s=${ACCESS_TOKEN}`,
    },
  });
}

const tiktok =
  (status: number, code: number) =>
  async ({ request }: { request: Request }) =>
    echo(request, status, (all) => ({ code, message: `echo: ${all}`, request_id: 'req-tts', data: { echoed: all } }));

function collectLogs() {
  const lines: string[] = [];
  const put = (...args: unknown[]) =>
    lines.push(args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 10 }))).join(' '));
  const logger: Logger = { debug: put, info: put, warn: put, error: put };
  return { lines, logger };
}

function tokens(): TokenSet {
  const now = Math.floor(Date.now() / 1000);
  return {
    access_token: ACCESS_TOKEN,
    access_token_expire_in: now + 86_400,
    refresh_token: REFRESH_TOKEN,
    refresh_token_expire_in: now + 864_000,
    open_id: '7010736057180325637',
  };
}

describe('no secret in anything a user can print, whatever the server echoes', () => {
  it('holds for every error class, the clients, pages, cursors and debug logs of the three APIs', async () => {
    const things: unknown[] = [];
    const { lines, logger } = collectLogs();
    const quiet = { logger, logLevel: 'debug' as const, maxRetryDelay: 1, maxRetries: 1 };

    // TikTok Shop: one status and code per error class, then a page, a refresh and a schema mismatch.
    const cases: [number, number][] = [
      [200, 105005],
      [200, 12052032],
      [200, 36009004],
      [429, 36009002],
      [500, 36009003],
      [200, 106001],
    ];
    for (const [status, code] of cases) {
      const dispatcher = createMswDispatcher([http.all('*', tiktok(status, code))]);
      const app = new TikTokShop({
        appKey: 'app_key_1',
        appSecret: APP_SECRET,
        dispatcher,
        authBaseURL: 'https://auth.test',
        ...quiet,
      });
      const shop = app.seller(tokens()).shop('cipher_1');
      things.push(app, shop, await shop.orders.priceDetail('1').catch((e: unknown) => e));
    }
    const pages = createMswDispatcher([
      http.all('*', async ({ request }) =>
        echo(request, 200, (all) => ({
          code: 0,
          message: 'ok',
          request_id: 'r',
          data: { orders: [{ id: '1', note: all }], next_page_token: 'tok_2' },
        })),
      ),
    ]);
    const app = new TikTokShop({ appKey: 'app_key_1', appSecret: APP_SECRET, dispatcher: pages, validation: 'warn', ...quiet });
    const page = await app.seller(tokens()).shop('cipher_1').orders.search({ page_size: 1 });
    things.push(page.nextCursor, JSON.stringify(page.nextCursor));
    // A schema mismatch (ResponseValidationError carries the redacted body).
    const strict = new TikTokShop({ appKey: 'app_key_1', appSecret: APP_SECRET, dispatcher: pages, ...quiet });
    const misshapen = createMswDispatcher([
      http.all('*', async ({ request }) =>
        echo(request, 200, (all) => ({ code: 0, message: 'ok', request_id: 'r', data: { orders: { echoed: all } } })),
      ),
    ]);
    const mismatch = new TikTokShop({ appKey: 'app_key_1', appSecret: APP_SECRET, dispatcher: misshapen, ...quiet });
    things.push(
      await mismatch
        .seller(tokens())
        .shop('cipher_1')
        .orders.search()
        .then(
          () => 'no error',
          (e: unknown) => e,
        ),
    );
    // An expired token: the refresh request carries the refresh token and the app secret; the token host echoes.
    const expired = createMswDispatcher([
      http.get('https://auth.test/api/v2/token/refresh', tiktok(200, 105002)),
      http.all('*', tiktok(200, 105002)),
    ]);
    const refreshing = new TikTokShop({
      appKey: 'app_key_1',
      appSecret: APP_SECRET,
      dispatcher: expired,
      authBaseURL: 'https://auth.test',
      ...quiet,
    });
    things.push(
      await refreshing
        .seller(tokens())
        .shop('cipher_1')
        .orders.priceDetail('1')
        .catch((e: unknown) => e),
    );
    // Local checks, transport failures, limits.
    things.push(
      await strict
        .seller(tokens())
        .shop('cipher_1')
        .orders.priceDetail('..')
        .catch((e: unknown) => e),
    );
    const reset = createMswDispatcher([http.all('*', () => HttpResponse.error())]);
    things.push(
      await new TikTokShop({ appKey: 'k', appSecret: APP_SECRET, dispatcher: reset, ...quiet })
        .seller(tokens())
        .shop('c')
        .orders.priceDetail('1')
        .catch((e: unknown) => e),
    );
    const slow = createMswDispatcher([http.all('*', () => new Promise<Response>(() => {}))]);
    things.push(
      await new TikTokShop({ appKey: 'k', appSecret: APP_SECRET, dispatcher: slow, timeout: 20, ...quiet })
        .seller(tokens())
        .shop('c')
        .orders.priceDetail('1')
        .catch((e: unknown) => e),
    );
    const big = createMswDispatcher([http.all('*', tiktok(200, 0))]);
    things.push(
      await new TikTokShop({ appKey: 'k', appSecret: APP_SECRET, dispatcher: big, maxResponseBytes: 64, ...quiet })
        .seller(tokens())
        .shop('c')
        .orders.priceDetail('1')
        .catch((e: unknown) => e),
    );
    const aborted = new AbortController();
    aborted.abort();
    things.push(
      await strict
        .seller(tokens())
        .shop('c')
        .orders.priceDetail('1', { signal: aborted.signal })
        .catch((e: unknown) => e),
    );

    // Trenz: an API key echoed in 401, 402, 429 and 500 answers.
    for (const status of [401, 402, 404, 429, 500]) {
      const dispatcher = createMswDispatcher([
        http.all('*', async ({ request }) =>
          echo(request, status, (all) => ({ code: 'X', message: `echo: ${all}`, request_id: 'req-tz' })),
        ),
      ]);
      const trenz = new Trenz({ apiKey: TRENZ_KEY, dispatcher, ...quiet });
      things.push(trenz, await trenz.account.get().catch((e: unknown) => e));
    }

    // Local Service: a bearer token echoed inside the error struct of a 200.
    const ls = createMswDispatcher([
      http.all('*', async ({ request }) =>
        echo(request, 200, (all) => ({ error: { code: 'access_token_invalid', message: `echo: ${all}`, logid: 'log-1' } })),
      ),
    ]);
    const local = new LocalService({ accessToken: LS_TOKEN, dispatcher: ls, ...quiet });
    things.push(local, await local.holidays.list({ countries: ['ID'] }).catch((e: unknown) => e));

    const classes = new Set(things.filter((t): t is Error => t instanceof Error).map((e) => e.name));
    expect([...classes].sort()).toEqual([
      'AbortError',
      'AuthenticationError',
      'ConnectionError',
      'InsufficientCreditsError',
      'InvalidParamsError',
      'InvalidRequestError',
      'NotFoundError',
      'PermissionError',
      'RateLimitError',
      'ResponseTooLargeError',
      'ResponseValidationError',
      'ServerError',
      'TimeoutError',
    ]);
    // The servers did echo every secret: the test would prove nothing otherwise.
    for (const secret of SECRETS) expect(echoed.join('\n')).toContain(secret);
    expect(lines.length).toBeGreaterThan(10);
    const rendered = things.flatMap((t) => [JSON.stringify(t) ?? '', inspect(t, { depth: 20 }), String(t)]);
    for (const text of [...rendered, ...lines]) {
      for (const secret of SECRETS) expect(text).not.toContain(secret);
    }
  });
});
