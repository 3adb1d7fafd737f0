/**
 * The child of bench/import-cost.ts that checks laziness: imports the built entry, counts the generated models built,
 * calls Ship Package once (answered in process by a fixed response) and counts again. Prints JSON.
 */
import type * as TikTokShopModule from '../src/tiktok-shop/index.js';
import { importBuilt } from './build-sdk.js';
import { FixedResponseDispatcher } from './null-dispatcher.js';

const sdk = await importBuilt<typeof TikTokShopModule>('tiktok-shop');
const afterImport = sdk.tiktokShopModelsBuilt();
const later = Math.floor(Date.now() / 1000) + 86_400;
const app = new sdk.TikTokShop({
  appKey: 'bench',
  appSecret: 'bench-secret',
  dispatcher: new FixedResponseDispatcher('{"code":0,"message":"Success","request_id":"bench","data":{}}'),
  maxRetries: 0,
  logLevel: 'off',
});
const shop = app
  .seller({ access_token: 'a', access_token_expire_in: later, refresh_token: 'r', refresh_token_expire_in: later, open_id: '1' })
  .shop('bench-cipher');
const ship = () => shop.fulfillment.shipPackage('1176461413038785754', { self_shipment: { tracking_number: 'T1' } });
let t = performance.now();
await ship();
const firstCallMs = performance.now() - t;
t = performance.now();
await ship();
const secondCallMs = performance.now() - t;
process.stdout.write(JSON.stringify({ afterImport, afterOneCall: sdk.tiktokShopModelsBuilt(), firstCallMs, secondCallMs }));
