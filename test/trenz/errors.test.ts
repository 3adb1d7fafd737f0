import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  type ApiError,
} from '../../src/core/errors/index.js';
import { InsufficientCreditsError, TRENZ_ERROR_CODES } from '../../src/trenz/errors.js';
import { TRENZ_EMULATOR_ORIGIN } from '../../src/testing/trenz/index.js';
import { setup } from './helpers.js';

/** The Trenz docs' "Error Codes" table: HTTP status, code, class, retried. */
const TABLE = [
  [400, 'BAD_REQUEST', InvalidRequestError, false],
  [400, 'INVALID_PARAM', InvalidRequestError, false],
  [400, 'MISSING_PARAM', InvalidRequestError, false],
  [400, 'INVALID_SORT_FIELD', InvalidRequestError, false],
  [400, 'INVALID_INCLUDE', InvalidRequestError, false],
  [400, 'PAGE_SIZE_EXCEEDED', InvalidRequestError, false],
  [401, 'AUTH_MISSING_KEY', AuthenticationError, false],
  [401, 'AUTH_INVALID_KEY', AuthenticationError, false],
  [401, 'AUTH_KEY_REVOKED', AuthenticationError, false],
  [401, 'AUTH_KEY_SUSPENDED', AuthenticationError, false],
  [402, 'INSUFFICIENT_CREDITS', InsufficientCreditsError, false],
  [403, 'FORBIDDEN_SCOPE', PermissionError, false],
  [404, 'ROUTE_NOT_FOUND', NotFoundError, false],
  [404, 'TASK_NOT_FOUND', NotFoundError, false],
  [429, 'RATE_LIMITED', RateLimitError, true],
  [429, 'QUOTA_EXCEEDED', RateLimitError, false],
  [500, 'INTERNAL_ERROR', ServerError, true],
  [502, 'BACKEND_ERROR', ServerError, true],
  [503, 'BACKEND_UNAVAILABLE', ServerError, true],
  [504, 'BACKEND_TIMEOUT', ServerError, true],
] as const;

describe('the Trenz error table', () => {
  it('maps all 20 codes', () => expect(Object.keys(TRENZ_ERROR_CODES).sort()).toEqual(TABLE.map((r) => r[1]).sort()));

  it.each(TABLE)('HTTP %i %s -> %o, retried: %s', async (status, code, Cls, retried) => {
    const t = setup({ client: { maxRetries: 2 } });
    t.emu.faults.add({
      path: '/open/v1/sellers/search',
      kind: 'status',
      status,
      times: 3,
      body: {
        code,
        message: `${code} from the server`,
        request_id: 'req-err-1',
        docs_url: `https://docs.trenz.ai/errors#${code}`,
      },
    });
    const error = (await t.data.sellers.search().then(
      () => undefined,
      (e: unknown) => e,
    )) as ApiError;
    expect(error).toBeInstanceOf(Cls);
    expect(error).toMatchObject({
      api: 'Trenz',
      status,
      code,
      requestId: 'req-err-1',
      docsUrl: `https://docs.trenz.ai/errors#${code}`,
    });
    expect(error.message).toContain('GET /open/v1/sellers/search');
    expect(error.message).toContain('req-err-1');
    expect(t.emu.faults.count('GET', '/open/v1/sellers/search')).toBe(retried ? 3 : 1);
  });
});

describe('retries and writes', () => {
  it('does not replay an AI submission after a 503 (it may have run and been charged)', async () => {
    const t = setup({ client: { maxRetries: 2 } });
    t.emu.faults.add({
      method: 'POST',
      path: '/open/v1/ai/videos/veo3',
      kind: 'status',
      status: 503,
      body: { code: 'BACKEND_UNAVAILABLE', message: 'busy', request_id: 'r' },
    });
    await expect(t.content.video.veo3({ prompt: 'x' })).rejects.toBeInstanceOf(ServerError);
    expect(t.emu.faults.count('POST', '/open/v1/ai/videos/veo3')).toBe(1);
  });

  it('retries an AI submission rejected with 429 RATE_LIMITED (unprocessed), honoring Retry-After', async () => {
    const t = setup({ client: { maxRetries: 2 } });
    t.emu.faults.add({
      method: 'POST',
      path: '/open/v1/ai/images/nanobanana',
      kind: 'status',
      status: 429,
      headers: { 'retry-after': '0' },
      body: { code: 'RATE_LIMITED', message: 'slow down', request_id: 'r' },
    });
    const task = await t.content.image.nanobanana({ prompt: 'x' });
    expect(task.id).toMatch(/^task_/);
    expect(t.emu.faults.count('POST', '/open/v1/ai/images/nanobanana')).toBe(2);
  });

  it('retries a read after a dropped connection and after a truncated body', async () => {
    const t = setup();
    t.emu.faults
      .add({ path: '/open/v1/videos/search', kind: 'reset' })
      .add({ path: '/open/v1/videos/search', kind: 'truncate', after: 1 });
    const page = await t.data.videos.search({ page_size: 5 });
    expect(page.items).toHaveLength(5);
    expect(t.emu.faults.count('GET', '/open/v1/videos/search')).toBe(3);
  });
});

