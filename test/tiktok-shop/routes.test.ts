/** The `routes` option of the TikTok Shop client (the core's corrections, wired), business and token hosts. */
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors/index.js';
import { setup } from './helpers.js';

describe('the routes option on TikTokShop', () => {
  it('sends a corrected route to its corrected path, signed for that path', async () => {
    const { shop, emu } = setup({ routes: { 'orders.search': { path: '/order/202309/orders/search_v2' } } });
    await shop.orders.search({ page_size: 1 }).catch(() => undefined);
    expect(emu.faults.count('POST', '/order/202309/orders/search_v2')).toBe(1);
    expect(emu.faults.count('POST', '/order/202309/orders/search')).toBe(0);
  });

  it('corrects a token-host route too', async () => {
    const { app, emu } = setup({ routes: { 'auth.getAccessToken': { path: '/api/v2/token/get_v2' } } });
    await app.auth.getAccessToken({ auth_code: emu.state.createAuthCode() }).catch(() => undefined);
    expect(emu.faults.count('GET', '/api/v2/token/get_v2')).toBe(1);
  });

  it('corrects a generated (lazily built) route, whose params are still checked by its own schemas', async () => {
    const { shop, emu } = setup({
      routes: { 'fulfillment.shipPackage': { path: '/fulfillment/202309/packages/{package_id}/ship_v2' } },
    });
    await shop.fulfillment.shipPackage('1234567890123456789', { handover_method: 'DROP_OFF' }).catch(() => undefined);
    expect(emu.faults.count('POST', '/fulfillment/202309/packages/1234567890123456789/ship_v2')).toBe(1);
    // @ts-expect-error not a field of Ship Package (handover_method is)
    await expect(shop.fulfillment.shipPackage('1', { handover_metod: 'x' })).rejects.toThrow(/did you mean "handover_method"/);
  });

  it('refuses an unknown route id with the close matches', () => {
    expect(() => setup({ routes: { 'order.search': { path: '/x' } } })).toThrow(ConfigurationError);
    expect(() => setup({ routes: { 'order.search': { path: '/x' } } })).toThrow(/Did you mean "orders\.search"/);
  });
});
