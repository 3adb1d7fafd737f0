/**
 * A TikTok Shop webhook receiver in Express 5. Three rules: verify the signature over the raw body (express.raw on
 * the route, never express.json before it), answer 200 at once (TikTok redelivers what is slow or fails), and
 * handle each event once, after the answer (a queue in production). The event is typed: `event.kind` narrows
 * `event.data`, with no cast.
 *
 * Run: npx tsx examples/express-webhook-receiver.ts            posts sample deliveries to itself, prints, exits
 *      npx tsx examples/express-webhook-receiver.ts --listen   keeps serving on PORT (default 3000)
 */
import express from 'express';
import { TikTokShop, WebhookVerificationError, type TikTokShopWebhookEvent } from '../src/index.js';
import { connect } from './shared/target.js';

const targets = await connect();
// In production: new TikTokShop() reads TIKTOK_SHOP_APP_KEY and TIKTOK_SHOP_APP_SECRET; the pair signs deliveries.
const tts = new TikTokShop(targets.tiktokShop.options);

/** Notification ids already taken: a delivery can repeat (your database, with an expiry, in production). */
const seen = new Set<string>();
/** Events answered and waiting to be handled (your job queue in production). */
const queue: TikTokShopWebhookEvent[] = [];
let draining: Promise<void> | undefined;

/** The slow part, after the 200: every event kind narrows `event.data` to its own fields. */
async function handle(event: TikTokShopWebhookEvent): Promise<void> {
  switch (event.kind) {
    case 'order_status_change':
      // event.data.order_status is an OrderStatus: a typo such as 'AWAITING_SHIPPING' does not compile.
      if (event.data.order_status === 'AWAITING_SHIPMENT') console.log(`  handled   order ${event.data.order_id}: ship it`);
      else console.log(`  handled   order ${event.data.order_id} is now ${event.data.order_status}`);
      break;
    case 'package_update':
      console.log(`  handled   package ${event.data.package_id} of order ${event.data.order_id} changed`);
      break;
    case 'seller_deauthorization':
      console.log(`  handled   shop ${event.shop_id} revoked the app: stop syncing it`);
      break;
    case 'unknown':
      console.log(`  handled   event type ${event.type} (not known to this SDK version), kept as sent`);
      break;
    default:
      console.log(`  handled   ${event.kind} for shop ${event.shop_id}`);
  }
}

function enqueue(event: TikTokShopWebhookEvent): void {
  queue.push(event);
  draining ??= (async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await handle(next);
    draining = undefined;
  })();
}

const app = express();

// The raw bytes TikTok signed, as a Buffer; 1 MB is far above any event and stops a flood of big posts early.
app.post('/webhooks/tiktok-shop', express.raw({ type: '*/*', limit: '1mb' }), (req, res) => {
  if (!Buffer.isBuffer(req.body)) return void res.sendStatus(400); // no body at all
  let event: TikTokShopWebhookEvent;
  try {
    event = tts.webhooks.parse(req.body, req.headers); // checks the Authorization signature first (constant time)
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error; // Express 5 sends it to the error handler
    console.log(`  rejected  ${error.message.split('\n')[0]}`);
    return void res.sendStatus(401);
  }
  res.sendStatus(200); // answer first
  const id = event.tts_notification_id;
  if (id !== undefined && seen.has(id)) return void console.log(`  duplicate ${id}: already taken, answered 200 again`);
  if (id !== undefined) seen.add(id);
  enqueue(event);
});

const listen = process.argv.includes('--listen');
const server = app.listen(listen ? Number(process.env.PORT ?? 3000) : 0, '127.0.0.1');
await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
const address = server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
console.log(`webhook receiver on ${url}/webhooks/tiktok-shop`);

if (!listen) {
  // What TikTok Shop would send: a body signed with your app's key and secret (app.webhooks.sign exists for tests).
  const post = async (body: string, authorization: string): Promise<number> =>
    (
      await fetch(`${url}/webhooks/tiktok-shop`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', authorization },
      })
    ).status;
  const now = Math.floor(Date.now() / 1000);
  const order = JSON.stringify({
    type: 1,
    tts_notification_id: '7327112393057371910',
    shop_id: '7494049642642441621',
    timestamp: now,
    data: { order_id: '576461413038785752', order_status: 'AWAITING_SHIPMENT', update_time: now },
  });
  const parcel = JSON.stringify({
    type: 4,
    tts_notification_id: '7327112393057371911',
    shop_id: '7494049642642441621',
    timestamp: now,
    data: { order_id: '576461413038785753', package_id: '1153132168123859123', update_time: now },
  });
  console.log(`order event            -> HTTP ${await post(order, tts.webhooks.sign(order))}`);
  console.log(`the same event again   -> HTTP ${await post(order, tts.webhooks.sign(order))}`);
  console.log(`package event          -> HTTP ${await post(parcel, tts.webhooks.sign(parcel))}`);
  console.log(`forged signature       -> HTTP ${await post(order, '0'.repeat(64))}`);
  await draining;
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  await targets.close();
}
