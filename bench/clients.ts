/**
 * The five clients of the throughput table, each making the same call (Get Order Detail for one order id) against
 * the same server, each through its own fresh Agent with the same pool settings (bench/loopback.ts):
 * - undici:  `undici.request` with a URL and headers built once, then JSON.parse: the floor, no signing, no checks;
 * - dispatch: the same request through `agent.dispatch` and a chunk-collecting handler: undici without its stream
 *            layer, the transport the SDK itself uses (a lower floor than the issue's);
 * - sdk:     `shop.orders.get({ ids: [id] })`: plan, sign, send, int64-safe decode, envelope, zod validation;
 * - fetch:   Node's global fetch with the same prebuilt URL (its Agent via undici's `dispatcher` option), then
 *            `response.json()`;
 * - peer:    npm `tiktok-shop-sdk` `order.getOrderDetail({ ids })`: it signs and uses global fetch on its
 *            hard-coded https host, reached through the global dispatcher.
 */
import { TikTokShopSDK } from 'tiktok-shop-sdk';
import { getGlobalDispatcher, request, setGlobalDispatcher, type Dispatcher } from 'undici';
import { ORDER_ID, PRODUCT_ID } from './bodies.js';
import { dispatchJson } from './dispatch-floor.js';
import { loopbackAgent, plainRewrite, TIKTOK_ORIGIN, type ServerPorts } from './loopback.js';
import { CREDS, makeShop, Trenz } from './sdk.js';

const TRENZ_KEY = 'tz_bench_0123456789abcdef';

export type Transport = 'tls' | 'plain';
export type ClientName = 'undici' | 'dispatch' | 'sdk' | 'fetch' | 'peer';
export const CLIENTS: readonly ClientName[] = ['undici', 'dispatch', 'sdk', 'fetch', 'peer'];

export interface PreparedClient {
  op: () => Promise<unknown>;
  /** How it reaches the server, for the report. */
  note?: string;
  /** Closes the client's sockets after its cells. */
  close(): Promise<void>;
}

export function originFor(transport: Transport, ports: ServerPorts): string {
  return transport === 'tls' ? TIKTOK_ORIGIN : `http://127.0.0.1:${ports.http}`;
}

/**
 * The request the SDK sends (same query keys and values), built once with a fixed timestamp and sign (the
 * order-detail test vector, built from the inputs of the TikTok Shop docs' Get Order Detail example): the server
 * checks no signature, and the floor must not sign.
 */
function prebuilt(origin: string): { url: string; headers: Record<string, string> } {
  const query = new URLSearchParams({
    ids: ORDER_ID,
    shop_cipher: CREDS.shopCipher,
    app_key: CREDS.appKey,
    timestamp: '1623812664',
    sign: '3bf9fd6b90f2cc7dc5e7d620ba7c72df030e2ae32fde4ea75bb6b31c65c65f05',
  });
  return {
    url: `${origin}/order/202507/orders?${query}`,
    headers: { 'content-type': 'application/json', 'x-tts-access-token': CREDS.accessToken },
  };
}

function expect200(status: number): void {
  if (status !== 200) throw new Error(`HTTP ${status}`);
}

/**
 * The peer cannot be given a dispatcher: global fetch reads the global one per request, so the peer's is
 * installed for its cells and the previous one restored afterwards.
 */
function withGlobalDispatcher(d: Dispatcher): () => Promise<void> {
  const previous = getGlobalDispatcher();
  setGlobalDispatcher(d);
  return async () => {
    setGlobalDispatcher(previous);
    await d.close();
  };
}

