/**
 * The standalone emulator's OAuth: the authorization link hands out a fresh auth code on every request (as JSON,
 * or as the redirect a seller's approval makes), the start page says how, and a used code gets the "invalid auth
 * code" error with a hint to authorize again, not one about the access token.
 */
import { describe, expect, it } from 'vitest';
import { AuthenticationError } from '../../src/core/errors/index.js';
import { startEmulator, TIKTOK_SHOP_AUTHORIZE_PATH } from '../../src/testing/index.js';
import { TikTokShop } from '../../src/tiktok-shop/index.js';

async function withEmulator(run: (emu: Awaited<ReturnType<typeof startEmulator>>) => Promise<void>): Promise<void> {
  const emu = await startEmulator();
  try {
    await run(emu);
  } finally {
    await emu.close();
  }
}

describe('the authorization link of the served emulator', () => {
  it('hands out a fresh code on every request, each exchanged once for the default seller', async () => {
    await withEmulator(async (emu) => {
      const link = `${emu.url}${TIKTOK_SHOP_AUTHORIZE_PATH}?service_id=emulator&state=%20s1%20`;
      const first = (await (await fetch(link)).json()) as { code: string; state: string; expires_in: number };
      const second = (await (await fetch(link)).json()) as { code: string };
      expect(first.code).not.toBe(second.code);
      expect(first).toMatchObject({ state: 's1', expires_in: 1800 }); // state trimmed, as the guide asks

      const app = new TikTokShop(emu.tiktokShop.clientOptions);
      const tokens = await app.auth.getAccessToken({ auth_code: first.code });
      const again = await app.auth.getAccessToken({ auth_code: second.code });
      expect(tokens.open_id).toBe('7010736057180325637');
      expect(again.access_token).not.toBe(tokens.access_token);
    });
  });

  it("redirects to redirect_uri with ?code=...&state=..., as TikTok redirects to the app's Redirect URL", async () => {
    await withEmulator(async (emu) => {
      const callback = 'http://127.0.0.1:9/oauth/callback?tenant=a';
      const res = await fetch(
        `${emu.url}${TIKTOK_SHOP_AUTHORIZE_PATH}?service_id=x&state=xyz&redirect_uri=${encodeURIComponent(callback)}`,
        { redirect: 'manual' },
      );
      expect(res.status).toBe(302);
      const location = new URL(res.headers.get('location')!);
      expect(`${location.origin}${location.pathname}`).toBe('http://127.0.0.1:9/oauth/callback');
      expect(location.searchParams.get('tenant')).toBe('a');
      expect(location.searchParams.get('state')).toBe('xyz');
      const app = new TikTokShop(emu.tiktokShop.clientOptions);
      await expect(app.auth.getAccessToken({ auth_code: location.searchParams.get('code')! })).resolves.toMatchObject({
        open_id: '7010736057180325637',
      });
      const bad = await fetch(`${emu.url}${TIKTOK_SHOP_AUTHORIZE_PATH}?state=x&redirect_uri=javascript:alert(1)`, {
        redirect: 'manual',
      });
      expect(bad.status).toBe(400);
    });
  });

  it('is on the start page, with the words to use it', async () => {
    await withEmulator(async (emu) => {
      const home = (await (await fetch(`${emu.url}/`)).json()) as {
        oauth: { authorize: string; how: string };
        credentials: { tiktokShop: Record<string, unknown> };
      };
      expect(home.oauth.authorize).toBe(`${emu.url}/open/authorize?service_id=emulator&state=<your state>`);
      expect(home.oauth.how).toMatch(/fresh TikTok Shop auth code on every request/);
      expect(home.oauth.how).toMatch(/redirect_uri/);
      // The static code works once per emulator: the page no longer offers it.
      expect(home.credentials.tiktokShop).not.toHaveProperty('authCode');
    });
  });

  it('a used code gets the invalid auth code error, whose hint is to authorize again', async () => {
    await withEmulator(async (emu) => {
      const { code } = (await (await fetch(`${emu.url}${TIKTOK_SHOP_AUTHORIZE_PATH}?state=s`)).json()) as { code: string };
      const app = new TikTokShop(emu.tiktokShop.clientOptions);
      await app.auth.getAccessToken({ auth_code: code });
      const error = await app.auth.getAccessToken({ auth_code: code }).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(AuthenticationError);
      const message = (error as AuthenticationError).message;
      expect(message).toMatch(/auth_code is invalid, expired or already used/);
      expect(message).toMatch(/app\.auth\.authorizationUrl/);
      expect(message).toMatch(/works once and expires 30 minutes/);
      expect(message).not.toMatch(/access token/i);
      expect(message).not.toContain(code);
    });
  });
});
