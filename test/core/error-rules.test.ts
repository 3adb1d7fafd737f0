/**
 * The error-rule table: the shared rules (class by HTTP status, retryable on 408/429/5xx) live once in
 * `toApiError`; an API's table lists codes, message-dependent rules and statuses that mean more. The table is
 * also checked through the pipeline: the client classifies with its definition's rules and retries by them.
 */
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  apiErrorClassForStatus,
  errorRules,
  toApiError,
  type ErrorFacts,
} from '../../src/core/errors/index.js';
import { ORIGIN, echoClient, ep, ok, type EchoItem } from './fixtures/echo-api.js';
import { fast, inProcess, rejectionOf } from './fixtures/harness.js';

const facts = (over: Partial<ErrorFacts>): ErrorFacts => ({
  status: 200,
  code: undefined,
  message: 'no',
  requestId: 'r-1',
  headers: {},
  ...over,
});
const none = errorRules([]);

/** A class an API adds for itself (as Trenz adds InsufficientCreditsError). */
class CreditsError extends ApiError {
  override name = 'CreditsError';
}

describe('toApiError: the shared rules', () => {
  it.each([
    { status: 408, Cls: ServerError, retryable: true },
    { status: 429, Cls: RateLimitError, retryable: true },
    { status: 500, Cls: ServerError, retryable: true },
    { status: 502, Cls: ServerError, retryable: true },
    { status: 503, Cls: ServerError, retryable: true },
    { status: 504, Cls: ServerError, retryable: true },
    { status: 400, Cls: InvalidRequestError, retryable: false },
    { status: 401, Cls: AuthenticationError, retryable: false },
    { status: 402, Cls: InvalidRequestError, retryable: false },
    { status: 403, Cls: PermissionError, retryable: false },
    { status: 404, Cls: NotFoundError, retryable: false },
    { status: 409, Cls: InvalidRequestError, retryable: false },
    { status: 422, Cls: InvalidRequestError, retryable: false },
  ])('classifies HTTP $status as $Cls.name, retryable $retryable', ({ status, Cls, retryable }) => {
    const err = toApiError('Echo', 'GET /x', none, facts({ status, code: 'ANY', message: 'nope' }));
    expect(err).toBeInstanceOf(Cls);
    expect(err.constructor).toBe(Cls);
    expect(err.retryable).toBe(retryable);
    expect(err.status).toBe(status);
    expect(err.code).toBe('ANY');
    expect(err.requestId).toBe('r-1');
    expect(err.message).toContain('Echo GET /x failed: nope');
  });

  it('no longer knows credits: 402 is an InvalidRequestError in core', () => {
    expect(apiErrorClassForStatus(402)).toBe(InvalidRequestError);
  });

  it('uses the status as the code when the body has none', () => {
    expect(toApiError('Echo', 'GET /x', none, facts({ status: 503 })).code).toBe(503);
  });

  it('classifies by the status the body reports (effectiveStatus) over a 200', () => {
    const err = toApiError('Echo', 'GET /x', none, facts({ status: 200, effectiveStatus: 429, code: 'busy' }));
    expect(err).toBeInstanceOf(RateLimitError);
    expect(err.retryable).toBe(true);
    expect(err.status).toBe(200);
  });

  it('a code in a 200 with no rule is a plain ApiError that is not retried', () => {
    const err = toApiError('Echo', 'GET /x', none, facts({ status: 200, code: 12345 }));
    expect(err.constructor).toBe(ApiError);
    expect(err.retryable).toBe(false);
  });

  it('keeps docsUrl and headers', () => {
    const err = toApiError(
      'Echo',
      'GET /x',
      none,
      facts({ status: 429, docsUrl: 'https://docs.test/e', headers: { 'retry-after': '7' } }),
    );
    expect(err.docsUrl).toBe('https://docs.test/e');
    expect((err as RateLimitError).retryAfter).toBe(7);
  });
});

