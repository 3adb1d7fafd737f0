import { describe, expect, it } from 'vitest';
import { InvalidParamsError } from '../../src/core/errors/index.js';
import { createTrenzEmulator } from '../../src/testing/trenz/index.js';
import { Trenz } from '../../src/trenz/index.js';

/** Two clients on one emulator: the second plays another process that resumes from a stored cursor. */
function twoClients() {
  const emu = createTrenzEmulator();
  return { emu, first: new Trenz(emu.clientOptions), second: new Trenz(emu.clientOptions) };
}

describe('resuming a list from a stored cursor', () => {
  it('reads two pages of a search, stores nextCursor as JSON, and a new client gets exactly the remaining items', async () => {
    const { emu, first, second } = twoClients();
    const params = { country: 'us', category: 601450, page_size: 10 } as const;
    const everything: string[] = [];
    for await (const p of first.data.products.search(params)) everything.push(p.id);
    expect(everything.length).toBeGreaterThan(20); // more than the two pages read below

    const pages = first.data.products.search(params).pages();
    const one = (await pages.next()).value!;
    const two = (await pages.next()).value!;
    expect(one.nextCursor).toEqual({ page: 2 });
    const saved = JSON.stringify(two.nextCursor);
    expect(saved).toBe('{"page":3}');
    expect(saved).not.toContain(emu.apiKey); // a cursor holds where to start, never a credential

    emu.faults.clearJournal();
    const rest: string[] = [];
    for await (const p of second.data.products.search(params, { cursor: JSON.parse(saved) })) rest.push(p.id);
    expect([...one.items.map((p) => p.id), ...two.items.map((p) => p.id), ...rest]).toEqual(everything);
    // The resumed list starts at page 3: nothing before it is fetched again.
    expect(emu.faults.requests('GET', '/open/v1/products/search').map((r) => new URLSearchParams(r.search).get('page'))[0]).toBe(
      '3',
    );
  });

  it('resumes a POST list too: the page goes into the JSON body, where the route declares it', async () => {
    const { emu, first, second } = twoClients();
    const page1 = await first.ads.campaigns.list({ page_size: 5 });
    const saved = JSON.stringify(page1.nextCursor);
    emu.faults.clearJournal();
    const rest: string[] = [];
    for await (const ad of second.ads.campaigns.list({ page_size: 5 }, { cursor: JSON.parse(saved) }))
      rest.push(String(ad.ad_id));
    expect(rest).toHaveLength(13 - 5);
    expect(new Set([...page1.items.map((a) => String(a.ad_id)), ...rest]).size).toBe(13);
    expect(
      emu.faults.requests('POST', '/open/v1/ads/campaigns/list').map((r) => (JSON.parse(r.body) as { page?: number }).page),
    ).toEqual([2, 3]);
  });

  it('gives a null nextCursor on the last page, and refuses a cursor of another shape before sending', async () => {
    const { emu, first } = twoClients();
    const last = await first.data.creators.search({ page: 3, page_size: 50 }); // 120 creators: 50 + 50 + 20
    expect(last.nextCursor).toBeNull();
    expect(last.hasNextPage()).toBe(false);
    emu.faults.clearJournal();
    await expect(first.data.creators.search({}, { cursor: 'a-page-token' })).rejects.toThrow(InvalidParamsError);
    expect(emu.faults.journal).toHaveLength(0);
  });
});
