/**
 * The faults of issue 8, one row each: where it is injected in the order sync (pages 3's first two attempts unless
 * said otherwise: a burst that needs both retries), the same fault without end and the error it must surface,
 * and the publish steps it is injected into. Socket-level faults run over loopback (real undici sockets); the
 * others in process.
 */
import { AuthenticationError, ConnectionError, RateLimitError, ServerError, TimeoutError } from '../../src/core/errors/index.js';
import type { FaultRule } from '../../src/testing/faults.js';
import { CONCURRENT_CALLS, REFRESH, SEARCH, type SyncCase } from './order-sync.js';
import { PUBLISH, SESSION, type PublishStep } from './publish-flow.js';
import { SHORT_TIMEOUT_MS, SLOW_MS, type Transport } from './rigs.js';

export interface FaultCase {
  name: string;
  transport: Transport;
  /** The clients' per-attempt timeout. Default: rigs.ts DEFAULT_TIMEOUT_MS (5 s). */
  timeout?: number;
  sync: SyncCase;
  /** Empty where the fault has no Trenz counterpart (Trenz authenticates with a fixed API key, no clock). */
  publish: PublishStep[];
}

/** The third page's first two attempts: with 10 pages and 2 retries, the sync sends 12 searches. */
const PAGE_3_TWICE = { path: SEARCH, after: 2, times: 2 } as const;
const FIRST_PAGE_FOREVER = { path: SEARCH, times: Infinity } as const;
/** Pages plus the two retries of page 3. */
const SEARCHES_WITH_BURST = 12;
/** The first attempt and both retries. */
const ALL_ATTEMPTS = 3;
const publishOnce = { method: 'POST', path: PUBLISH } as const;
const sessionTwice = { method: 'POST', path: SESSION, times: 2 } as const;

const TIKTOK_503 = {
  code: 36009003,
  message: 'Internal error. Please try again later.',
  request_id: 'FAULT503REQUEST',
  data: {},
};
const TIKTOK_429 = { code: 36009002, message: 'Too many requests.', request_id: 'FAULT429REQUEST', data: {} };
const TRENZ_503 = { code: 'BACKEND_UNAVAILABLE', message: 'backend unavailable', request_id: 'tz-fault-503' };
const TRENZ_429 = { code: 'RATE_LIMITED', message: 'rate limited', request_id: 'tz-fault-429' };
const HTML_502 =
  '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';
const gateway = (idHeader: string, id: string) => ({ 'content-type': 'text/html', [idHeader]: id });
/** A Retry-After of 1 s, capped by the clients' maxRetryDelay of 10 ms: each retry waits exactly 10 ms. */
const RETRY_AFTER = { 'retry-after': '1' };

const tiktok503: FaultRule = { kind: 'status', status: 503, body: TIKTOK_503 };
const tiktok429: FaultRule = { kind: 'status', status: 429, headers: RETRY_AFTER, body: TIKTOK_429 };
const tiktok502: FaultRule = { kind: 'status', status: 502, body: HTML_502, headers: gateway('x-tt-logid', 'GATEWAY502LOGID') };
const trenz503: FaultRule = { kind: 'status', status: 503, body: TRENZ_503 };
const trenz429: FaultRule = { kind: 'status', status: 429, headers: RETRY_AFTER, body: TRENZ_429 };
const trenz502: FaultRule = { kind: 'status', status: 502, body: HTML_502, headers: gateway('x-request-id', 'tz-gateway-502') };

