/**
 * The inspector over HTTP, answered by the loopback server before its msw handlers (so the page's own requests are
 * neither journaled nor listed):
 * - `GET /` from a browser (`Accept: text/html`): the page. `curl` and clients asking for JSON, or `/?format=json`,
 *   still get the emulator's JSON start page from the handlers.
 * - `GET /__inspector/events`: server-sent events, a `snapshot` of the kept requests then one `request` event per
 *   change (arrival, then end).
 * - `GET /__inspector/requests`: the kept requests as JSON, newest first.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestInspector } from './inspector.js';
import { INSPECTOR_EVENTS_PATH, INSPECTOR_PAGE, INSPECTOR_PAGE_CSP, INSPECTOR_REQUESTS_PATH } from './page.js';

/** A stream slower than this much unsent data is dropped; the browser reconnects and gets a fresh snapshot. */
const MAX_BUFFERED = 4 * 1024 * 1024;
/** A comment line this often keeps proxies and idle timeouts from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;

const COMMON_HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' } as const;

/** Answers the inspector's paths; returns false for every other request (the emulator's handlers take it). */
export function inspectorPages(inspector: RequestInspector): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const target = req.url ?? '/';
    const q = target.indexOf('?');
    const path = q < 0 ? target : target.slice(0, q);
    if (path === '/' && wantsPage(req, q < 0 ? '' : target.slice(q + 1))) {
      res.writeHead(200, {
        ...COMMON_HEADERS,
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': INSPECTOR_PAGE_CSP,
        'referrer-policy': 'no-referrer',
      });
      res.end(req.method === 'HEAD' ? undefined : INSPECTOR_PAGE);
      return true;
    }
    if (path === INSPECTOR_REQUESTS_PATH) {
      res.writeHead(200, { ...COMMON_HEADERS, 'content-type': 'application/json; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : JSON.stringify({ requests: inspector.list() }));
      return true;
    }
    if (path === INSPECTOR_EVENTS_PATH) {
      streamEvents(inspector, req, res);
      return true;
    }
    return false;
  };
}

/** A browser navigating asks for HTML first; `?format=json` forces the JSON start page. */
function wantsPage(req: IncomingMessage, query: string): boolean {
  if (new URLSearchParams(query).get('format') === 'json') return false;
  return /\btext\/html\b/i.test(req.headers.accept ?? '');
}

function streamEvents(inspector: RequestInspector, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { ...COMMON_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
  if (req.method === 'HEAD') return void res.end();
  // JSON.stringify leaves no raw line break in its output, so each event's data is one `data:` line.
  const send = (event: string, data: unknown): void => {
    if (res.writableLength > MAX_BUFFERED) return void res.destroy();
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  // Subscribed before the snapshot is taken, in the same turn: no request can fall between the two.
  const unsubscribe = inspector.subscribe((request) => send('request', request));
  res.write('retry: 1000\n\n');
  send('snapshot', { requests: inspector.list() });
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS).unref();
  res.once('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}
