/** The all-in-one emulator of `social-commerce-sdk/testing`: in process, over loopback, and as the bin. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { LocalService, ProductType } from '../../src/local-service/index.js';
import { EMULATOR_CREDENTIALS, createEmulator, startEmulator } from '../../src/testing/index.js';
import { TikTokShop, signRequest } from '../../src/tiktok-shop/index.js';
import { Trenz } from '../../src/trenz/index.js';

describe('createEmulator: three APIs in process', () => {
  it('serves every client through one dispatcher and journals every request in one fault plan', async () => {
    const emu = createEmulator();
    const app = new TikTokShop(emu.tiktokShop.clientOptions);
    const seller = app.seller(emu.tokens.tiktokShopTokens());
    const shops = await seller.authorization.getShops();
    const trenz = new Trenz(emu.trenz.clientOptions);
    const account = await trenz.account.get();
    const ls = new LocalService(emu.localService.clientOptions);
    const page = await ls.products.list({
      merchant_id: EMULATOR_CREDENTIALS.localService.merchantId,
      product_type_list: [ProductType.DISCOUNT_VOUCHER],
      list_tab: 0,
    });

    expect(shops.map((s) => s.cipher)).toEqual([...EMULATOR_CREDENTIALS.tiktokShop.shopCiphers]);
    expect(account.credits_balance).toBe(10_000);
    expect(page.items).toEqual([]);
    expect(emu.faults.count('GET', '/authorization/202309/shops')).toBe(1);
    expect(emu.faults.count('POST', '/merchant/oauth/token/')).toBe(1);
  });

  it('applies a fault to the API whose path it names, through the shared plan', async () => {
    const emu = createEmulator();
    emu.faults.add({ path: '/open/v1/account', kind: 'status', status: 503, times: 1 });
    const trenz = new Trenz({ ...emu.trenz.clientOptions, maxRetryDelay: 10 });
    await expect(trenz.account.get()).resolves.toMatchObject({ credits_balance: 10_000 });
    expect(emu.faults.count('GET', '/open/v1/account')).toBe(2);
  });
});

describe('startEmulator: one loopback port for the three APIs', () => {
  it('routes each API by path, OAuth included, with the ready client options', async () => {
    const emu = await startEmulator();
    try {
      expect(emu.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const app = new TikTokShop(emu.tiktokShop.clientOptions);
      const tokens = await app.auth.getAccessToken({ auth_code: emu.tokens.tiktokShopAuthCode() });
      const orders = await app.seller(tokens.open_id).shop(EMULATOR_CREDENTIALS.tiktokShop.shopCiphers[1]).orders.search();
      const trenz = await new Trenz(emu.trenz.clientOptions).data.products.search({ country: 'us', page_size: 2 });
      const ls = await new LocalService(emu.localService.clientOptions).holidays.list({ countries: ['TH'] });

      expect(tokens.open_id).toBe(EMULATOR_CREDENTIALS.tiktokShop.openId);
      expect((orders.data as { total_count?: number }).total_count).toBe(30);
      expect(trenz.items).toHaveLength(2);
      expect(ls.holiday_map?.TH?.[0]?.holiday_id).toBe('7295929697122050101');
      const index = (await (await fetch(`${emu.url}/`)).json()) as { apis: { trenz: { baseURL: string } } };
      expect(index.apis.trenz.baseURL).toBe(emu.url);
      expect((await fetch(`${emu.url}/nowhere`)).status).toBe(404);
    } finally {
      await emu.close();
    }
  });
});

describe('the social-commerce-emulator bin', () => {
  it('answers a signed TikTok Shop request made without the SDK, and stops on SIGTERM', { timeout: 30_000 }, async () => {
    const bin = spawn(process.execPath, ['--import', 'tsx', 'src/testing/bin.ts', '--port', '0', '--json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const [line] = (await once(createInterface({ input: bin.stdout }), 'line')) as [string];
      const { url, tiktokShop } = JSON.parse(line) as {
        url: string;
        tiktokShop: { appKey: string; appSecret: string; accessToken: string };
      };
      const path = '/authorization/202309/shops';
      const query = { app_key: tiktokShop.appKey, timestamp: String(Math.floor(Date.now() / 1000)) };
      const sign = signRequest({ appSecret: tiktokShop.appSecret, path, query });
      const res = await fetch(`${url}${path}?${new URLSearchParams({ ...query, sign })}`, {
        headers: { 'x-tts-access-token': tiktokShop.accessToken, 'content-type': 'application/json' },
      });
      const body = (await res.json()) as { code: number; data: { shops: unknown[] } };
      expect(body.code).toBe(0);
      expect(body.data.shops).toHaveLength(2);
    } finally {
      bin.kill('SIGTERM');
    }
    const [code] = (await once(bin, 'exit')) as [number | null];
    expect(code).toBe(0);
  });

  it('refuses a bad port with the usage and exit code 2', async () => {
    const bin = spawn(process.execPath, ['--import', 'tsx', 'src/testing/bin.ts', '--port', 'abc'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    bin.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(bin, 'exit')) as [number | null];
    expect(code).toBe(2);
    expect(stderr).toContain('--port must be 0-65535');
  });
});
