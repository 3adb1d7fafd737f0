/**
 * Cheap to load: importing the TikTok Shop entry builds none of the generated models, and calling one operation
 * builds only that operation's. (This file runs in its own process, so the counter starts at zero.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Inventory } from '../../scripts/generate-tiktok-shop.js';
import { TikTokShop, tiktokShopModelsBuilt } from '../../src/tiktok-shop/index.js';
import { setup } from './helpers.js';

const inventory = JSON.parse(readFileSync(join(import.meta.dirname, '../../spec/tiktok-shop.json'), 'utf8')) as Inventory;

/** The models an operation's body and response data reach, as the inventory says. */
function modelsOf(method: string, path: string): number {
  const op = inventory.operations.find((o) => o.method === method && o.path === path)!;
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (!inventory.models[name] || seen.has(name)) return;
    seen.add(name);
    for (const f of inventory.models[name]!) visit(f.type.replace(/^(Array<)+|>+$/g, ''));
  };
  if (op.body) visit(op.body);
  const data = inventory.models[op.response]!.find((f) => f.name === 'data');
  if (data) visit(data.type);
  return seen.size;
}

it('builds no model at import, and only the models of the operations called', async () => {
  expect(tiktokShopModelsBuilt()).toBe(0);
  const { shop } = setup();
  expect(TikTokShop.routes).toHaveLength(213);
  expect(tiktokShopModelsBuilt()).toBe(0);

  const [order] = (await shop.orders.search({ order_status: 'AWAITING_SHIPMENT', page_size: 1 })).items;
  expect(tiktokShopModelsBuilt()).toBe(0); // a hand-written route

  await shop.fulfillment.shipPackage(order!.packages![0]!.id!, { self_shipment: { tracking_number: 'T1' } });
  const ship = modelsOf('POST', '/fulfillment/202309/packages/{package_id}/ship');
  expect(ship).toBeGreaterThan(0);
  expect(tiktokShopModelsBuilt()).toBe(ship);

  await shop.finance.getStatements({ sort_field: 'statement_time' });
  const statements = modelsOf('GET', '/finance/202309/statements');
  expect(tiktokShopModelsBuilt()).toBe(ship + statements);

  // A second call builds nothing more.
  await shop.finance.getStatements({ sort_field: 'statement_time' });
  expect(tiktokShopModelsBuilt()).toBe(ship + statements);
});
