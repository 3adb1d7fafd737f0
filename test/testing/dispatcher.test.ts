import { http, HttpResponse, passthrough } from 'msw';
import { errors, fetch, interceptors, request, type Dispatcher } from 'undici';
import { describe, expect, it } from 'vitest';
import { createMswDispatcher, UnhandledRequestError } from '../../src/testing/index.js';
import { makeHandlers, ORIGIN } from './handlers.js';

/** A stream that emits one event and then stays open until cancelled; reports the cancel. */
function endless(onCancel: () => void) {
  return http.get(`${ORIGIN}/endless`, () => {
    const stream = new ReadableStream<Uint8Array>({
      start: (c) => c.enqueue(new TextEncoder().encode('data: 1\n\n')),
      cancel: onCancel,
    });
    return new HttpResponse(stream, { headers: { 'content-type': 'text/event-stream' } });
  });
}

describe('createMswDispatcher', () => {
  it('works with undici.fetch (GET, POST, abort)', async () => {
    const d = createMswDispatcher(makeHandlers());
    const res = await fetch(`${ORIGIN}/x`, { dispatcher: d });
    expect(await res.json()).toEqual({ ok: true, n: 1 });
    const echo = await fetch(`${ORIGIN}/echo`, {
      dispatcher: d,
      method: 'POST',
      body: 'hi',
      headers: { 'content-type': 'text/plain' },
    });
    expect(await echo.json()).toMatchObject({ body: 'hi', contentType: 'text/plain' });
    d.faults.add({ kind: 'delay', ms: 5_000 });
    await expect(fetch(`${ORIGIN}/x`, { dispatcher: d, signal: AbortSignal.timeout(30) })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
  });

  it('reads async-iterable bodies and serializes the `query` option like undici', async () => {
    const d = createMswDispatcher(makeHandlers());
    async function* parts() {
      yield 'a=';
      yield new TextEncoder().encode('1');
    }
    const res = await d.request({
      origin: ORIGIN,
      path: '/echo',
      method: 'POST',
      body: parts() as never,
      query: { q: 'x y', n: 2 },
    });
    expect(await res.body.json()).toMatchObject({ body: 'a=1', search: '?q=x%20y&n=2' });
    expect(d.faults.journal[0]?.headers.host).toBe('api.test');
  });

  it('rejects with the signal reason when the signal is already aborted, before anything is sent', async () => {
    const d = createMswDispatcher(makeHandlers());
    const reason = new Error('stop');
    await expect(request(`${ORIGIN}/x`, { dispatcher: d, signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(d.faults.count()).toBe(0);
  });

  it('an abort mid-stream fails the body and cancels the handler stream', async () => {
    let cancelled = false;
    const d = createMswDispatcher([endless(() => (cancelled = true))]);
    const ac = new AbortController();
    const res = await request(`${ORIGIN}/endless`, { dispatcher: d, signal: ac.signal });
    const it = res.body[Symbol.asyncIterator]();
    expect(String((await it.next()).value)).toBe('data: 1\n\n');
    ac.abort();
    await expect(it.next()).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((r) => setTimeout(r, 10));
    expect(cancelled).toBe(true);
  });

  it('a delay aborted early never runs the handler; processed resets do', async () => {
    let runs = 0;
    const d = createMswDispatcher([http.post(`${ORIGIN}/order`, () => (runs++, HttpResponse.json({ id: runs })))]);
    d.faults.add({ path: '/order', kind: 'delay', ms: 5_000 });
    await expect(
      request(`${ORIGIN}/order`, { dispatcher: d, method: 'POST', signal: AbortSignal.timeout(20) }),
    ).rejects.toThrow();
    expect(runs).toBe(0);
    d.faults.add({ path: '/order', kind: 'reset', processed: true });
    await expect(request(`${ORIGIN}/order`, { dispatcher: d, method: 'POST' })).rejects.toBeInstanceOf(errors.SocketError);
    expect(runs).toBe(1);
    expect(d.faults.count('POST', '/order')).toBe(2);
  });

  it('maps HttpResponse.error() to a reset and passthrough() to unhandled', async () => {
    const d = createMswDispatcher([
      http.get(`${ORIGIN}/err`, () => HttpResponse.error()),
      http.get(`${ORIGIN}/pt`, () => passthrough()),
    ]);
    await expect(request(`${ORIGIN}/err`, { dispatcher: d })).rejects.toMatchObject({ code: 'UND_ERR_SOCKET' });
    expect((await request(`${ORIGIN}/pt`, { dispatcher: d })).statusCode).toBe(404);
  });

  it("onUnhandled: 'error' fails the request", async () => {
    const d = createMswDispatcher([], { onUnhandled: 'error' });
    const err = await request(`${ORIGIN}/nope`, { dispatcher: d }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnhandledRequestError);
    expect(err).toMatchObject({ code: 'EMULATOR_UNHANDLED', method: 'GET', url: `${ORIGIN}/nope` });
  });

  it('honours headersTimeout and bodyTimeout like undici', async () => {
    const d = createMswDispatcher([...makeHandlers(), endless(() => undefined)]);
    d.faults.add({ kind: 'delay', ms: 5_000 });
    await expect(request(`${ORIGIN}/x`, { dispatcher: d, headersTimeout: 20 })).rejects.toBeInstanceOf(
      errors.HeadersTimeoutError,
    );
    const res = await request(`${ORIGIN}/endless`, { dispatcher: d, bodyTimeout: 20 });
    await expect(res.body.text()).rejects.toBeInstanceOf(errors.BodyTimeoutError);
  });

  it('serves controller-style handlers (interceptor chains), e.g. undici’s retry interceptor', async () => {
    const d = createMswDispatcher(makeHandlers());
    d.faults.add({ path: '/x', kind: 'status', status: 503, times: 2 });
    const retrying = d.compose(interceptors.retry({ minTimeout: 1, maxTimeout: 5, statusCodes: [503] }));
    const res = await request(`${ORIGIN}/x`, { dispatcher: retrying });
    expect(await res.body.json()).toEqual({ ok: true, n: 1 });
    expect(d.faults.count('GET', '/x')).toBe(3);
    // A reset surfaces as undici's SocketError, which the interceptor retries for an idempotent GET.
    d.faults.add({ path: '/x', kind: 'reset' });
    expect((await request(`${ORIGIN}/x`, { dispatcher: retrying })).statusCode).toBe(200);
    expect(d.faults.count('GET', '/x')).toBe(5);
  });

  it('respects pause/resume of a controller-style handler', async () => {
    const d = createMswDispatcher(makeHandlers());
    const events: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const handler: Dispatcher.DispatchHandler = {
        onRequestStart: () => events.push('start'),
        onResponseStart: (_c, status) => events.push(`status ${status}`),
        onResponseData: (controller, chunk) => {
          events.push(`data ${chunk.length}`);
          controller.pause();
          setTimeout(() => (events.push('resume'), controller.resume()), 20);
        },
        onResponseEnd: () => resolve(),
        onResponseError: (_c, e) => reject(e),
      };
      d.dispatch({ origin: ORIGIN, path: '/sse', method: 'GET' }, handler);
    });
    expect(events.slice(0, 4)).toEqual(['start', 'status 200', 'data 15', 'resume']);
    expect(events.filter((e) => e.startsWith('data'))).toHaveLength(3);
  });

  it('reads handlers from a function per request', async () => {
    let version = 1;
    const d = createMswDispatcher(() => [http.get(`${ORIGIN}/v`, () => HttpResponse.json({ version }))]);
    expect(await (await request(`${ORIGIN}/v`, { dispatcher: d })).body.json()).toEqual({ version: 1 });
    version = 2;
    expect(await (await request(`${ORIGIN}/v`, { dispatcher: d })).body.json()).toEqual({ version: 2 });
  });

  it('HEAD gets headers only', async () => {
    const d = createMswDispatcher([http.head(`${ORIGIN}/h`, () => new HttpResponse('ignored', { headers: { 'x-h': '1' } }))]);
    const res = await request(`${ORIGIN}/h`, { dispatcher: d, method: 'HEAD' });
    expect(res.headers['x-h']).toBe('1');
    expect(await res.body.text()).toBe('');
  });

  it('close() waits for requests in flight; destroy() fails them; both refuse new ones', async () => {
    const d = createMswDispatcher(makeHandlers());
    d.faults.add({ path: '/x', kind: 'delay', ms: 30 });
    const pending = request(`${ORIGIN}/x`, { dispatcher: d });
    await d.close();
    expect((await pending).statusCode).toBe(200);
    await expect(request(`${ORIGIN}/x`, { dispatcher: d })).rejects.toBeInstanceOf(errors.ClientClosedError);

    const d2 = createMswDispatcher([endless(() => undefined)]);
    const res = await request(`${ORIGIN}/endless`, { dispatcher: d2 });
    const text = res.body.text();
    await d2.destroy();
    await expect(text).rejects.toBeInstanceOf(errors.ClientDestroyedError);
    await expect(request(`${ORIGIN}/endless`, { dispatcher: d2 })).rejects.toBeInstanceOf(errors.ClientDestroyedError);
  });
});
