/**
 * Every client reads its base URLs from the environment as well as from options: the option wins, then the
 * variable, then the production host. Read once, when the client is built. Checked over a real loopback emulator,
 * so the variables are shown to carry real requests, not only to fill a field.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError } from '../../src/core/errors/index.js';
import { LocalService, LOCAL_SERVICE_BASE_URL } from '../../src/local-service/index.js';
import { EMULATOR_CREDENTIALS, emulatorEnv, startEmulator } from '../../src/testing/index.js';
import { TikTokShop, TIKTOK_SHOP_AUTH_BASE_URL, TIKTOK_SHOP_BASE_URL } from '../../src/tiktok-shop/index.js';
import { Trenz, TRENZ_BASE_URL } from '../../src/trenz/index.js';

const VARIABLES = ['TIKTOK_SHOP_BASE_URL', 'TIKTOK_SHOP_AUTH_BASE_URL', 'TRENZ_BASE_URL', 'LOCAL_SERVICE_BASE_URL'];
const { tiktokShop: tts, trenz: tz, localService: ls } = EMULATOR_CREDENTIALS;

afterEach(() => {
  vi.unstubAllEnvs();
});

function unsetAll(): void {
  for (const name of VARIABLES) vi.stubEnv(name, undefined);
}

describe('base URLs from the environment', () => {
  it('with no option and no variable, each client uses the production hosts', () => {
    unsetAll();
    expect(new TikTokShop({ appKey: tts.appKey, appSecret: tts.appSecret }).toJSON()).toMatchObject({
      baseURL: TIKTOK_SHOP_BASE_URL,
      authBaseURL: TIKTOK_SHOP_AUTH_BASE_URL,
    });
    expect(new Trenz({ apiKey: tz.apiKey }).baseURL).toBe(TRENZ_BASE_URL);
    expect(new LocalService({ accessToken: ls.accessToken }).toJSON().baseURL).toBe(LOCAL_SERVICE_BASE_URL);
  });

  it('the variables point every client at the served emulator, and real calls go there (no code change)', async () => {
    const emu = await startEmulator();
    try {
      for (const [name, value] of Object.entries(emulatorEnv(emu))) vi.stubEnv(name, value);
      const app = new TikTokShop(); // key and secret from TIKTOK_SHOP_APP_KEY / _SECRET, hosts from the variables
      const tokens = await app.auth.getAccessToken({ auth_code: emu.tokens.tiktokShopAuthCode() });
      const shops = await app.seller(tokens.open_id).authorization.getShops();
      const account = await new Trenz().account.get();
      const holidays = await new LocalService({ accessToken: process.env.LOCAL_SERVICE_ACCESS_TOKEN! }).holidays.list({
        countries: ['TH'],
      });

      expect(shops).toHaveLength(2);
      expect(account.credits_balance).toBe(10_000);
      expect(holidays.holiday_map?.TH).toHaveLength(1);
      expect(emu.faults.count('GET', '/api/v2/token/get')).toBe(1);
      expect(emu.faults.count('GET', '/open/v1/account')).toBe(1);
    } finally {
      await emu.close();
    }
  });

  it('an option wins over its variable', () => {
    for (const name of VARIABLES) vi.stubEnv(name, 'http://127.0.0.1:1/from-env');
    const app = new TikTokShop({ appKey: 'k', appSecret: 's', baseURL: 'http://a.test', authBaseURL: 'http://b.test' });
    expect(app.toJSON()).toMatchObject({ baseURL: 'http://a.test', authBaseURL: 'http://b.test' });
    expect(new Trenz({ apiKey: 'k', baseURL: 'http://c.test' }).baseURL).toBe('http://c.test');
    expect(new LocalService({ accessToken: 't', baseURL: 'http://d.test/saas' }).toJSON().baseURL).toBe('http://d.test/saas');
  });

  it('is read once, when the client is built: a later change does not move a client', () => {
    vi.stubEnv('TRENZ_BASE_URL', 'http://127.0.0.1:4010/');
    const trenz = new Trenz({ apiKey: 'k' });
    vi.stubEnv('TRENZ_BASE_URL', 'http://127.0.0.1:4999');
    expect(trenz.baseURL).toBe('http://127.0.0.1:4010'); // trailing slash dropped like an option's
  });

  it('ignores a blank variable, and names the variable when its value is not a URL', () => {
    vi.stubEnv('TRENZ_BASE_URL', '  ');
    expect(new Trenz({ apiKey: 'k' }).baseURL).toBe(TRENZ_BASE_URL);
    vi.stubEnv('LOCAL_SERVICE_BASE_URL', 'localhost:4010');
    expect(() => new LocalService({ accessToken: 't' })).toThrow(ConfigurationError);
    expect(() => new LocalService({ accessToken: 't' })).toThrow(/LOCAL_SERVICE_BASE_URL/);
    vi.stubEnv('TIKTOK_SHOP_AUTH_BASE_URL', 'ftp://auth.test');
    expect(() => new TikTokShop({ appKey: 'k', appSecret: 's' })).toThrow(/authBaseURL \(from TIKTOK_SHOP_AUTH_BASE_URL\)/);
  });
});
