import { afterEach, describe, expect, it } from 'vitest';
import { ServerError } from '../../src/core/errors/index.js';
import { LocalService, MERCHANT_TOKEN_PATH } from '../../src/local-service/index.js';
import type { EmulatorServer } from '../../src/testing/server.js';
import {
  LOCAL_SERVICE_BASE_PATH,
  LOCAL_SERVICE_TEST_CREDENTIALS,
  createLocalServiceEmulator,
} from '../../src/testing/local-service/index.js';
import { MERCHANT, SAAS, withToken } from './helpers.js';

const servers: EmulatorServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('emulator: faults and transports', () => {
  it('a 503 on a read is retried; on delist (not safe to replay) it surfaces once', async () => {
    const { emu, ls } = withToken();
    emu.faults.add({ path: `${SAAS}/product_opt_category/query/`, kind: 'status', status: 503, times: 2 });
    await ls.products.categories({ merchant_id: MERCHANT, language: 'en' });
    expect(emu.faults.count('POST', `${SAAS}/product_opt_category/query/`)).toBe(3);

    emu.faults.add({
      path: `${SAAS}/product/offline`,
      kind: 'status',
      status: 503,
      body: { error: { code: 'internal_error', message: 'busy', logid: 'l-503' } },
    });
    const err = await ls.products
      .delist({ merchant_id: MERCHANT, third_product_id: 'x', language: 'en' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServerError);
    expect(err).toMatchObject({ requestId: 'l-503' });
    expect(emu.faults.count('POST', `${SAAS}/product/offline`)).toBe(1);
  });

  it('serves the client over loopback HTTP, token endpoint included', async () => {
    const emu = createLocalServiceEmulator();
    const server = await emu.listen();
    servers.push(server);
    const ls = new LocalService({
      ...LOCAL_SERVICE_TEST_CREDENTIALS,
      baseURL: `${server.url}${LOCAL_SERVICE_BASE_PATH}`,
      logLevel: 'off',
    });
    const calendar = await ls.holidays.list({ countries: ['TH'] });
    expect(calendar.holiday_map?.TH?.[0]?.holiday).toBe('Songkran');
    expect(emu.faults.count('POST', MERCHANT_TOKEN_PATH)).toBe(1);
  });

  it('expires issued tokens after their lifetime', async () => {
    let now = 1_800_000_000_000;
    const emu = createLocalServiceEmulator({ clock: () => now, tokenTtlSeconds: 60 });
    const token = emu.state.tokens.issue(MERCHANT);
    expect(token.expires_in).toBe(1_800_000_060);
    expect(emu.state.tokens.valid(token.access_token)).toBe(true);
    now += 60_000;
    expect(emu.state.tokens.valid(token.access_token)).toBe(false);
  });
});
