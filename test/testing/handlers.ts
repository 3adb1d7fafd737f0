import { http, HttpResponse } from 'msw';

/** Shared tiny handlers for the emulator-base tests (not an API emulator). */
export const ORIGIN = 'https://api.test';

export interface SseProbe {
  /** Date.now() when the handler wrote its last event and closed the stream. */
  finishedAt: number;
}

export function makeHandlers(sse: SseProbe = { finishedAt: 0 }) {
  return [
    http.get(`${ORIGIN}/x`, () => HttpResponse.json({ ok: true, n: 1 })),
    http.post(`${ORIGIN}/echo`, async ({ request }) => {
      const url = new URL(request.url);
      return HttpResponse.json(
        {
          method: request.method,
          body: await request.text(),
          contentType: request.headers.get('content-type'),
          search: url.search,
        },
        { headers: { 'x-echo': 'yes' } },
      );
    }),
    http.get(`${ORIGIN}/query`, ({ request }) => {
      // request.url is what the transport built; the raw query is everything after the first '?'.
      const raw = request.url.slice(request.url.indexOf('?'));
      return HttpResponse.json({ search: new URL(request.url).search, raw, custom: request.headers.get('x-custom') });
    }),
    http.get(`${ORIGIN}/cookies`, () => {
      const headers = new Headers();
      headers.append('set-cookie', 'a=1');
      headers.append('set-cookie', 'b=2');
      return new HttpResponse('ok', { headers });
    }),
    http.get(`${ORIGIN}/big`, () =>
      HttpResponse.json({ items: Array.from({ length: 50 }, (_, i) => ({ id: i, name: `item-${i}` })) }),
    ),
    http.get(`${ORIGIN}/throws`, () => {
      throw new Error('boom');
    }),
    http.get(`${ORIGIN}/sse`, () => {
      const enc = new TextEncoder();
      const stream = new ReadableStream<Uint8Array>({
        async start(controller) {
          for (let i = 0; i < 3; i++) {
            controller.enqueue(enc.encode(`data: {"i":${i}}\n\n`));
            await new Promise((r) => setTimeout(r, 80));
          }
          sse.finishedAt = Date.now();
          controller.close();
        },
      });
      return new HttpResponse(stream, { headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' } });
    }),
  ];
}