export async function prepareClient(name: ClientName, transport: Transport, ports: ServerPorts): Promise<PreparedClient> {
  const origin = originFor(transport, ports);
  const agent = loopbackAgent(ports);
  const closeAgent = async () => {
    await agent.close();
  };
  switch (name) {
    case 'undici': {
      const { url, headers } = prebuilt(origin);
      return {
        op: async () => {
          const res = await request(url, { dispatcher: agent, headers });
          expect200(res.statusCode);
          return JSON.parse(await res.body.text());
        },
        close: closeAgent,
      };
    }
    case 'dispatch': {
      const { url, headers } = prebuilt(origin);
      const path = url.slice(origin.length);
      return {
        op: () => dispatchJson(agent, origin, path, headers),
        note: 'agent.dispatch with a collecting handler, then JSON.parse (the transport the SDK is built on)',
        close: closeAgent,
      };
    }
    case 'sdk': {
      const shop = makeShop(origin, agent);
      return { op: () => shop.orders.get({ ids: [ORDER_ID] }), note: `dispatcher option, baseURL ${origin}`, close: closeAgent };
    }
    case 'fetch': {
      const { url, headers } = prebuilt(origin);
      // Node's fetch takes undici's non-standard `dispatcher` option: its own pool, like the others.
      const init = { headers, dispatcher: agent } as unknown as RequestInit;
      return {
        op: async () => {
          const res = await fetch(url, init);
          expect200(res.status);
          return res.json();
        },
        note: 'global fetch with a dispatcher option',
        close: closeAgent,
      };
    }
    case 'peer': {
      // Over plain HTTP the peer cannot be pointed at another host, so its origin is rewritten in the dispatcher.
      const restore = withGlobalDispatcher(transport === 'tls' ? agent : plainRewrite(agent, ports));
      const peer = new TikTokShopSDK({ appKey: CREDS.appKey, appSecret: CREDS.appSecret });
      peer.setAccessToken(CREDS.accessToken);
      peer.setShopCipher(CREDS.shopCipher);
      return {
        op: () => peer.order.getOrderDetail({ ids: [ORDER_ID] }),
        note:
          transport === 'tls'
            ? 'global dispatcher, lookup -> 127.0.0.1'
            : 'global dispatcher rewrites its https origin to the plain port',
        close: restore,
      };
    }
  }
}

/**
 * The other bodies the server answers, each driven by the SDK and by the raw-undici floor on the same body:
 * Get Product (8.6 KB, the TikTok Shop docs' example) and a Trenz product search page. A short cell each at c=16 over HTTPS,
 * reported apart from the main table (a different call, so not comparable with the order-detail rows).
 * Trenz's host is not in the bench certificate, so it goes to `https://localhost` (in the SAN), same TLS port.
 */
export type ExtraName = 'shop.products.get' | 'trenz.data.products.search';
export const EXTRAS: readonly ExtraName[] = ['shop.products.get', 'trenz.data.products.search'];

export function prepareExtra(name: ExtraName, ports: ServerPorts): { sdk: PreparedClient; undici: PreparedClient } {
  const sdkAgent = loopbackAgent(ports);
  const floorAgent = loopbackAgent(ports);
  let sdkOp: () => Promise<unknown>;
  let url: string;
  let headers: Record<string, string>;
  if (name === 'shop.products.get') {
    const shop = makeShop(TIKTOK_ORIGIN, sdkAgent);
    sdkOp = () => shop.products.get(PRODUCT_ID);
    ({ url, headers } = prebuilt(TIKTOK_ORIGIN));
    url = url.replace('/order/202507/orders?', `/product/202309/products/${PRODUCT_ID}?`);
  } else {
    const origin = `https://localhost:${ports.https}`;
    const trenz = new Trenz({ apiKey: TRENZ_KEY, baseURL: origin, dispatcher: sdkAgent, maxRetries: 0 });
    // `await` on the PagePromise: the first page, fetched, decoded, validated.
    sdkOp = async () => trenz.data.products.search({ country: 'us', keyword: 'lipstick', page_size: 10 });
    url = `${origin}/open/v1/products/search?country=us&keyword=lipstick&page_size=10`;
    headers = { 'x-api-key': TRENZ_KEY };
  }
  return {
    sdk: { op: sdkOp, close: () => sdkAgent.close() },
    undici: {
      op: async () => {
        const res = await request(url, { dispatcher: floorAgent, headers });
        expect200(res.statusCode);
        return JSON.parse(await res.body.text());
      },
      close: () => floorAgent.close(),
    },
  };
}
