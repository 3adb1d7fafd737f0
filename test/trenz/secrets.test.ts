import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createTrenzEmulator } from '../../src/testing/trenz/index.js';
import { Trenz } from '../../src/trenz/index.js';

const KEY = 'tz_live_SECRET_4f2a9c8e7d6b5a43';
const WRONG = 'tz_live_WRONG_0b1c2d3e4f5a6b7c';

/** Every way a value could be printed or serialized: deep, hidden properties and getters included. */
function renderings(value: unknown): string[] {
  return [JSON.stringify(value) ?? '', inspect(value, { depth: Infinity, showHidden: true, getters: true }), String(value)];
}

describe('the API key never shows', () => {
  it('in JSON.stringify or util.inspect of the client, a resource, a page, a result, a task and errors', async () => {
    const emu = createTrenzEmulator({ apiKeys: [KEY], taskDurationMs: 10 });
    const trenz = new Trenz({ ...emu.clientOptions, apiKey: KEY });
    const page = await trenz.data.products.search({ country: 'us', page_size: 2 });
    const product = await trenz.data.products.get(page.items[0]!.id);
    const task = await trenz.content.video.grok({ prompt: 'x' });
    const notFound = await trenz.tasks.get('task_nope').catch((e: unknown) => e);
    const refused = await new Trenz({ ...emu.clientOptions, apiKey: WRONG }).account.get().catch((e: unknown) => e);
    const invalid = await Promise.resolve(trenz.data.sellers.search({ seller_tpye: 1 } as never)).catch((e: unknown) => e);

    const values = {
      client: trenz,
      'data group': trenz.data,
      resource: trenz.data.products,
      'social resource': trenz.social.accounts,
      page,
      'page promise': trenz.data.products.search({ country: 'us' }),
      result: product,
      task,
      'API error': notFound,
      'auth error': refused,
      'params error': invalid,
    };
    expect(refused).toBeInstanceOf(Error);
    for (const [what, value] of Object.entries(values)) {
      for (const text of renderings(value)) {
        expect([what, text.includes(KEY) || text.includes(WRONG)]).toEqual([what, false]);
      }
    }
    expect(JSON.parse(JSON.stringify(trenz))).toEqual({ api: 'Trenz', baseURL: 'https://openapi.gateway.trenz.ai' });
    expect(inspect(trenz)).toContain('[REDACTED]');
    expect(Object.keys(trenz)).not.toContain('core');
  });
});