describe('ApiError messages and the request id', () => {
  it('asks to quote the request id only when the response had one', () => {
    const withId = toApiError('Acme', 'GET /x', none, facts({ code: 7, requestId: 'r-42' }));
    expect(withId.message).toBe(
      'Acme GET /x failed: no (HTTP 200, code 7, request_id r-42). Check the request against the API documentation. ' +
        'Quote request id r-42 if you contact support.',
    );
    const withoutId = toApiError('Acme', 'GET /x', none, facts({ code: 7, requestId: undefined }));
    expect(withoutId.message).toBe(
      'Acme GET /x failed: no (HTTP 200, code 7, no request id). Check the request against the API documentation. ' +
        'The response carried no request id: if you contact support, give the endpoint and the time of the call.',
    );
    expect(withoutId.message).not.toMatch(/quote/i);
  });

  it('a server error without a request id does not ask to quote one either', () => {
    const error = toApiError('Acme', 'GET /x', none, facts({ status: 503, requestId: undefined }));
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toContain('try again later. The response carried no request id');
    expect(error.message).not.toMatch(/quote/i);
    expect(toApiError('Acme', 'GET /x', none, facts({ status: 503 })).message).toContain('Quote request id r-1 if you contact');
  });
});

describe('toApiError: an API table', () => {
  const rules = errorRules(
    [
      [105002, { cls: AuthenticationError, hint: 'Re-authorize the seller.' }],
      ['RATE_LIMITED', { cls: RateLimitError, retryable: true }],
      [36009003, { cls: ServerError, retryable: true }],
      ['QUOTA_GONE', { cls: PermissionError, retryable: false }],
      [36009004, { cls: InvalidRequestError }],
    ],
    {
      byMessage: (code, message) =>
        code === 36009004 && /app_key/.test(message) ? { cls: AuthenticationError, hint: 'Check appKey.' } : undefined,
      statuses: [
        [402, { cls: CreditsError, hint: 'Top up credits.' }],
        [418, { cls: ServerError, retryable: true }],
      ],
    },
  );

  it('a code rule decides the class and hint, inside an HTTP 200 too', () => {
    const err = toApiError('Echo', 'GET /x', rules, facts({ status: 200, code: 105002, message: 'expired' }));
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err.hint).toBe('Re-authorize the seller.');
    expect(err.message).toContain('Re-authorize the seller.');
    expect(err.retryable).toBe(false);
  });

  it("a code rule's retryable wins over the status", () => {
    const limited = toApiError('Echo', 'GET /x', rules, facts({ status: 200, code: 'RATE_LIMITED' }));
    expect(limited).toBeInstanceOf(RateLimitError);
    expect(limited.retryable).toBe(true);
    const server = toApiError('Echo', 'GET /x', rules, facts({ status: 200, code: 36009003 }));
    expect(server).toBeInstanceOf(ServerError);
    expect(server.retryable).toBe(true);
    const gone = toApiError('Echo', 'GET /x', rules, facts({ status: 503, code: 'QUOTA_GONE' }));
    expect(gone).toBeInstanceOf(PermissionError);
    expect(gone.retryable).toBe(false);
  });

  it('a code rule without retryable keeps the shared rule of the status', () => {
    expect(toApiError('Echo', 'GET /x', rules, facts({ status: 401, code: 105002 })).retryable).toBe(false);
    expect(toApiError('Echo', 'GET /x', rules, facts({ status: 503, code: 105002 })).retryable).toBe(true);
  });

  it('a rule naming a retryable class without saying retryable keeps the class default, on any status', () => {
    const only = errorRules([
      [1, { cls: RateLimitError }],
      [2, { cls: ServerError }],
    ]);
    expect(toApiError('Echo', 'GET /x', only, facts({ status: 200, code: 1 })).retryable).toBe(true);
    expect(toApiError('Echo', 'GET /x', only, facts({ status: 400, code: 2 })).retryable).toBe(true);
  });

  it('a byMessage rule tells apart the conditions of one code, and falls back to the code rule', () => {
    const key = toApiError('Echo', 'GET /x', rules, facts({ code: 36009004, message: 'invalid app_key' }));
    expect(key).toBeInstanceOf(AuthenticationError);
    expect(key.hint).toBe('Check appKey.');
    const other = toApiError('Echo', 'GET /x', rules, facts({ code: 36009004, message: 'bad page_size' }));
    expect(other.constructor).toBe(InvalidRequestError);
  });

  it('a statuses rule gives a status the API means more by; a code rule comes first', () => {
    const credits = toApiError('Echo', 'POST /x', rules, facts({ status: 402, code: 'NO_CREDITS' }));
    expect(credits).toBeInstanceOf(CreditsError);
    expect(credits.hint).toBe('Top up credits.');
    expect(credits.retryable).toBe(false);
    expect(toApiError('Echo', 'POST /x', rules, facts({ status: 402 }))).toBeInstanceOf(CreditsError);
    expect(toApiError('Echo', 'POST /x', rules, facts({ status: 418 })).retryable).toBe(true);
    expect(toApiError('Echo', 'POST /x', rules, facts({ status: 402, code: 105002 }))).toBeInstanceOf(AuthenticationError);
  });
});

