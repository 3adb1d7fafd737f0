import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { InvalidParamsError } from '../../src/core/errors/index.js';
import { LocalService, ProductType } from '../../src/local-service/index.js';
import { LOCAL_SERVICE_TEST_ACCESS_TOKEN, LOCAL_SERVICE_TEST_CREDENTIALS } from '../../src/testing/local-service/index.js';
import { MERCHANT, sentBodies, withCredentials, withToken } from './helpers.js';

const shopsParams = { merchant_id: MERCHANT, language: 'en', pagination: { page_size: 7 } };

describe('resumable paging: a stored cursor resumes in a new client', () => {
  it('reads two pages, stores nextCursor as JSON, and a new client gets exactly the remaining shops', async () => {
    const { emu, ls } = withToken();
    const all: string[] = [];
    for await (const s of ls.products.shops(shopsParams)) all.push(s.shop_base_info.shop_id);
    expect(all.length).toBeGreaterThan(14);

    const seen: string[] = [];
    let saved = '';
    let pages = 0;
    for await (const page of ls.products.shops(shopsParams).pages()) {
      seen.push(...page.items.map((s) => s.shop_base_info.shop_id));
      saved = JSON.stringify(page.nextCursor);
      if (++pages === 2) break;
    }
    expect(JSON.parse(saved)).toEqual({ page_no: 3 });

    const again = new LocalService({ accessToken: LOCAL_SERVICE_TEST_ACCESS_TOKEN, dispatcher: emu.dispatcher, logLevel: 'off' });
    const rest: string[] = [];
    for await (const s of again.products.shops(shopsParams, { cursor: JSON.parse(saved) })) rest.push(s.shop_base_info.shop_id);
    expect([...seen, ...rest]).toEqual(all);
    // The resumed call asked for page 3 with the caller's page size: the cursor moved only the page number.
    expect(sentBodies(emu, 'product_opt_shops/query/').at(-Math.ceil(rest.length / 7))?.pagination).toEqual({
      page_no: 3,
      page_size: 7,
    });
  });
});

describe('params are checked locally', () => {
  it('refuses an unknown key with the closest known one, nothing sent', async () => {
    const { emu, ls } = withToken();
    const filter = { merchant_id: MERCHANT, product_type_list: [ProductType.DISCOUNT_VOUCHER], list_tab: 0, produt_name: 'x' };
    const err = await ls.products.list(filter).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidParamsError);
    expect(String(err)).toMatch(/did you mean "product_name"/);
    expect(emu.faults.journal).toHaveLength(0);
  });
});

describe('no secret in anything a user can print or store', () => {
  it('holds for the client, resources, pages and errors, with a static token and with client credentials', async () => {
    const a = withToken();
    const b = withCredentials();
    const page = await b.ls.products.shops(shopsParams);
    const error = await a.ls.products
      .get({ third_product_id: 'nope', online: true, merchant_id: MERCHANT })
      .catch((e: unknown) => e);
    const secrets = [LOCAL_SERVICE_TEST_ACCESS_TOKEN, LOCAL_SERVICE_TEST_CREDENTIALS.clientSecret];
    for (const thing of [a.ls, b.ls, b.ls.products, page, page.nextCursor, error]) {
      for (const text of [JSON.stringify(thing) ?? '', inspect(thing, { depth: 10 }), String(thing)]) {
        for (const secret of secrets) expect(text).not.toContain(secret);
      }
    }
  });
});
