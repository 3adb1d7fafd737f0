import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError } from '../../src/core/errors/index.js';
import { createTrenzEmulator } from '../../src/testing/trenz/index.js';
import { Trenz, TRENZ_BASE_URL } from '../../src/trenz/index.js';
import { FAST } from './helpers.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('new Trenz()', () => {
  it('fails at construction without a key, naming the TRENZ_API_KEY env var', () => {
    vi.stubEnv('TRENZ_API_KEY', '');
    expect(() => new Trenz()).toThrow(ConfigurationError);
    expect(() => new Trenz({ apiKey: '   ' })).toThrow(/TRENZ_API_KEY/);
  });

  it('reads TRENZ_API_KEY and targets the .ai production host by default (Trenz docs: Servers)', () => {
    vi.stubEnv('TRENZ_API_KEY', 'tz_from_env_abcdef');
    const trenz = new Trenz();
    expect(trenz.core.baseURL).toBe(TRENZ_BASE_URL);
    expect(TRENZ_BASE_URL).toBe('https://openapi.gateway.trenz.ai');
    expect(inspect(trenz)).not.toContain('tz_from_env_abcdef');
  });

  it('wires every Data, Content, Tasks and Account group', () => {
    const trenz = new Trenz({ apiKey: 'k' });
    const methods = (resource: object) =>
      Object.getOwnPropertyNames(Object.getPrototypeOf(resource)).filter((n) => n !== 'constructor');
    expect(methods(trenz.data.products)).toHaveLength(7);
    expect(typeof trenz.content.analysis.videoScriptBreakdownV2).toBe('function');
    expect(typeof trenz.contentCreation.video.happyHorse).toBe('function');
    expect(typeof trenz.tasks.wait).toBe('function');
    expect(typeof trenz.account.get).toBe('function');
  });
});

describe('end to end through the Trenz class', () => {
  it('searches, pages, runs an AI task and reads the balance against the in-process emulator', async () => {
    const emu = createTrenzEmulator({ taskDurationMs: 30, credits: 1_000 });
    const trenz = new Trenz(emu.clientOptions);
    const names: string[] = [];
    for await (const p of trenz.data.products.search({ country: 'us', keyword: 'lipstick', page_size: 10 }))
      names.push(p.product_name ?? '');
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n.toLowerCase()).toContain('lipstick');

    const task = await trenz.content.copywriting.productReviewAnalysis({ product_id: '1729000000000000001' });
    const result = (await task.wait(FAST)) as { summary: string };
    expect(result.summary).toBeTypeOf('string');
    const account = await trenz.account.get();
    expect(account.credits_balance).toBe(emu.ctx.ledger.balance);
  });

  it('works over loopback HTTP with baseURL, including a retried connection reset', async () => {
    const emu = createTrenzEmulator({ taskDurationMs: 20 });
    const server = await emu.listen();
    try {
      const trenz = new Trenz({ apiKey: emu.apiKey, baseURL: server.url, maxRetryDelay: 5, logLevel: 'off' });
      emu.faults.add({ path: '/open/v1/creators/search', kind: 'reset', tcpReset: true });
      const page = await trenz.data.creators.search({ page_size: 3 });
      expect(page.items).toHaveLength(3);
      expect(emu.faults.count('GET', '/open/v1/creators/search')).toBe(2);
      const task = await trenz.content.video.seedance2({ prompt: 'x' });
      const status = await trenz.tasks.wait(task.id, FAST);
      expect(status).toHaveProperty('video_url');
    } finally {
      await server.close();
    }
  });
});