export const FAULTS: FaultCase[] = [
  {
    name: 'connection reset before the response',
    transport: 'loopback',
    sync: {
      rules: [{ ...PAGE_3_TWICE, kind: 'reset' }],
      searches: SEARCHES_WITH_BURST,
      exhausted: { rules: [{ ...FIRST_PAGE_FOREVER, kind: 'reset' }], error: { cls: ConnectionError }, searches: ALL_ATTEMPTS },
    },
    publish: [
      {
        what: 'reset after upload-and-publish was processed',
        rule: { ...publishOnce, kind: 'reset', processed: true },
        expect: 'recovered',
      },
      {
        what: 'reset before upload-and-publish was processed',
        rule: { ...publishOnce, kind: 'reset' },
        expect: 'outcome-unknown',
        cause: { cls: ConnectionError },
      },
      { what: 'resets on the session poll', rule: { ...sessionTwice, kind: 'reset' }, expect: 'completed' },
    ],
  },
  {
    name: 'connection reset mid-body',
    transport: 'loopback',
    sync: {
      rules: [{ ...PAGE_3_TWICE, kind: 'reset', when: 'mid-body' }],
      searches: SEARCHES_WITH_BURST,
      exhausted: {
        rules: [{ ...FIRST_PAGE_FOREVER, kind: 'reset', when: 'mid-body' }],
        error: { cls: ConnectionError },
        searches: ALL_ATTEMPTS,
      },
    },
    publish: [
      {
        what: 'reset mid-body of the upload-and-publish answer',
        rule: { ...publishOnce, kind: 'reset', when: 'mid-body' },
        expect: 'recovered',
      },
      {
        what: 'resets mid-body on the session poll',
        rule: { ...sessionTwice, kind: 'reset', when: 'mid-body' },
        expect: 'completed',
      },
    ],
  },
  {
    name: 'burst of 503s',
    transport: 'in-process',
    sync: {
      rules: [{ ...PAGE_3_TWICE, ...tiktok503 }],
      searches: SEARCHES_WITH_BURST,
      exhausted: {
        rules: [{ ...FIRST_PAGE_FOREVER, ...tiktok503 }],
        error: { cls: ServerError, code: 36009003, requestId: 'FAULT503REQUEST' },
        searches: ALL_ATTEMPTS,
      },
    },
    publish: [
      {
        what: '503 on upload-and-publish',
        rule: { ...publishOnce, ...trenz503 },
        expect: 'outcome-unknown',
        cause: { cls: ServerError, code: 'BACKEND_UNAVAILABLE', requestId: 'tz-fault-503' },
      },
      { what: '503 burst on the session poll', rule: { ...sessionTwice, ...trenz503 }, expect: 'completed' },
      {
        what: '503 on every session poll',
        rule: { ...sessionTwice, ...trenz503, times: Infinity },
        expect: 'session-unreadable',
        cause: { cls: ServerError, code: 'BACKEND_UNAVAILABLE', requestId: 'tz-fault-503' },
      },
    ],
  },
  {
    name: '429 with Retry-After',
    transport: 'in-process',
    sync: {
      rules: [{ ...PAGE_3_TWICE, ...tiktok429 }],
      searches: SEARCHES_WITH_BURST,
      verify: (rig, verdict) => {
        const honored = rig.logger.lines.filter((l) => l.includes('retrying') && /waitMs: 10\b/.test(l)).length;
        verdict.equal(honored, 2, 'retries that waited Retry-After (capped at 10 ms)');
      },
      exhausted: {
        rules: [{ ...FIRST_PAGE_FOREVER, ...tiktok429 }],
        error: { cls: RateLimitError, code: 36009002, requestId: 'FAULT429REQUEST' },
        searches: ALL_ATTEMPTS,
      },
    },
    publish: [
      // A 429 is refused unprocessed, so the write is sent again: the one resend the contract allows.
      { what: '429 on upload-and-publish', rule: { ...publishOnce, ...trenz429 }, expect: 'completed', sends: 2 },
      { what: '429s on the session poll', rule: { ...sessionTwice, ...trenz429 }, expect: 'completed' },
    ],
  },
  {
    name: 'headers slower than the timeout',
    transport: 'loopback',
    timeout: SHORT_TIMEOUT_MS,
    sync: {
      rules: [{ ...PAGE_3_TWICE, kind: 'delay', ms: SLOW_MS }],
      searches: SEARCHES_WITH_BURST,
      exhausted: {
        rules: [{ ...FIRST_PAGE_FOREVER, kind: 'delay', ms: SLOW_MS }],
        error: { cls: TimeoutError },
        searches: ALL_ATTEMPTS,
      },
    },
    publish: [
      // The emulator drops a delayed request when the client gives up: the server never acted.
      {
        what: 'upload-and-publish slower than the timeout',
        rule: { ...publishOnce, kind: 'delay', ms: SLOW_MS },
        expect: 'outcome-unknown',
        cause: { cls: TimeoutError },
      },
      {
        what: 'session polls slower than the timeout',
        rule: { ...sessionTwice, kind: 'delay', ms: SLOW_MS },
        expect: 'completed',
      },
    ],
  },
  {
    name: 'truncated JSON',
    transport: 'loopback',
    sync: {
      rules: [{ ...PAGE_3_TWICE, kind: 'truncate' }],
      searches: SEARCHES_WITH_BURST,
      // A 200 whose body was cut: no request id can be read from it, and the emulator sends none in a header.
      exhausted: {
        rules: [{ ...FIRST_PAGE_FOREVER, kind: 'truncate' }],
        error: { cls: ServerError, code: 200 },
        searches: ALL_ATTEMPTS,
      },
    },
    publish: [
      { what: 'truncated upload-and-publish answer', rule: { ...publishOnce, kind: 'truncate' }, expect: 'recovered' },
      { what: 'truncated session answers', rule: { ...sessionTwice, kind: 'truncate' }, expect: 'completed' },
    ],
  },
  {
    name: 'HTML 502 page',
    transport: 'in-process',
    sync: {
      rules: [{ ...PAGE_3_TWICE, ...tiktok502 }],
      searches: SEARCHES_WITH_BURST,
      exhausted: {
        rules: [{ ...FIRST_PAGE_FOREVER, ...tiktok502 }],
        error: { cls: ServerError, code: 502, requestId: 'GATEWAY502LOGID' },
        searches: ALL_ATTEMPTS,
      },
    },
    publish: [
      {
        what: 'HTML 502 on upload-and-publish',
        rule: { ...publishOnce, ...trenz502 },
        expect: 'outcome-unknown',
        cause: { cls: ServerError, code: 502, requestId: 'tz-gateway-502' },
      },
      { what: 'HTML 502s on the session poll', rule: { ...sessionTwice, ...trenz502 }, expect: 'completed' },
    ],
  },
  {
    name: 'access token expiring mid-sync',
    transport: 'in-process',
    sync: {
      afterPage: (rig, pages) => pages === 3 && rig.emu.state.expireAccessToken(),
      // Page 4 is refused with 105002 once, then replayed with the refreshed token.
      searches: 11,
      verify: (rig, verdict) => verdict.equal(rig.emu.faults.count('GET', REFRESH), 1, 'token refreshes'),
      exhausted: {
        arrange: (rig) => {
          rig.emu.state.expireAccessToken();
          rig.emu.state.revokeRefreshToken();
        },
        error: { cls: AuthenticationError, code: 36009004, requestId: /EMU/ },
        searches: 1,
      },
    },
    publish: [],
  },
  {
    name: 'clock skewed by 10 minutes',
    transport: 'in-process',
    sync: {
      // The emulator runs 10 minutes ahead, then jumps to 10 minutes behind after page 5.
      arrange: (rig) => rig.emu.state.setClockOffset(10 * 60_000),
      afterPage: (rig, pages) => pages === 5 && rig.emu.state.setClockOffset(-10 * 60_000),
      // Pages 1 and 6 are refused for their timestamp once each, then replayed on the corrected clock.
      searches: 12,
      verify: (rig, verdict) =>
        verdict.check(Math.abs(rig.app.clock.skewMs + 10 * 60_000) < 2_000, `clock skew learned: ${rig.app.clock.skewMs} ms`),
    },
    publish: [],
  },
  {
    name: `${CONCURRENT_CALLS} concurrent calls at an expired token`,
    transport: 'loopback',
    sync: {
      arrange: (rig) => rig.emu.state.expireAccessToken(),
      concurrent: true,
      verify: (rig, verdict) => {
        verdict.equal(rig.emu.faults.count('GET', REFRESH), 1, 'token refreshes');
        const searches = rig.emu.faults.count('POST', SEARCH);
        verdict.check(searches <= 2 * CONCURRENT_CALLS, `${searches} order searches: a call was replayed more than once`);
      },
    },
    publish: [],
  },
];
