import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { FaultPlan } from './faults.js';
import { hasNoBody, resolveRequest, responseChunks, unhandledResponse, type BodyCut, type HandlerSource } from './resolve.js';

/** Options of {@link serveHandlers}. */
export interface ServeOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface to bind; default `127.0.0.1` (never exposed beyond the machine by default). */
  host?: string;
  /** Faults and request journal; a fresh plan if omitted. */
  faults?: FaultPlan;
  /**
   * The origin the handlers were written for: a request for `/x` on the server is resolved as
   * `${origin}/x`, so handlers declared as `http.get('https://api.test/x')` answer it. A function
   * can pick per request (several APIs on one port). Default: the server's own URL.
   */
  origin?: string | ((request: IncomingMessage) => string);
  /**
   * The server's own pages (the request inspector): a request this function answers (it returns true) reaches
   * neither the journal nor the handlers.
   */
  pages?: (request: IncomingMessage, response: ServerResponse) => boolean;
}

/** A running loopback emulator server. */
export interface EmulatorServer {
  /** `http://host:port`, no trailing slash. */
  readonly url: string;
  readonly port: number;
  readonly faults: FaultPlan;
  /** Stops listening, drops every connection (keep-alive and streaming ones too) and resolves when closed. */
  close(): Promise<void>;
}

/**
 * Serves msw handlers over real HTTP on loopback, with faults applied to the real socket: resets
 * close or RST the TCP connection, delays hold the headers back, truncation ends a chunked body
 * early. Response bodies are streamed chunk by chunk (SSE flows as it is produced).
 */
export async function serveHandlers(handlers: HandlerSource, options: ServeOptions = {}): Promise<EmulatorServer> {
  const faults = options.faults ?? new FaultPlan();
  const host = options.host ?? '127.0.0.1';
  const inFlight = new Set<AbortController>();
  let url = '';

  const server = createServer((req, res) => {
    if (options.pages?.(req, res)) return;
    const stop = new AbortController();
    inFlight.add(stop);
    // 'close' before the response finished = the client went away (or we dropped it).
    res.once('close', () => {
      if (!res.writableFinished) stop.abort(new Error('client disconnected'));
      inFlight.delete(stop);
    });
    // Resolved inside the promise chain: a throwing origin function must become a 500, not crash the process.
    const origin = (): string =>
      new URL(typeof options.origin === 'function' ? options.origin(req) : (options.origin ?? url)).origin;
    handle(req, res, origin, handlers, faults, stop.signal).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      const message = error instanceof Error ? error.message : String(error);
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ emulator: 'internal error', message }));
    });
  });
  server.listen(options.port ?? 0, host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    url,
    port,
    faults,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const stop of inFlight) stop.abort(new Error('emulator server closing'));
      server.closeAllConnections();
      await closed;
    },
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  origin: () => string,
  handlers: HandlerSource,
  faults: FaultPlan,
  signal: AbortSignal,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  const method = req.method ?? 'GET';
  const sendBody = method !== 'GET' && method !== 'HEAD' && body.byteLength > 0;
  // Concatenated, not resolved: the path and query reach the handlers exactly as sent.
  const request = new Request(origin() + (req.url ?? '/'), { method, headers, body: sendBody ? body : null, signal });

  const resolution = await resolveRequest(request, body, handlers, faults, signal);
  if (resolution.type === 'aborted' || signal.aborted) return;
  if (resolution.type === 'reset') return dropConnection(res, resolution.tcpReset);
  const { response, cut } =
    resolution.type === 'response' ? resolution : { response: unhandledResponse(request), cut: undefined };
  await writeResponse(res, method, response, cut, signal);
}

async function writeResponse(
  res: ServerResponse,
  method: string,
  response: Response,
  cut: BodyCut | undefined,
  signal: AbortSignal,
): Promise<void> {
  const grouped = new Map<string, string[]>();
  for (const [name, value] of response.headers) grouped.set(name, [...(grouped.get(name) ?? []), value]);
  // Framing is Node's job; a length must go when the body is ended early on purpose, or the
  // client would see a length mismatch instead of a clean (truncated) end.
  grouped.delete('transfer-encoding');
  if (cut?.then === 'end') grouped.delete('content-length');
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  for (const [name, values] of grouped) res.setHeader(name, values.length === 1 ? values[0]! : values);

  if (hasNoBody(method, response.status)) {
    await response.body?.cancel().catch(() => undefined);
    if (cut?.then !== 'reset') return void res.end();
    res.flushHeaders();
    return dropConnection(res, cut.tcpReset);
  }
  // Headers go out now, not with the first chunk: an SSE client sees the stream open at once.
  res.flushHeaders();
  for await (const chunk of responseChunks(response, cut, signal)) {
    if (!res.write(chunk)) {
      await once(res, 'drain', { signal }).catch(() => undefined);
    }
    if (signal.aborted) return;
  }
  if (signal.aborted) return;
  if (cut?.then === 'reset') return dropConnection(res, cut.tcpReset);
  res.end();
}

/**
 * Drops the connection the way a crashing peer would. Bytes already written are flushed first
 * so the client gets them (headers, part of a body) before the drop.
 */
async function dropConnection(res: ServerResponse, tcpReset: boolean): Promise<void> {
  const socket = res.socket;
  if (!socket) return;
  await new Promise<void>((resolve) => socket.write('', () => resolve()));
  if (!tcpReset) return void socket.destroy();
  // An RST discards whatever the peer has not read yet; give loopback a moment to deliver
  // what was written, so "headers then ECONNRESET" is what the client observes.
  if (res.headersSent) await sleep(20);
  socket.resetAndDestroy();
}
