import { stringify } from 'node:querystring';
import { errors, type Dispatcher } from 'undici';

/** A dispatched request as Fetch sees it, plus its body bytes (for the journal and signing checks). */
export interface FetchRequestParts {
  request: Request;
  body: Uint8Array;
}

/**
 * Builds the Fetch `Request` msw wants from undici dispatch options. The URL is `origin + path`
 * concatenated, not resolved, so the path and query reach the handlers byte for byte as undici
 * would have written them on the wire (a signed query must not be re-encoded).
 */
export async function toFetchRequest(opts: Dispatcher.DispatchOptions, signal: AbortSignal): Promise<FetchRequestParts> {
  if (opts.origin === undefined || opts.origin === null) throw new errors.InvalidArgumentError('dispatch: origin is required');
  if (typeof opts.path !== 'string' || !opts.path.startsWith('/')) {
    throw new errors.InvalidArgumentError('dispatch: path must start with /');
  }
  const origin = new URL(String(opts.origin)).origin;
  let path = opts.path;
  if (opts.query) {
    // Same rule and serializer as undici's own core (serializePathWithQuery).
    if (/[?#]/.test(path)) throw new Error('Query params cannot be passed when url already contains "?" or "#".');
    const qs = stringify(opts.query);
    if (qs) path += `?${qs}`;
  }
  const method = opts.method.toUpperCase();
  const headers = toHeaders(opts.headers);
  const body = await readBody(opts.body, signal);
  // Fetch forbids a body on GET/HEAD even though HTTP/1.1 (and undici) allow one; the journal
  // still records it, the handlers just do not see it.
  const sendBody = method !== 'GET' && method !== 'HEAD' && body.byteLength > 0;
  // undici adds these when it writes the request; add them too so a handler (and the journal)
  // sees the same headers through either transport.
  if (!headers.has('host')) headers.set('host', new URL(origin).host);
  // (A streamed body goes out chunked, without a length.)
  const streamed = typeof opts.body === 'object' && opts.body !== null && !(opts.body instanceof Uint8Array);
  if (!streamed && body.byteLength > 0 && !headers.has('content-length')) headers.set('content-length', String(body.byteLength));
  const request = new Request(origin + path, { method: opts.method, headers, body: sendBody ? body : null, signal });
  return { request, body };
}

function toHeaders(input: Dispatcher.DispatchOptions['headers']): Headers {
  const headers = new Headers();
  if (!input) return headers;
  const add = (name: unknown, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) for (const v of value) headers.append(String(name), String(v));
    else headers.append(String(name), String(value));
  };
  if (Array.isArray(input)) {
    // undici's flat form: [name, value, name, value, ...]
    for (let i = 0; i + 1 < input.length; i += 2) add(input[i], input[i + 1]);
  } else if (typeof (input as Iterable<unknown>)[Symbol.iterator] === 'function') {
    for (const pair of input as Iterable<[string, string | string[] | undefined]>) add(pair[0], pair[1]);
  } else {
    for (const [name, value] of Object.entries(input)) add(name, value);
  }
  return headers;
}

type DispatchBody = Dispatcher.DispatchOptions['body'];

/** Reads any body undici accepts (string, bytes, Node stream, async iterable) into one buffer. */
async function readBody(
  body: DispatchBody | Iterable<unknown> | AsyncIterable<unknown>,
  signal: AbortSignal,
): Promise<Uint8Array> {
  if (body === undefined || body === null) return new Uint8Array(0);
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (body instanceof Blob) return new Uint8Array(await body.arrayBuffer());
  if (typeof body === 'object' && Symbol.asyncIterator in body) return collect(body as AsyncIterable<unknown>, signal);
  if (typeof body === 'object' && Symbol.iterator in body) return Buffer.concat([...(body as Iterable<unknown>)].map(toBytes));
  throw new errors.NotSupportedError(`emulator dispatcher: unsupported request body (${Object.prototype.toString.call(body)})`);
}

async function collect(source: AsyncIterable<unknown>, signal: AbortSignal): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const it = source[Symbol.asyncIterator]();
  // A stalled upload stream must not keep an aborted request alive: race each read with the signal.
  let onAbort: () => void = () => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined);
  try {
    signal.throwIfAborted();
    for (;;) {
      const step = await Promise.race([it.next(), aborted]);
      if (step.done) break;
      chunks.push(toBytes(step.value));
    }
  } catch (error) {
    await it.return?.().catch(() => undefined);
    throw error;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
  return Buffer.concat(chunks);
}

function toBytes(chunk: unknown): Uint8Array {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  if (chunk instanceof Uint8Array) return chunk;
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  throw new errors.InvalidArgumentError(`emulator dispatcher: body chunk must be string or bytes, got ${typeof chunk}`);
}
