import { afterEach, describe, expect, it } from 'vitest';
import { TimeoutError } from '../../src/core/errors/index.js';
import { serveHandlers, type EmulatorServer } from '../../src/testing/server.js';
import {
  createTikTokShopEmulator,
  TIKTOK_SHOP_TEST_AUTH_CODE,
  tiktokShopServeOrigin,
} from '../../src/testing/tiktok-shop/index.js';
import { TikTokShop } from '../../src/tiktok-shop/index.js';
import { fast, setup } from './helpers.js';

const servers: EmulatorServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('the emulator over loopback HTTP', () => {
  it('serves both hosts on one port: OAuth, then a read that survives a real mid-body connection reset', async () => {
    const emu = createTikTokShopEmulator();
    const server = await serveHandlers(emu.handlers, { origin: tiktokShopServeOrigin });
    servers.push(server);
    server.faults.add({ path: '/authorization/202309/shops', kind: 'reset', when: 'mid-body', bytes: 10 });
    const app = new TikTokShop({
      appKey: emu.state.appKey,
      appSecret: emu.state.appSecret,
      baseURL: server.url,
      authBaseURL: server.url,
      ...fast,
    });
    const tokens = await app.auth.getAccessToken({ auth_code: TIKTOK_SHOP_TEST_AUTH_CODE });
    const shops = await app.seller(tokens.open_id).authorization.getShops();
    expect(shops).toHaveLength(2);
    expect(server.faults.count('GET', '/authorization/202309/shops')).toBe(2);
  });
});

describe('slow responses', () => {
  it('a response slower than the timeout is a TimeoutError after the retries (each attempt re-signed)', async () => {
    const { emu, seller } = setup({ timeout: 50, maxRetries: 1 });
    emu.faults.add({ path: '/authorization/202309/shops', kind: 'delay', ms: 5_000, times: Infinity });
    await expect(seller.authorization.getShops()).rejects.toBeInstanceOf(TimeoutError);
    const signs = emu.faults.requests('GET', '/authorization/202309/shops').map((e) => new URL(e.url).searchParams.get('sign'));
    expect(signs).toHaveLength(2);
    expect(signs.every((s) => /^[0-9a-f]{64}$/.test(s ?? ''))).toBe(true);
  });
});
