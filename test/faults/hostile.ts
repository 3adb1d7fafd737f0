/**
 * Issue 15, hostile servers: answers no emulator gives, played by a plain node:http server on loopback against the
 * real clients. A body without end, a half-GB body (streamed lazily: the server never holds it), a server-sent
 * event line without end, a token refresh that hangs while the caller aborts, a token host that echoes every
 * credential it was sent. The harness (faults.test.ts) bounds each case's process RSS growth and wall time.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AbortError, AuthenticationError, ResponseTooLargeError } from '../../src/core/errors/index.js';
import { TikTokShop, type TokenSet } from '../../src/tiktok-shop/index.js';
import { Trenz } from '../../src/trenz/index.js';
import { CapturingLogger, errorTexts, type Secret } from './capture.js';
import type { Evidence } from './order-sync.js';
import type { Verdict } from './verdict.js';

const MiB = 1024 * 1024;

export interface HostileCase {
  name: string;
  /** What the harness allows: growth of the process's RSS over the case, and its wall time. Generous on purpose. */
  maxRssGrowthMB: number;
  maxMs: number;
  /** Runs the case; `stop` fires when the harness gives up on it (a bound passed), and must end the server's side. */
  run(verdict: Verdict, stop: AbortSignal): Promise<Evidence>;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** A loopback server that drops every connection when `stop` fires or the case ends. */
async function hostileServer(
  handler: Handler,
  stop: AbortSignal,
): Promise<{ url: string; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(`${req.method} ${new URL(req.url ?? '/', 'http://x').pathname}`);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  stop.addEventListener('abort', () => void close(), { once: true });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, close };
}

/** Writes one reused chunk as fast as the client reads, `total` bytes in all (Infinity: until it goes away). */
function flood(res: http.ServerResponse, chunk: Buffer, total = Infinity): void {
  let sent = 0;
  const pump = () => {
    while (sent < total && !res.destroyed) {
      const piece = total - sent < chunk.length ? chunk.subarray(0, total - sent) : chunk;
      sent += piece.length;
      if (!res.write(piece)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  pump();
}

const FILLER = Buffer.alloc(64 * 1024, 'x');
const APP = { appKey: 'hostile_app_key', appSecret: 'hostile_app_secret_5f0c2a' } as const;

function tokenSet(expired: boolean): TokenSet {
  const now = Math.floor(Date.now() / 1000);
  return {
    access_token: 'TTP_hostile_access_7c1d9e0f3a',
    access_token_expire_in: expired ? now - 60 : now + 86_400,
    refresh_token: 'TTP_hostile_refresh_2b8e4f6a1c',
    refresh_token_expire_in: now + 30 * 86_400,
    open_id: '7010736057180325637',
  };
}

function tiktokSecrets(tokens: TokenSet): Secret[] {
  return [
    { name: 'app secret', value: APP.appSecret },
    { name: 'access token', value: tokens.access_token },
    { name: 'refresh token', value: tokens.refresh_token },
  ];
}

/** A TikTok Shop app on `url` (business and token host), logging everything at debug level. */
function shopApp(url: string, logger: CapturingLogger, timeout = 5_000) {
  return new TikTokShop({ ...APP, baseURL: url, authBaseURL: url, logger, logLevel: 'debug', maxRetryDelay: 10, timeout });
}

async function bodyCase(name: string, total: number, verdict: Verdict, stop: AbortSignal): Promise<Evidence> {
  const server = await hostileServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }); // chunked: no length announced, nothing to refuse early
    res.write('{"code":0,"message":"Success","request_id":"HOSTILE","data":{"orders":[{"id":"');
    flood(res, FILLER, total);
  }, stop);
  const logger = new CapturingLogger();
  const tokens = tokenSet(false);
  let error: unknown;
  try {
    await shopApp(server.url, logger).seller(tokens).shop('hostile_cipher').orders.search({ page_size: 50 });
  } catch (e) {
    error = e;
  } finally {
    await server.close();
  }
  verdict.error(error, { cls: ResponseTooLargeError }, name);
  verdict.equal(server.hits.length, 1, 'requests sent (a body over the limit is not retried)');
  return { secrets: tiktokSecrets(tokens), sources: { 'log lines': logger.lines, 'error texts': errorTexts(error) } };
}