describe('API key', () => {
  it('answers 401 AUTH_INVALID_KEY for an unknown key, without leaking the key in the error', async () => {
    const t = setup({ apiKey: 'tz_wrong_key_123456' });
    const error = (await t.account.get().catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.code).toBe('AUTH_INVALID_KEY');
    expect(error.message).not.toContain('tz_wrong_key_123456');
  });

  it('sends the key as X-API-Key by default, or as Authorization: Bearer', async () => {
    const a = setup();
    await a.account.get();
    expect(a.emu.faults.journal[0]?.headers['x-api-key']).toBe(a.emu.apiKey);
    const b = setup({ authScheme: 'bearer' });
    await b.account.get();
    expect(b.emu.faults.journal[0]?.headers.authorization).toBe(`Bearer ${b.emu.apiKey}`);
    expect(b.emu.faults.journal[0]?.headers['x-api-key']).toBeUndefined();
  });

  it('answers 404 ROUTE_NOT_FOUND for a path the API does not have', async () => {
    const t = setup();
    const res = await t.emu.dispatcher.request({
      origin: 'https://openapi.gateway.trenz.ai',
      path: '/open/v1/nope',
      method: 'GET',
      headers: { 'x-api-key': t.emu.apiKey },
    });
    expect(res.statusCode).toBe(404);
    expect(await res.body.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND' });
  });
});

describe('credits', () => {
  it('charges successful calls only, reports usage on every result, and shows the balance on the account', async () => {
    const t = setup({ credits: 100 });
    const page = await t.data.products.search({ country: 'us' });
    expect(page.meta.usage).toEqual({ credits_cost: 1, credits_balance: 99 });
    await expect(
      t.data.products.search({ country: 'us', page_size: 10 }, { extraQuery: { sort_by: 'nope' } }),
    ).rejects.toMatchObject({
      code: 'INVALID_SORT_FIELD',
    });
    const task = await t.content.image.gptImage2({ prompt: 'x' });
    expect(task.usage).toEqual({ credits_cost: 30, credits_balance: 69 });
    const account = await t.account.get();
    expect(account).toMatchObject({ status: 'active', tier: 'pro', credits_balance: 69 });
    expect(account.usage).toEqual({ credits_cost: 0, credits_balance: 69 });
  });

  it('throws InsufficientCreditsError (402) when the balance cannot cover a call, and does not retry it', async () => {
    const t = setup({ credits: 50, client: { maxRetries: 2 } });
    const error = (await t.content.video.veo3({ prompt: 'x' }).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(InsufficientCreditsError);
    expect(error).toMatchObject({ status: 402, code: 'INSUFFICIENT_CREDITS' });
    expect(error.message).toContain('account.get()');
    expect(t.emu.faults.count('POST', '/open/v1/ai/videos/veo3')).toBe(1);
    expect(t.emu.ctx.ledger.balance).toBe(50);
  });

  it('reads the older coin_cost / remaining_balance usage names', async () => {
    const t = setup({ credits: 10, legacyUsageNames: true });
    const seller = await t.data.sellers.search();
    expect(seller.meta.usage).toEqual({ credits_cost: 1, credits_balance: 9 });
    // A page carries the decoded payload and meta, not the raw envelope: the same call on a twin emulator, read raw.
    const twin = setup({ credits: 10, legacyUsageNames: true }).emu;
    const raw = await twin.dispatcher.request({
      origin: TRENZ_EMULATOR_ORIGIN,
      path: '/open/v1/sellers/search',
      method: 'GET',
      headers: { 'x-api-key': twin.apiKey },
    });
    expect(((await raw.body.json()) as { usage: unknown }).usage).toEqual({ coin_cost: 1, remaining_balance: 9 });
  });

  it('keeps data fields that share a name with a meta key (a task status is not the HTTP status)', async () => {
    const t = setup({ taskDurationMs: 10_000 });
    const task = await t.content.video.grok({ prompt: 'x' });
    const status = await t.tasks.get(task.id);
    expect(status.status).toBe('running');
    expect(status.requestId).toMatch(/^tz-emu-/);
  });
});
