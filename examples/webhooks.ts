/**
 * A webhook receiver in plain node:http for TikTok Shop and Local Service. The rule that matters: verify and parse
 * the raw bytes as received. A JSON body parser that runs first changes whitespace, escapes and big numbers, and the
 * TikTok Shop signature no longer matches (the SDK notices and says so).
 *
 * Run: npx tsx examples/webhooks.ts            posts three sample deliveries to itself, prints the outcome, exits
 *      npx tsx examples/webhooks.ts --listen   keeps serving on PORT (default 3000) for real deliveries
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LocalService, TikTokShop, WebhookVerificationError } from '../src/index.js';
import { connect } from './shared/target.js';

const MAX_BODY = 1024 * 1024; // webhook bodies are small; refuse anything bigger before buffering it

async function rawBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).byteLength;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const targets = await connect();
const app = new TikTokShop(targets.tiktokShop.options); // only the app key and secret matter here
const ls = new LocalService({ accessToken: 'unused: parsing webhooks sends nothing' });

const server = createServer(async (req, res) => {
  try {
    const body = await rawBody(req); // a Buffer: the exact bytes TikTok signed
    if (req.method === 'POST' && req.url === '/webhooks/tiktok-shop') {
      const event = app.webhooks.parse(body, req.headers); // verifies the Authorization header first (constant time)
      if (event.kind === 'order_status_change')
        console.log(`  tiktok-shop    order ${event.data.order_id} is now ${event.data.order_status}`);
      else console.log(`  tiktok-shop    ${event.kind} for shop ${event.shop_id}`);
      // De-duplicate on event.tts_notification_id: a delivery can repeat. Answer fast; do slow work in a queue.
    } else if (req.method === 'POST' && req.url === '/webhooks/local-service') {
      const event = ls.webhooks.parse(body); // the seed documents no signature: keep this URL private
      if (event.kind === 'product_status')
        console.log(`  local-service  product ${event.content.third_product_id} status ${String(event.content.product_status)}`);
      else console.log(`  local-service  unhandled event ${event.event}`);
    } else {
      return void res.writeHead(404).end();
    }
    res.writeHead(200).end('ok');
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) console.error(error);
    else console.log(`  rejected       ${error.message}`);
    res.writeHead(error instanceof WebhookVerificationError ? 401 : 400).end();
  }
});

const listen = process.argv.includes('--listen');
server.listen(listen ? Number(process.env.PORT ?? 3000) : 0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
console.log(`webhook receiver on ${url}/webhooks/tiktok-shop and /webhooks/local-service`);

if (!listen) {
  // What TikTok Shop would send: the body, signed with your app secret (app.webhooks.sign exists for tests).
  const order =
    '{"type":1,"tts_notification_id":"7327112393057371910","shop_id":"7494049642642441621","timestamp":1774000000,"data":{"order_id":"576461413038785752","order_status":"AWAITING_SHIPMENT","update_time":1774000000}}';
  const signed = { 'content-type': 'application/json', authorization: app.webhooks.sign(order) };
  const post = async (path: string, body: string, headers: Record<string, string>) =>
    (await fetch(`${url}${path}`, { method: 'POST', body, headers })).status;

  console.log(`signed order event        -> HTTP ${await post('/webhooks/tiktok-shop', order, signed)}`);
  // The mistake the raw body avoids: the same event after JSON.parse + JSON.stringify(…, null, 2).
  console.log(
    `re-serialized order event -> HTTP ${await post('/webhooks/tiktok-shop', JSON.stringify(JSON.parse(order), null, 2), signed)}`,
  );
  const product =
    '{"client_key":"ck","event":"product.status.doman_sync","create_time":1720666722,"user_id":null,' +
    '"content":"{\\"third_product_id\\":\\"hotpot-for-two\\",\\"product_id\\":\\"7295929697122060001\\",' +
    '\\"product_type\\":2,\\"category_id\\":7295929697122030111,\\"merchant_id\\":\\"7295929697122099991\\",' +
    '\\"product_status\\":2}","caller":"tiktok.local.solution_gateway"}';
  console.log(
    `local service event       -> HTTP ${await post('/webhooks/local-service', product, { 'content-type': 'application/json' })}`,
  );
  server.close();
  await targets.close();
}
