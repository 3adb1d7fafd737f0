/** The all-in-one emulator of `social-commerce-sdk/testing`: in process, over loopback, and as the bin. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { LocalService, ProductType } from '../../src/local-service/index.js';
import {
  EMULATOR_CREDENTIALS,
  createEmulator,
  createLocalServiceEmulator,
  createTikTokShopEmulator,
  createTrenzEmulator,
  startEmulator,
} from '../../src/testing/index.js';
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

describe("one way to reach an emulator: the API's clientOptions", () => {
  it("per API, in process and served, the same shape as the combined emulator's", async () => {
    const tts = createTikTokShopEmulator();
    const trenz = createTrenzEmulator();
    const ls = createLocalServiceEmulator();
    const served = await Promise.all([tts.listen(), trenz.listen(), ls.listen()]);
    const combined = createEmulator();
    try {
      const [ttsServer, trenzServer, lsServer] = served;
      // Each server shares its emulator's state: a token issued in process works over HTTP.
      for (const [options, emu] of [
        [tts.clientOptions, tts],
        [ttsServer.clientOptions, tts],
        [combined.tiktokShop.clientOptions, combined.tiktokShop],
      ] as const) {
        const shops = await new TikTokShop(options).seller(emu.state.issueTokens()).authorization.getShops();
        expect(shops).toHaveLength(2);
      }
      for (const options of [trenz.clientOptions, trenzServer.clientOptions, combined.trenz.clientOptions])
        expect((await new Trenz(options).account.get()).credits_balance).toBe(10_000);
      for (const options of [ls.clientOptions, lsServer.clientOptions, combined.localService.clientOptions])
        expect((await new LocalService(options).holidays.list({ countries: ['TH'] })).holiday_map?.TH).toHaveLength(1);

      const keys = (o: object) => Object.keys(o).sort();
      expect(keys(tts.clientOptions)).toEqual(keys(combined.tiktokShop.clientOptions));
      expect(keys(ttsServer.clientOptions)).toEqual(['appKey', 'appSecret', 'authBaseURL', 'baseURL']);
      expect(keys(trenz.clientOptions)).toEqual(['apiKey', 'baseURL', 'dispatcher']);
      expect(trenzServer.clientOptions).toEqual({ apiKey: trenz.apiKey, baseURL: trenzServer.url });
      expect(lsServer.clientOptions.baseURL).toBe(`${lsServer.url}/v2/localservice/saas`);
    } finally {
      await Promise.all(served.map((s) => s.close()));
    }
  });

  it('the served combined emulator keeps live views: Local Service webhooks read the shared state', async () => {
    const emu = await startEmulator({ localService: { review: { afterReads: 1 } } });
    try {
      expect(emu.localService.webhooks).toBe(emu.localService.state.webhooks);
      expect(emu.tiktokShop.clientOptions).not.toHaveProperty('dispatcher');
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

      // The printed environment is all another program needs: a client built with no options reaches the bin.
      const { env } = JSON.parse(line) as { env: Record<string, string> };
      expect(Object.keys(env)).toEqual(
        expect.arrayContaining(['TIKTOK_SHOP_BASE_URL', 'TIKTOK_SHOP_AUTH_BASE_URL', 'TRENZ_BASE_URL', 'LOCAL_SERVICE_BASE_URL']),
      );
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          '--input-type=module',
          '-e',
          "import { Trenz } from './src/trenz/index.ts'; console.log((await new Trenz().account.get()).credits_balance);",
        ],
        { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const [out] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
      expect(out).toBe('10000');
    } finally {
      bin.kill('SIGTERM');
    }
    const [code] = (await once(bin, 'exit')) as [number | null];
    expect(code).toBe(0);
  });

  it('prints the export lines and where to get an auth code, and dates its data against --now', { timeout: 30_000 }, async () => {
    const bin = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/testing/bin.ts', '--port', '0', '--now', '2026-01-15T00:00:00Z'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let text = '';
    try {
      for await (const line of createInterface({ input: bin.stdout })) {
        text += `${line}\n`;
        if (line.includes('describes all of this')) break;
      }
    } finally {
      bin.kill('SIGTERM');
    }
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(text)![1]!;
    expect(text).toContain(`export TIKTOK_SHOP_BASE_URL=${url}\n`);
    expect(text).toContain(`export TIKTOK_SHOP_AUTH_BASE_URL=${url}\n`);
    expect(text).toContain(`export TRENZ_BASE_URL=${url}\n`);
    expect(text).toContain(`export LOCAL_SERVICE_BASE_URL=${url}/v2/localservice/saas\n`);
    expect(text).toContain(`export TIKTOK_SHOP_APP_KEY=${EMULATOR_CREDENTIALS.tiktokShop.appKey}\n`);
    expect(text).toContain(`curl '${url}/open/authorize?service_id=emulator&state=xyz'`);
    expect(text).toContain('Data dated against 2026-01-15T00:00:00.000Z');
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
