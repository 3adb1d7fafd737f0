/**
 * The bench's loopback server. It runs in its own process (bench/loopback.ts forks it) so that serving never
 * shares the measuring process's event loop: a client that looks fast only because the server is idle in the
 * same loop, or slow because the server's work is counted as its own CPU, would make every ratio meaningless.
 *
 * It answers fixed bodies, as cheaply as node:http allows (bodies prebuilt as Buffers, keep-alive on):
 *   GET|POST /order/{v}/orders/search   a Get Order List page: page_token -> next_page_token, 100 orders/page, 1,000 pages
 *   GET|POST /order/{v}/orders*          the seed's Get Order Detail example (any version: the peer asks for 202309)
 *   GET      /product/{v}/products/{id}  the seed's Get Product example
 *   GET      /open/v1/products/search    a Trenz product search page
 * over plain HTTP and HTTPS (bench/fixtures/loopback-cert.pem, CN/SAN open-api.tiktokglobalshop.com, 127.0.0.1).
 * Both listen on 127.0.0.1 only. The parent learns the ports over IPC: `{ ready: true, http, https }`.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  BENCH_DIR,
  ORDER_DETAIL_BODY,
  PRODUCT_DETAIL_BODY,
  SEARCH_PAGE_SIZE,
  SEARCH_PAGES,
  TRENZ_SEARCH_BODY,
  orderSearchPage,
  pageFromToken,
} from './bodies.js';

const JSON_HEADERS = { 'content-type': 'application/json', 'x-tt-logid': '202203070749000101890810281E8C70B7' };
const orderDetail = Buffer.from(ORDER_DETAIL_BODY);
const productDetail = Buffer.from(PRODUCT_DETAIL_BODY);
const trenzSearch = Buffer.from(TRENZ_SEARCH_BODY);
const notFound = Buffer.from('{"code":36009003,"message":"bench server: no such route","request_id":"bench-404","data":null}');

const SEARCH_RE = /^\/order\/[^/]+\/orders\/search$/;
const ORDERS_RE = /^\/order\/[^/]+\/orders/;
const PRODUCT_RE = /^\/product\/[^/]+\/products\/[^/]+$/;

// The last search page served is cached: the memory test asks for each page once, but a retried page (or two
// clients walking the list) should not rebuild 400 KB.
let cachedPage = -1;
let cachedBody: Buffer = Buffer.alloc(0);

function searchPage(query: URLSearchParams): Buffer | undefined {
  const page = pageFromToken(query.get('page_token'));
  if (page < 0 || page >= SEARCH_PAGES) return undefined;
  if (page !== cachedPage) {
    const size = Math.min(Number(query.get('page_size') ?? SEARCH_PAGE_SIZE) || SEARCH_PAGE_SIZE, SEARCH_PAGE_SIZE);
    // Only the canonical size is cached; other sizes are rare (tests of the bench itself).
    const body = Buffer.from(orderSearchPage(page, size));
    if (size !== SEARCH_PAGE_SIZE) return body;
    cachedPage = page;
    cachedBody = body;
  }
  return cachedBody;
}

function route(method: string, url: string): { status: number; body: Buffer } {
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  if (path.startsWith('/order/')) {
    if (SEARCH_RE.test(path)) {
      const body = searchPage(new URLSearchParams(q < 0 ? '' : url.slice(q + 1)));
      return body ? { status: 200, body } : { status: 400, body: notFound };
    }
    if (ORDERS_RE.test(path)) return { status: 200, body: orderDetail };
  } else if (method === 'GET' && PRODUCT_RE.test(path)) {
    return { status: 200, body: productDetail };
  } else if (method === 'GET' && path === '/open/v1/products/search') {
    return { status: 200, body: trenzSearch };
  }
  return { status: 404, body: notFound };
}

// Requests served per transport: the parent checks that each client really went where the table says it did.
const served = { plain: 0, tls: 0 };
// Connections accepted per transport: a client that reconnects (or re-handshakes TLS) per request shows here.
const connections = { plain: 0, tls: 0 };

function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
  if ((req.socket as { encrypted?: boolean }).encrypted) served.tls++;
  else served.plain++;
  const answer = () => {
    const { status, body } = route(req.method ?? 'GET', req.url ?? '/');
    res.writeHead(status, { ...JSON_HEADERS, 'content-length': body.length });
    res.end(body);
  };
  // Read the request body to its end first (POST search filters), so the keep-alive socket stays in step.
  if (req.method === 'GET' || req.method === 'HEAD') answer();
  else {
    req.resume();
    req.once('end', answer);
  }
}

// Keep-alive longer than any bench phase, so no cell pays for reconnects the others do not.
const serverOptions = { keepAliveTimeout: 120_000, headersTimeout: 125_000, requestTimeout: 0 };

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

async function main(): Promise<void> {
  const plain = http.createServer(serverOptions, handle);
  const tls = https.createServer(
    {
      ...serverOptions,
      cert: readFileSync(join(BENCH_DIR, 'fixtures', 'loopback-cert.pem')),
      key: readFileSync(join(BENCH_DIR, 'fixtures', 'loopback-key.pem')),
    },
    handle,
  );
  plain.on('connection', () => connections.plain++);
  tls.on('secureConnection', () => connections.tls++);
  const [httpPort, httpsPort] = await Promise.all([listen(plain), listen(tls)]);
  if (process.send) process.send({ ready: true, http: httpPort, https: httpsPort });
  else console.log(`bench server: http://127.0.0.1:${httpPort} https://127.0.0.1:${httpsPort}`);
  process.on('message', (msg: { stats?: boolean }) => {
    if (msg.stats) process.send?.({ stats: { ...served, connections: { ...connections } } });
  });
  // The parent owns this process: when it goes away (normally or not), so do we.
  process.on('disconnect', () => process.exit(0));
}

main().catch((err: unknown) => {
  console.error('bench server failed:', err);
  process.exit(1);
});
