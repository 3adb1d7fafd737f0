/** `LocalService.routes` and the `routes` option of the Local Service client (the core's corrections, wired). */
import { describe, expect, it } from 'vitest';
import { ConfigurationError, NotFoundError } from '../../src/core/errors/index.js';
import { LocalService } from '../../src/local-service/index.js';
import { SAAS, withCredentials, withToken } from './helpers.js';

describe('LocalService.routes', () => {
  it('lists the nine documented endpoints and the merchant token endpoint (external evidence)', () => {
    expect(LocalService.routes.map((r) => [r.id, r.method, r.path, r.provenance])).toEqual([
      ['holidays.list', 'POST', '/holiday/batch_query/', 'documented'],
      ['merchantToken', 'POST', '/merchant/oauth/token/', 'external evidence'],
      ['products.categories', 'POST', '/product_opt_category/query/', 'documented'],
      ['products.delist', 'POST', '/product/offline', 'documented'],
      ['products.get', 'POST', '/product/query/', 'documented'],
      ['products.list', 'POST', '/product/batch_query/', 'documented'],
      ['products.save', 'POST', '/product/save/', 'documented'],
      ['products.shops', 'POST', '/product_opt_shops/query/', 'documented'],
      ['products.updateWithoutReview', 'POST', '/product/update_free_audit/', 'documented'],
      ['products.withdrawReview', 'POST', '/product/withdraw_audit', 'documented'],
    ]);
  });
});

describe('the routes option on LocalService', () => {
  it('sends a corrected route to its corrected path', async () => {
    const { ls, emu } = withToken({ routes: { 'holidays.list': { path: '/holiday/batch_query/v2/' } } });
    const err = await ls.holidays.list({ countries: ['TH'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError); // the emulator has no such path: the point is where it went
    expect(emu.faults.count('POST', `${SAAS}/holiday/batch_query/v2/`)).toBe(1);
    expect(emu.faults.count('POST', `${SAAS}/holiday/batch_query/`)).toBe(0);
  });

  it('corrects the merchant token endpoint too (the token host)', async () => {
    const { ls, emu } = withCredentials({ routes: { merchantToken: { path: '/merchant/oauth/token/v2/' } } });
    await ls.holidays.list({ countries: ['TH'] }).catch(() => undefined);
    expect(emu.faults.count('POST', '/merchant/oauth/token/v2/')).toBeGreaterThanOrEqual(1);
    expect(emu.faults.count('POST', '/merchant/oauth/token/')).toBe(0);
  });

  it('refuses an unknown route id with the close matches', () => {
    expect(() => withToken({ routes: { 'product.list': { path: '/x/' } } })).toThrow(ConfigurationError);
    expect(() => withToken({ routes: { 'product.list': { path: '/x/' } } })).toThrow(/Did you mean "products\.list"/);
  });
});
