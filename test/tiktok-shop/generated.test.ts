/**
 * The generated TikTok Shop code is what the generator makes of spec/tiktok-shop.json today: a fresh run in memory
 * must equal the committed files (fix: `npm run generate` and commit). Also what the generated surface promises:
 * every inventory operation listed once, with its method, path and a method or route id to reach it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  existingGeneratedFiles,
  generateTikTokShop,
  methodOf,
  readInputs,
  titleOf,
  type Inventory,
} from '../../scripts/generate-tiktok-shop.js';
import { compiledSafeParse } from '../../src/core/internal/compiled-schema/index.js';
import { sellerRoutesById, shopRoutesById } from '../../src/tiktok-shop/generated/route-ids.js';
import { model, res } from '../../src/tiktok-shop/model.js';
import { TikTokShop, type TikTokShopOperation } from '../../src/tiktok-shop/index.js';
import { setup } from './helpers.js';

const ROOT = join(import.meta.dirname, '../..');
const inventory = JSON.parse(readFileSync(join(ROOT, 'spec/tiktok-shop.json'), 'utf8')) as Inventory;

describe('the committed generated code is a fresh run of the generator', () => {
  it(
    'every generated file and the docs table equal a run in memory, and no stale file is left',
    { timeout: 120_000 },
    async () => {
      const files = await generateTikTokShop(await readInputs(ROOT));
      const differ: string[] = [];
      for (const [path, code] of files) {
        let committed: string | undefined;
        try {
          committed = readFileSync(join(ROOT, path), 'utf8');
        } catch {
          committed = undefined;
        }
        if (committed !== code) differ.push(path);
      }
      const stale = (await existingGeneratedFiles(ROOT)).filter((f) => !files.has(f));
      expect({ differ, stale }, 'run `npm run generate` and commit the result').toEqual({ differ: [], stale: [] });
    },
  );
});

describe('TikTokShop.routes: every inventory operation, once', () => {
  const routes: readonly TikTokShopOperation[] = TikTokShop.routes;

  it('lists the 213 operations of the inventory with the same method and path', () => {
    expect(routes).toHaveLength(inventory.operations.length);
    expect(routes.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
      inventory.operations.map((o) => `${o.method} ${o.path}`).sort(),
    );
    expect(new Set(routes.map((r) => r.id)).size).toBe(routes.length);
  });

  it('puts the operations that take shop_cipher on the shop (135) and the 78 others on the seller', () => {
    const byKey = new Map(inventory.operations.map((o) => [`${o.method} ${o.path}`, o]));
    for (const r of routes) {
      const takesCipher = byKey.get(`${r.method} ${r.path}`)!.query.some((q) => q.name === 'shop_cipher');
      expect(r.scope, r.id).toBe(takesCipher ? 'shop' : 'seller');
    }
    expect(routes.filter((r) => r.scope === 'seller')).toHaveLength(78);
  });

  it('names methods after the docs titles, keeps the 12 existing names, and reaches older versions by id', () => {
    const usage = (title: string, version?: string) =>
      routes.find((r) => r.title === title && (!version || r.version === version))?.usage;
    expect(usage('Ship Package')).toBe('shop.fulfillment.shipPackage(packageId, params)');
    expect(usage('Update Inventory')).toBe('shop.products.updateInventory(productId, params)');
    expect(usage('Update Price')).toBe('shop.products.updatePrice(productId, params)');
    expect(usage('Search Returns')).toBe('shop.returns.searchReturns(params)');
    expect(usage('Get Statements')).toBe('shop.finance.getStatements(params)');
    expect(usage('Get Warehouse List')).toBe('shop.logistics.getWarehouseList()');
    expect(usage('Get Shop Webhooks')).toBe('shop.webhooks.getShopWebhooks()');
    expect(usage('Update Shop Webhook')).toBe('shop.webhooks.updateShopWebhook(params)');
    expect(usage('Upload Product Image')).toBe('seller.products.uploadProductImage(params)');
    expect(usage('Get Transactions by Order', '202501')).toBe('shop.finance.getTransactionsByOrder(orderId)');
    expect(usage('Get Active Shops')).toBe('seller.account.getActiveShops()');
    // The hand-written ones keep their names; the older Get Order Detail is reached by its id.
    expect(usage('Get Order Detail', '202507')).toBe('shop.orders.get(params)');
    expect(usage('Get Order List')).toBe('shop.orders.search(params)');
    expect(usage('Get Authorized Shops')).toBe('seller.authorization.getShops()');
    expect(usage('Get Order Detail', '202309')).toBe("shop.call('orders.getOrderDetail.202309', [], params)");
    expect(routes.find((r) => r.id === 'products.searchProducts')?.version).toBe('202502');
    expect(
      routes
        .filter((r) => r.title === 'Search Products')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['products.searchProducts', 'products.searchProducts.202309', 'products.searchProducts.202312']);
  });

  it('has a method on the shop or seller for every operation with a method name, and a route for every id', () => {
    const { shop, seller } = setup();
    for (const r of routes) {
      const ids: Record<string, unknown> = r.scope === 'shop' ? shopRoutesById : sellerRoutesById;
      expect(ids[r.id], r.id).toBeDefined();
      expect((ids[r.id] as { path: string }).path).toBe(r.path);
      if (r.methodName === null) continue;
      const owner = (r.scope === 'shop' ? shop : seller) as unknown as Record<string, Record<string, unknown>>;
      expect(typeof owner[r.namespace]?.[r.methodName], r.usage).toBe('function');
    }
  });

  it('loads no generated schema at import: a route loads its own on first use', async () => {
    const route = shopRoutesById['fulfillment.shipPackage'];
    expect(route.ready).toBe(false);
    expect(() => route.response).toThrow(/await endpoint\.load\(\)/);
    await route.load();
    expect(route.ready).toBe(true);
    expect(route.response).toBeInstanceOf(z.ZodType);
    expect(route.response).toBe(route.response);
  });
});

describe('generator naming', () => {
  it('splits summaries into docs titles, fixing the words the inventory glues', () => {
    expect(titleOf('GetProductsSEOWords')).toBe('Get Products SEO Words');
    expect(titleOf('GetTransactionsbyOrder')).toBe('Get Transactions by Order');
    expect(titleOf('GetCreatorProfileold')).toBe('Get Creator Profile (old)');
    expect(methodOf('Get Creator Profile (old)')).toBe('getCreatorProfileOld');
    expect(methodOf('Get Message in the Conversation')).toBe('getMessageInTheConversation');
  });

  it('gives a recursive model a getter and refuses an ambiguous paged list', async () => {
    const docs = '<!-- generated:operations:start (npm run generate) -->\n<!-- generated:operations:end -->\n';
    const op = {
      group: 'product',
      version: '202601',
      method: 'GET' as const,
      path: '/product/202601/trees',
      summary: 'GetTree',
      pathParams: [],
      query: [{ name: 'shop_cipher', type: 'string', required: false }],
      contentType: 'application/json',
      response: 'TreeResponse',
    };
    const models = {
      TreeResponse: [{ name: 'data', type: 'TreeResponseData' }],
      TreeResponseData: [{ name: 'root', type: 'TreeResponseDataNode' }],
      TreeResponseDataNode: [
        { name: 'id', type: 'string' },
        { name: 'children', type: 'Array<TreeResponseDataNode>' },
      ],
    };
    const files = await generateTikTokShop({ inventory: { operations: [op], models }, docs });
    const code = [...files].find(([path]) => path.endsWith('models/product.ts'))![1];
    expect(code).toMatch(/get children\(\) \{\s*return res\.many\(TreeResponseDataNode\);/);
    // What that code builds: a recursive schema, built lazily, that the client's compiled validator parses.
    interface Node {
      id?: string | null;
      children?: Node[] | null;
    }
    const Node: () => z.ZodType<Node> = model(() =>
      res.object<Node>({
        id: res.id,
        get children() {
          return res.many(Node);
        },
      }),
    );
    const parsed = compiledSafeParse(Node())({ id: 1, children: [{ id: '2', children: [{ id: 3 }] }] });
    expect(parsed).toEqual({ success: true, data: { id: '1', children: [{ id: '2', children: [{ id: '3' }] }] } });

    const paged = { ...op, query: [...op.query, { name: 'page_token', type: 'string', required: false }] };
    const twoLists = {
      ...models,
      TreeResponseData: [
        { name: 'next_page_token', type: 'string' },
        { name: 'a', type: 'Array<TreeResponseDataNode>' },
        { name: 'b', type: 'Array<TreeResponseDataNode>' },
      ],
    };
    await expect(generateTikTokShop({ inventory: { operations: [paged], models: twoLists }, docs })).rejects.toThrow(
      /items array is ambiguous/,
    );
  });
});
