import { createHash } from 'node:crypto';
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type InspectedRequest, type RunningEmulator } from '../../src/testing/index.js';
import { TikTokShop } from '../../src/tiktok-shop/index.js';
import { LocalService } from '../../src/local-service/index.js';
import { sendBadSignature, sendSampleTraffic } from './inspector-traffic.js';

const open: RunningEmulator[] = [];
afterEach(async () => {
  for (const emu of open.splice(0)) await emu.close();
});

async function start(): Promise<RunningEmulator> {
  const emu = await startEmulator({ trenz: { taskDurationMs: 10 } });
  open.push(emu);
  return emu;
}

async function get(url: string, accept?: string) {
  const res = await request(url, accept ? { headers: { accept } } : {});
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
}

/** Server-sent events from the inspector's stream, parsed as they arrive. */
async function* events(url: string, signal: AbortSignal): AsyncGenerator<{ event: string; data: string; raw: string }> {
  const res = await request(`${url}/__inspector/events`, { signal });
  expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
  let buffer = '';
  for await (const chunk of res.body) {
    buffer += (chunk as Buffer).toString('utf8');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const raw = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(raw)?.[1];
      const data = /^data: (.*)$/m.exec(raw)?.[1];
      if (event && data) yield { event, data, raw };
    }
  }
}

describe('inspector over HTTP', () => {
  it('serves the page to a browser and the JSON start page to everything else', async () => {
    const emu = await start();
    const page = await get(`${emu.url}/`, 'text/html,application/xhtml+xml,*/*;q=0.8');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('<title>Request inspector');
    // Only the page's own inline script and style may run, and they may only talk to this server.
    const csp = String(page.headers['content-security-policy']);
    const script = /<script>([\s\S]*)<\/script>/.exec(page.text)![1]!;
    expect(csp).toContain(`script-src 'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self'");

    expect(JSON.parse((await get(`${emu.url}/`)).text)).toMatchObject({ emulator: 'social-commerce-sdk' });
    expect(JSON.parse((await get(`${emu.url}/?format=json`, 'text/html')).text)).toMatchObject({
      emulator: 'social-commerce-sdk',
    });
  });

  it('lists requests as JSON, and its own requests are neither journaled nor listed', async () => {
    const emu = await start();
    const { seq, received } = await sendBadSignature(emu);
    const before = emu.faults.journal.length;
    await get(`${emu.url}/`, 'text/html');
    const { requests } = JSON.parse((await get(`${emu.url}/__inspector/requests`)).text) as { requests: InspectedRequest[] };
    expect(emu.faults.journal.length).toBe(before);
    expect(requests.map((r) => r.seq)).toEqual([seq]);
    expect(requests[0]!.signature).toMatchObject({ received, match: false });
  });

  it('streams a snapshot, then each request as it arrives and as it ends', async () => {
    const emu = await start();
    await sendBadSignature(emu);
    const stop = new AbortController();
    const stream = events(emu.url, stop.signal);
    const snapshot = (await stream.next()).value!;
    expect(snapshot.event).toBe('snapshot');
    expect((JSON.parse(snapshot.data) as { requests: InspectedRequest[] }).requests).toHaveLength(1);

    const { seq, received } = await sendBadSignature(emu);
    const arrived = JSON.parse((await stream.next()).value!.data) as InspectedRequest;
    const ended = JSON.parse((await stream.next()).value!.data) as InspectedRequest;
    expect([arrived.seq, arrived.outcome]).toEqual([seq, 'pending']);
    expect(ended).toMatchObject({ seq, outcome: 'response', verdict: 'bad signature', signature: { received } });
    expect(emu.faults.inspector.listeners).toBe(1);
    stop.abort();
    await stream.return(undefined);
    await expect.poll(() => emu.faults.inspector.listeners).toBe(0);
  });

  it('serves no secret in clear: page, JSON and event stream, after OAuth, token refresh and every API', async () => {
    const emu = await start();
    const stop = new AbortController();
    const stream = events(emu.url, stop.signal);
    await stream.next(); // the snapshot: subscribed from here on

    const app = new TikTokShop({ ...emu.tiktokShop.clientOptions, logLevel: 'off' });
    const tokens = await app.auth.getAccessToken({ auth_code: emu.tokens.tiktokShopAuthCode() });
    const refreshed = await app.auth.refreshAccessToken({ refresh_token: tokens.refresh_token });
    const { baseURL, ...creds } = emu.localService.clientOptions;
    await new LocalService({ ...creds, baseURL, logLevel: 'off' }).products.categories({
      merchant_id: creds.merchantId,
      language: 'en',
    });
    const { last } = await sendSampleTraffic(emu);

    const streamed: string[] = [];
    for await (const e of stream) {
      streamed.push(e.raw);
      if (
        e.event === 'request' &&
        (JSON.parse(e.data) as InspectedRequest).seq === last &&
        e.data.includes('"outcome":"response"')
      )
        break;
    }
    stop.abort();
    const served = [
      (await get(`${emu.url}/`, 'text/html')).text,
      (await get(`${emu.url}/__inspector/requests`)).text,
      streamed.join('\n'),
    ].join('\n');
    expect(served).toContain('/api/v2/token/get'); // the exchanges are listed...
    expect(served).toContain('/merchant/oauth/token/');
    const secrets = [
      emu.tiktokShop.clientOptions.appSecret,
      tokens.access_token,
      tokens.refresh_token,
      refreshed.access_token,
      refreshed.refresh_token,
      ...emu.tiktokShop.state.accessTokens.keys(),
      emu.trenz.clientOptions.apiKey,
      creds.clientSecret,
      emu.tokens.localServiceAccessToken,
      ...emu.localService.state.tokens.issued.flatMap((t) => [t.access_token, t.refresh_token]),
    ];
    for (const secret of secrets) expect(served, `a secret starting ${secret.slice(0, 4)} was served`).not.toContain(secret);
  });
});
