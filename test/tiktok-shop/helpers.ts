import { TikTokShop, type TikTokShopOptions } from '../../src/tiktok-shop/index.js';
import {
  createTikTokShopEmulator,
  TIKTOK_SHOP_TEST_SHOP_CIPHER,
  type TikTokShopEmulatorOptions,
} from '../../src/testing/tiktok-shop/index.js';

/** Short waits: tests must not sleep on shared CPUs. */
export const fast = { maxRetryDelay: 5, logLevel: 'off' } as const;

/** An emulator, an app wired to it in process, and the default seller and shop with fresh tokens. */
export function setup(options: TikTokShopOptions = {}, emulator: TikTokShopEmulatorOptions = {}) {
  const emu = createTikTokShopEmulator(emulator);
  const app = new TikTokShop({ ...emu.clientOptions, ...fast, ...options });
  const tokens = emu.state.issueTokens();
  const seller = app.seller(tokens);
  const shop = seller.shop(TIKTOK_SHOP_TEST_SHOP_CIPHER);
  return { emu, app, tokens, seller, shop };
}

export const REFRESH_PATH = '/api/v2/token/refresh';
export const SEARCH_PATH = '/order/202309/orders/search';
