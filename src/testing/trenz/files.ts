/**
 * Emulated File Upload (Trenz docs: Video Publishing, Step 1): the presigned-URL endpoint, and the presigned PUT itself, served by the emulator
 * on its own origin (no API key there, like object storage). The PUT reads the body as a stream and counts bytes.
 */
import { http, type RequestHandler } from 'msw';
import { fileRoutes } from '../../trenz/files.js';
import { TRENZ_EMULATOR_ORIGIN, type TrenzEmulatorContext } from './common.js';
import { missing, perContext, route } from './route-kit.js';

/** Where the emulator's "object storage" lives, below the emulator's origin. */
export const EMULATOR_STORAGE_PATH = '/_emulator/storage/';
export const EMULATOR_BUCKET = 'emu-datanebula-object';

export interface StoredObject {
  object_key: string;
  file_name: string;
  /** Bytes received by the last complete PUT. */
  bytes: number;
  contentType: string | undefined;
  /** PUT attempts for this key (complete or not). */
  puts: number;
}

export class TrenzUploadStore {
  readonly objects = new Map<string, StoredObject>();
  presignedCalls = 0;
  putCalls = 0;
  /** Answer the next N PUTs with this status (e.g. 503), then accept. */
  failPuts: { status: number; times: number } | undefined;
  private seq = 0;

  nextKey(fileName: string): string {
    this.seq++;
    return `upload/${fileName}_${this.seq.toString(36)}${Date.now().toString(36)}`;
  }

  /** A complete upload of `objectKey`, or undefined. */
  uploaded(objectKey: string): StoredObject | undefined {
    const o = this.objects.get(objectKey);
    return o && o.bytes > 0 ? o : undefined;
  }
}

export const uploadStore = perContext(() => new TrenzUploadStore());

/**
 * The origin a presigned URL should name: the host the request came to (the loopback server's, when served over
 * HTTP), else the emulator's own.
 */
function originOf(request: Request): string {
  const host = request.headers.get('host');
  const own = new URL(TRENZ_EMULATOR_ORIGIN);
  return !host || host === own.host ? own.origin : `http://${host}`;
}

export function trenzFileHandlers(ctx: TrenzEmulatorContext): RequestHandler[] {
  const store = uploadStore(ctx);
  return [
    route(ctx, fileRoutes.createUploadUrl, (body, request) => {
      const absent = missing(ctx, body, 'file_name');
      if (absent) return absent;
      store.presignedCalls++;
      const fileName = String(body.file_name);
      const object_key = store.nextKey(fileName);
      store.objects.set(object_key, { object_key, file_name: fileName, bytes: 0, contentType: undefined, puts: 0 });
      const path = `${EMULATOR_STORAGE_PATH}${encodeURIComponent(object_key)}`;
      return ctx.ok({
        presigned_url: `${originOf(request)}${path}?X-Tos-Expires=3600&X-Tos-Signature=emu-signature`,
        object_key,
        s3_bucket: EMULATOR_BUCKET,
        cdn_url: `https://oss-data.trenz.ai/${encodeURIComponent(object_key)}`,
      });
    }),
    http.put(`${TRENZ_EMULATOR_ORIGIN}${EMULATOR_STORAGE_PATH}:key`, async ({ request, params }) => {
      store.putCalls++;
      const key = decodeURIComponent(String(params.key));
      const object = store.objects.get(key);
      if (!object || !new URL(request.url).searchParams.get('X-Tos-Signature')) {
        return new Response(
          '<Error><Code>AccessDenied</Code><Message>Request has expired or the signature does not match</Message></Error>',
          { status: 403, headers: { 'content-type': 'application/xml' } },
        );
      }
      object.puts++;
      if (store.failPuts && store.failPuts.times > 0) {
        store.failPuts.times--;
        await request.arrayBuffer().catch(() => undefined);
        return new Response('<Error><Code>ServiceUnavailable</Code></Error>', {
          status: store.failPuts.status,
          headers: { 'content-type': 'application/xml' },
        });
      }
      let bytes = 0;
      if (request.body) for await (const chunk of request.body) bytes += chunk.byteLength;
      const declared = request.headers.get('content-length');
      if (declared !== null && Number(declared) !== bytes)
        return new Response('<Error><Code>IncompleteBody</Code></Error>', { status: 400 });
      Object.assign(object, { bytes, contentType: request.headers.get('content-type') ?? undefined });
      return new Response(null, { status: 200, headers: { etag: `"${key.length}-${bytes}"` } });
    }),
  ];
}
