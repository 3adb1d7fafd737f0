import { describe, expect, it } from 'vitest';
import { AbortError, ConfigurationError, RateLimitError } from '../../src/core/errors/index.js';
import { LocalService } from '../../src/local-service/index.js';
import { MERCHANT, SAAS, maxInAnyWindow, withToken } from './helpers.js';

const CATEGORIES = `${SAAS}/product_opt_category/query/`;
const HOLIDAYS = `${SAAS}/holiday/batch_query/`;
const categories = { merchant_id: MERCHANT, language: 'en' };
const arrivals = (emu: ReturnType<typeof withToken>['emu'], path: string) => emu.faults.requests('POST', path).map((e) => e.at);

describe('QPS: 20 per endpoint in any sliding second, as the server counts', () => {
  it('by default spaces a burst of 40 calls so that no second holds more than 20 arrivals', async () => {
    const { emu, ls } = withToken();
    const started = Date.now();
    await Promise.all(Array.from({ length: 40 }, () => ls.products.categories(categories)));
    expect(maxInAnyWindow(arrivals(emu, CATEGORIES))).toBeLessThanOrEqual(20);
    expect(emu.faults.count('POST', CATEGORIES)).toBe(40); // nothing was rejected and replayed
    expect(emu.state.qps.rejected.size).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('honors a configured limit, with the server enforcing the same limit', async () => {
    const { emu, ls } = withToken({ rateLimit: { perSecond: 4 } }, { qps: 4 });
    await Promise.all(Array.from({ length: 12 }, () => ls.products.categories(categories)));
    expect(maxInAnyWindow(arrivals(emu, CATEGORIES))).toBeLessThanOrEqual(4);
    expect(emu.state.qps.rejected.size).toBe(0);
  });

  it('budgets each endpoint separately, with per-endpoint overrides', async () => {
    const { emu, ls } = withToken({ rateLimit: { perSecond: 20, overrides: { 'product_opt_category/query/': 3 } } });
    const started = Date.now();
    await Promise.all([
      ...Array.from({ length: 7 }, () => ls.products.categories(categories)),
      ...Array.from({ length: 15 }, () => ls.holidays.list({ countries: ['ID'] })),
    ]);
    const slow = arrivals(emu, CATEGORIES).sort((a, b) => a - b);
    expect(maxInAnyWindow(slow)).toBeLessThanOrEqual(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000); // 7 calls at 3 per window need three windows
    // 15 <= 20: the holidays all went in the first window, not held back by the other endpoint's queue.
    expect(Math.max(...arrivals(emu, HOLIDAYS))).toBeLessThan(slow[3]!);
    expect(emu.faults.count('POST', HOLIDAYS)).toBe(15);
  });

  it('counts the window from the response, so slow answers cannot let a second burst crowd the first', async () => {
    const { emu, ls } = withToken({ rateLimit: { perSecond: 3 } }, { qps: 3 });
    emu.faults.add({ path: CATEGORIES, kind: 'delay', ms: 400, times: 3 });
    await Promise.all(Array.from({ length: 6 }, () => ls.products.categories(categories)));
    const at = arrivals(emu, CATEGORIES).sort((a, b) => a - b);
    // The first three were answered >= 400 ms after they arrived; the next three wait a window after that.
    expect(at[3]! - at[0]!).toBeGreaterThanOrEqual(1400);
    expect(emu.state.qps.rejected.size).toBe(0);
  });

  it('drops a queued call whose signal aborts, without sending it', async () => {
    const { emu, ls } = withToken({ rateLimit: { perSecond: 1 } });
    await ls.products.categories(categories);
    const controller = new AbortController();
    const queued = ls.products.categories(categories, { signal: controller.signal });
    controller.abort();
    await expect(queued).rejects.toBeInstanceOf(AbortError);
    expect(emu.faults.count('POST', CATEGORIES)).toBe(1);
  });

  it('hands your own RateLimiter the endpoint id as key', async () => {
    const keys: string[] = [];
    const { ls } = withToken({ rateLimit: { schedule: (key, fn) => (keys.push(key), fn()) } });
    await ls.products.categories(categories);
    await ls.holidays.list({ countries: ['ID'] });
    expect(keys).toEqual(['POST /product_opt_category/query/', 'POST /holiday/batch_query/']);
  });

  it('refuses an override for an endpoint that does not exist', () => {
    const make = () => new LocalService({ accessToken: 't', rateLimit: { overrides: { 'product/delete/': 5 } as never } });
    expect(make).toThrow(ConfigurationError);
    expect(make).toThrow(/unknown endpoint "product\/delete\/"/);
  });

  it('without the client limit, the emulator rejects the excess with rate_limit_exceeded', async () => {
    const { emu, ls } = withToken({ rateLimit: false, maxRetries: 0 }, { qps: 5 });
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => ls.products.categories(categories)));
    const rejected = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason);
    expect(rejected.length).toBe(7);
    expect(rejected[0]).toBeInstanceOf(RateLimitError);
    expect(rejected[0]).toMatchObject({ code: 'rate_limit_exceeded', status: 429 });
    expect(emu.state.qps.rejected.get('product_opt_category/query/')).toBe(7);
  });
});
