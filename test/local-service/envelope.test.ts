import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  InvalidRequestError,
  PermissionError,
  RateLimitError,
  ServerError,
} from '../../src/core/errors/index.js';
import { SAAS, withToken } from './helpers.js';

const CATEGORIES = `${SAAS}/product_opt_category/query/`;
const params = { merchant_id: '7295929697122099991', language: 'en' };

describe('envelope: error.code "0" is success, anything else an ApiError', () => {
  it('returns data with the logid as requestId on error.code "0"', async () => {
    const { ls } = withToken();
    const tree = await ls.products.categories(params);
    expect(tree.category_tree_list.length).toBeGreaterThan(0);
    expect(tree.requestId).toMatch(/^\d+$/);
    expect(Object.keys(tree)).toEqual(['category_tree_list']); // meta is non-enumerable
  });

  it('fails on a non-zero code inside HTTP 200, carrying code, message and logid', async () => {
    const { emu, ls } = withToken();
    emu.faults.add({
      path: CATEGORIES,
      kind: 'status',
      status: 200,
      body: {
        error: { code: '2190008', message: 'merchant not onboarded', logid: 'log-123', http_status_code: '200' },
        data: {},
      },
    });
    const err = await ls.products.categories(params).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: '2190008', serverMessage: 'merchant not onboarded', requestId: 'log-123', status: 200 });
    expect((err as Error).message).toContain('Local Service POST /product_opt_category/query/ failed: merchant not onboarded');
    expect((err as Error).message).toContain('request_id log-123');
  });

  it('accepts log_id as well as logid', async () => {
    const { emu, ls } = withToken();
    emu.faults.add({
      path: CATEGORIES,
      kind: 'status',
      status: 200,
      body: { error: { code: '0', message: 'ok', log_id: 'lg-9' }, data: { category_tree_list: [] } },
    });
    const tree = await ls.products.categories(params);
    expect(tree.requestId).toBe('lg-9');
  });

  it('compares the code as a string: a numeric 0 is success, "00" is not', async () => {
    const { emu, ls } = withToken();
    emu.faults
      .add({
        path: CATEGORIES,
        kind: 'status',
        status: 200,
        body: { error: { code: 0, message: '', logid: 'a' }, data: { category_tree_list: [] } },
      })
      .add({
        path: CATEGORIES,
        kind: 'status',
        status: 200,
        body: { error: { code: '00', message: 'odd', logid: 'b' }, data: { category_tree_list: [] } },
      });
    await expect(ls.products.categories(params)).resolves.toMatchObject({ category_tree_list: [] });
    await expect(ls.products.categories(params)).rejects.toMatchObject({ code: '00', requestId: 'b' });
  });

  it('does not trust an HTTP 200 without the error struct', async () => {
    const { emu, ls } = withToken();
    emu.faults.add({ path: CATEGORIES, kind: 'status', status: 200, body: { data: { category_tree_list: [] } } });
    const err = await ls.products.categories(params).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as Error).message).toContain('without the error struct');
  });

  it.each([
    { code: 'access_token_invalid', status: 401, Cls: AuthenticationError },
    { code: 'scope_not_authorized', status: 401, Cls: PermissionError },
    { code: 'invalid_params', status: 400, Cls: InvalidRequestError },
    { code: 'rate_limit_exceeded', status: 429, Cls: RateLimitError },
    { code: 'internal_error', status: 500, Cls: ServerError },
    { code: '99999', status: 403, Cls: PermissionError },
  ])('maps $code (HTTP $status) to $Cls.name', async ({ code, status, Cls }) => {
    const { emu, ls } = withToken({ maxRetries: 0 });
    emu.faults.add({
      path: CATEGORIES,
      kind: 'status',
      status,
      body: { error: { code, message: 'x', logid: 'l', http_status_code: String(status) } },
    });
    await expect(ls.products.categories(params)).rejects.toBeInstanceOf(Cls);
  });

  it('classifies by the body http_status_code when the HTTP status is 200', async () => {
    const { emu, ls } = withToken();
    emu.faults.add({
      path: CATEGORIES,
      kind: 'status',
      status: 200,
      body: { error: { code: '40100', message: 'token expired', logid: 'l', http_status_code: '401' } },
    });
    await expect(ls.products.categories(params)).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('retries a read answered rate_limit_exceeded, then succeeds', async () => {
    const { emu, ls } = withToken();
    emu.faults.add({
      path: CATEGORIES,
      kind: 'status',
      status: 429,
      times: 2,
      body: { error: { code: 'rate_limit_exceeded', message: 'slow', logid: 'l' } },
    });
    await ls.products.categories(params);
    expect(emu.faults.count('POST', CATEGORIES)).toBe(3);
  });
});