export const HOSTILE: HostileCase[] = [
  {
    name: 'a body without end',
    maxRssGrowthMB: 200,
    maxMs: 10_000,
    run: (verdict, stop) => bodyCase('order search', Infinity, verdict, stop),
  },
  {
    name: 'a half-GB body',
    maxRssGrowthMB: 200,
    maxMs: 10_000,
    run: (verdict, stop) => bodyCase('order search', 512 * MiB + 1, verdict, stop),
  },
  {
    name: 'a server-sent event line without end',
    maxRssGrowthMB: 200,
    maxMs: 10_000,
    async run(verdict, stop) {
      const server = await hostileServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write('event: delta\ndata: ');
        flood(res, FILLER);
      }, stop);
      const apiKey = 'tz_hostile_api_key_9d3e1f';
      const logger = new CapturingLogger();
      const trenz = new Trenz({ apiKey, baseURL: server.url, logger, logLevel: 'debug', timeout: 2_000 });
      let error: unknown;
      try {
        const reply = await trenz.agent.chat({ message: 'hello' });
        for await (const _event of reply) {
          // an event never completes
        }
      } catch (e) {
        error = e;
      } finally {
        await server.close();
      }
      verdict.error(error, { cls: ResponseTooLargeError }, 'agent chat');
      return {
        secrets: [{ name: 'API key', value: apiKey }],
        sources: { 'log lines': logger.lines, 'error texts': errorTexts(error) },
      };
    },
  },
  {
    name: 'a hung token refresh and a caller that aborts',
    maxRssGrowthMB: 100,
    maxMs: 3_000,
    async run(verdict, stop) {
      // The refresh never answers; the business host is never reached.
      const server = await hostileServer(() => {}, stop);
      const logger = new CapturingLogger();
      const tokens = tokenSet(true);
      const ac = new AbortController();
      setTimeout(() => ac.abort(), 300);
      const started = Date.now();
      let error: unknown;
      try {
        await shopApp(server.url, logger).seller(tokens).authorization.getShops({ signal: ac.signal });
      } catch (e) {
        error = e;
      }
      const ms = Date.now() - started;
      await server.close();
      verdict.error(error, { cls: AbortError }, 'shops call aborted at 300 ms');
      verdict.check(ms < 1_500, `the aborted call returned after ${ms} ms, not at once`);
      verdict.equal(server.hits.filter((h) => !h.includes('/token/')).length, 0, 'business requests sent');
      return { secrets: tiktokSecrets(tokens), sources: { 'log lines': logger.lines, 'error texts': errorTexts(error) } };
    },
  },
  {
    name: 'a token host that echoes every credential',
    maxRssGrowthMB: 100,
    maxMs: 5_000,
    async run(verdict, stop) {
      const server = await hostileServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://x');
        const echo = [...url.searchParams].map(([k, v]) => `${k} ${v}`).join('; ');
        res.writeHead(200, {
          'content-type': 'application/json',
          location: `https://auth.example/retry?${url.searchParams.toString()}`,
          'x-echo': echo,
        });
        res.end(
          JSON.stringify({ code: 36009004, message: `Invalid credentials: you sent ${echo}`, request_id: 'ECHO', data: {} }),
        );
      }, stop);
      const logger = new CapturingLogger();
      const tokens = tokenSet(true);
      let error: unknown;
      try {
        await shopApp(server.url, logger).seller(tokens).authorization.getShops();
      } catch (e) {
        error = e;
      }
      await server.close();
      verdict.error(error, { cls: AuthenticationError }, 'shops call with a refused refresh');
      return { secrets: tiktokSecrets(tokens), sources: { 'log lines': logger.lines, 'error texts': errorTexts(error) } };
    },
  },
];