describe('error rules in the pipeline', () => {
  const fails = (status: number, code: number | string, times = 1) => ({
    path: '/items/1',
    kind: 'status' as const,
    status,
    times,
    body: { code, message: 'rule' },
  });

  it('classifies with the definition table and retries what it says is retryable', async () => {
    const { faults, dispatcher } = inProcess();
    faults.add({ ...fails(200, 7, 2) });
    const errors = errorRules([[7, { cls: RateLimitError, retryable: true }]]);
    const item = await echoClient({ dispatcher, errors, ...fast }).request<EchoItem>({ endpoint: ep.item, path: [1] });
    expect(item.id).toBe('1');
    expect(faults.count('GET', '/items/1')).toBe(3);
  });

  it('does not retry a 5xx the table says is not retryable, and throws its class', async () => {
    const { faults, dispatcher } = inProcess();
    faults.add({ ...fails(503, 'QUOTA_GONE', Infinity) });
    const errors = errorRules([['QUOTA_GONE', { cls: PermissionError, retryable: false, hint: 'Buy more quota.' }]]);
    const err = await rejectionOf(echoClient({ dispatcher, errors, ...fast }).request({ endpoint: ep.item, path: [1] }));
    expect(err).toBeInstanceOf(PermissionError);
    expect(err.hint).toBe('Buy more quota.');
    expect(faults.count()).toBe(1);
  });

  it('applies a statuses rule to a body without a code', async () => {
    const dispatcher = inProcess([
      http.get(`${ORIGIN}/items/:id`, () => HttpResponse.json({ message: 'pay' }, { status: 402 })),
    ]).dispatcher;
    const errors = errorRules([], { statuses: [[402, { cls: CreditsError }]] });
    const err = await rejectionOf(echoClient({ dispatcher, errors }).request({ endpoint: ep.item, path: [1] }));
    expect(err).toBeInstanceOf(CreditsError);
    expect(err.code).toBe(402);
  });

  it('the same answer without a table falls back to the shared rules', async () => {
    const dispatcher = inProcess([http.get(`${ORIGIN}/items/:id`, () => ok({ id: '1', name: 'a' }))]).dispatcher;
    const { faults, dispatcher: failing } = inProcess();
    faults.add({ ...fails(200, 7) });
    expect((await echoClient({ dispatcher }).request<EchoItem>({ endpoint: ep.item, path: [1] })).id).toBe('1');
    const err = await rejectionOf(echoClient({ dispatcher: failing, ...fast }).request({ endpoint: ep.item, path: [1] }));
    expect(err).toBeInstanceOf(InvalidRequestError); // the echo envelope reports a code in a 200 as a 400
    expect(faults.count()).toBe(1);
  });
});
