import { setTimeout as sleep } from 'node:timers/promises';
import { getResponse, type RequestHandler } from 'msw';
import type { FaultPlan, FaultRule, StatusFault } from './faults.js';

/** msw handlers, or a function returning them (read per request, so an emulator can swap them). */
export type HandlerSource = readonly RequestHandler[] | (() => readonly RequestHandler[]);

/** Where a response body stops early, and how. */
export interface BodyCut {
  /** Bytes to send; undefined = half of the body. */
  bytes: number | undefined;
  /** `end`: finish cleanly (truncate). `reset`: drop the connection (mid-body reset). */
  then: 'end' | 'reset';
  tcpReset: boolean;
}

/** What a transport must do with one request; both transports act on it the same way. */
export type Resolution =
  | { type: 'response'; response: Response; cut: BodyCut | undefined }
  | { type: 'reset'; tcpReset: boolean }
  | { type: 'unhandled' }
  | { type: 'aborted' };

/**
 * Journals the request, applies its fault if any and otherwise asks the msw handlers.
 * `signal` is the client going away; work stops as soon as it fires.
 */
export async function resolveRequest(
  request: Request,
  body: Uint8Array,
  handlers: HandlerSource,
  faults: FaultPlan,
  signal: AbortSignal,
): Promise<Resolution> {
  const resolution = await resolveOnce(request, body, handlers, faults, signal);
  // An unhandled request is answered 404 by both transports (unhandledResponse); a dropped one gets no status.
  faults.inspector.finish(
    request,
    resolution.type === 'response'
      ? { type: 'response', status: resolution.response.status }
      : resolution.type === 'unhandled'
        ? { type: 'response', status: 404 }
        : { type: resolution.type },
  );
  return resolution;
}

async function resolveOnce(
  request: Request,
  body: Uint8Array,
  handlers: HandlerSource,
  faults: FaultPlan,
  signal: AbortSignal,
): Promise<Resolution> {
  const fault: FaultRule | undefined = faults.intercept(request, body);
  if (fault?.kind === 'delay') {
    try {
      await sleep(fault.ms, undefined, { signal });
    } catch {
      return { type: 'aborted' };
    }
  }
  if (fault?.kind === 'status') return { type: 'response', response: statusResponse(fault), cut: undefined };
  const resetFirst = fault?.kind === 'reset' && fault.when !== 'mid-body';
  if (resetFirst && !fault.processed) return { type: 'reset', tcpReset: fault.tcpReset ?? false };

  const response = await runHandlers(request, handlers);
  if (signal.aborted || resetFirst) {
    // Nobody will read this body; cancelling lets a streaming handler stop producing.
    await response?.body?.cancel().catch(() => undefined);
    return signal.aborted ? { type: 'aborted' } : { type: 'reset', tcpReset: fault?.kind === 'reset' && !!fault.tcpReset };
  }
  // msw's passthrough() means "let the real network answer"; there is none here.
  if (!response || response.headers.get('x-msw-intention') === 'passthrough') return { type: 'unhandled' };
  // HttpResponse.error() is msw's network error: closest wire equivalent is a dropped connection.
  if (response.type === 'error') return { type: 'reset', tcpReset: false };
  if (fault?.kind === 'truncate')
    return { type: 'response', response, cut: { bytes: fault.bytes, then: 'end', tcpReset: false } };
  if (fault?.kind === 'reset') {
    return { type: 'response', response, cut: { bytes: fault.bytes, then: 'reset', tcpReset: fault.tcpReset ?? false } };
  }
  return { type: 'response', response, cut: undefined };
}

async function runHandlers(request: Request, handlers: HandlerSource): Promise<Response | undefined> {
  const list = typeof handlers === 'function' ? handlers() : handlers;
  try {
    return await getResponse([...list], request);
  } catch (error) {
    // Same contract as msw's own interceptors: a throwing resolver is a 500 carrying the error,
    // so a bug in an emulator shows up in the failing test instead of hanging it.
    const e = error instanceof Error ? error : new Error(String(error));
    return Response.json(
      { emulator: 'handler threw', name: e.name, message: e.message, stack: e.stack },
      { status: 500, statusText: 'Unhandled Exception' },
    );
  }
}

/** The response sent when no handler matched (404, JSON, names the request). */
export function unhandledResponse(request: Request): Response {
  return Response.json({ emulator: 'no handler', method: request.method, url: request.url }, { status: 404 });
}

function statusResponse(fault: StatusFault): Response {
  const headers = new Headers(fault.headers);
  const { body } = fault;
  if (body === undefined || body === null) return new Response(null, { status: fault.status, headers });
  if (typeof body === 'string' || body instanceof Uint8Array) {
    if (!headers.has('content-type'))
      headers.set('content-type', typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/octet-stream');
    return new Response(body, { status: fault.status, headers });
  }
  if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  return new Response(JSON.stringify(body), { status: fault.status, headers });
}

/** Statuses and methods whose responses carry no body, whatever the handler returned. */
export function hasNoBody(method: string, status: number): boolean {
  return method === 'HEAD' || status === 204 || status === 304 || (status >= 100 && status < 200);
}

/**
 * The body's chunks as they come (so SSE flows), stopped at `cut` if given. Firing `signal`
 * cancels the source at once, even while it is waiting for its next chunk.
 */
export async function* responseChunks(
  response: Response,
  cut: BodyCut | undefined,
  signal: AbortSignal,
): AsyncGenerator<Uint8Array> {
  if (!response.body) return;
  if (cut && cut.bytes === undefined) {
    // "Half of the body" needs the whole body first; cuts are meant for finite responses.
    const all = new Uint8Array(await response.arrayBuffer());
    if (!signal.aborted) yield all.subarray(0, Math.floor(all.byteLength / 2));
    return;
  }
  const reader = response.body.getReader();
  const onAbort = (): void => void reader.cancel(signal.reason).catch(() => undefined);
  signal.addEventListener('abort', onAbort, { once: true });
  let left = cut?.bytes ?? Infinity;
  try {
    while (left > 0 && !signal.aborted) {
      const { done, value } = await reader.read();
      if (done || signal.aborted) return;
      if (value.byteLength === 0) continue;
      const chunk = value.byteLength > left ? value.subarray(0, left) : value;
      left -= chunk.byteLength;
      yield chunk;
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    // Stopping early (cut, abort, consumer gone): release the handler's stream.
    await reader.cancel().catch(() => undefined);
  }
}
