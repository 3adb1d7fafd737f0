/**
 * The four upload operations (Upload Product Image, Upload Product File, and the fulfillment delivery image and
 * file) send `multipart/form-data`: the file in the `data` part, the other form fields beside it. Multipart bodies
 * are not signed (TikTok Shop docs: Sign your API request), so the sign covers only the path and query.
 *
 * The file is read into memory before the first attempt, whatever it came as (a path, bytes, a Blob or a stream):
 * TikTok caps these files at a few megabytes, and bytes can be sent again when the API asks for a retry (a 429),
 * where a stream could not.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';

/** A file to upload: a path on disk, its bytes, a `Blob`/`File`, or a readable stream. */
export type UploadSource = string | Uint8Array | ArrayBuffer | Blob | NodeJS.ReadableStream | AsyncIterable<Uint8Array>;

function isUploadSource(value: unknown): value is UploadSource {
  if (typeof value === 'string') return value.length > 0;
  if (value instanceof Uint8Array || value instanceof ArrayBuffer || value instanceof Blob) return true;
  return value !== null && typeof value === 'object' && Symbol.asyncIterator in value;
}

/** The `data` field of an upload: checked locally like any other param. */
export const uploadSource = z.custom<UploadSource>(isUploadSource, {
  message: 'must be a file path, a Buffer/Uint8Array, a Blob or a readable stream',
});

/** A file read into memory, with the name and type its part is sent with. */
interface FilePart {
  bytes: Uint8Array;
  filename: string;
  contentType: string;
}

async function readSource(source: UploadSource): Promise<FilePart> {
  if (typeof source === 'string') {
    const bytes = await readFile(source);
    return { bytes, filename: basename(source), contentType: sniff(bytes) };
  }
  let bytes: Uint8Array;
  let filename = 'upload';
  if (source instanceof Uint8Array) bytes = source;
  else if (source instanceof ArrayBuffer) bytes = new Uint8Array(source);
  else if (source instanceof Blob) {
    bytes = new Uint8Array(await source.arrayBuffer());
    const name = (source as Blob & { name?: unknown }).name;
    if (typeof name === 'string' && name) filename = name;
  } else {
    const chunks: Uint8Array[] = [];
    for await (const chunk of source as AsyncIterable<Uint8Array | string>) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    }
    bytes = Buffer.concat(chunks);
    const path = (source as { path?: unknown }).path; // fs.createReadStream keeps its path
    if (typeof path === 'string' && path) filename = basename(path);
  }
  const contentType = sniff(bytes);
  if (filename === 'upload') filename += EXTENSIONS[contentType] ?? '';
  return { bytes, filename, contentType };
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
  'image/gif': '.gif',
  'image/bmp': '.bmp',
  'application/pdf': '.pdf',
};

/** The media type of the common upload formats, from their first bytes; anything else is sent as octets. */
function sniff(b: Uint8Array): string {
  const starts = (...sig: number[]) => sig.every((v, i) => b[i] === v);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x42, 0x4d)) return 'image/bmp';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'application/pdf';
  if (starts(0x52, 0x49, 0x46, 0x46) && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50) return 'image/webp';
  return 'application/octet-stream';
}

/** Quotes a form field or file name for a Content-Disposition header. */
const quoted = (s: string) => `"${s.replace(/[\r\n"\\]/g, (c) => encodeURIComponent(c))}"`;

/**
 * A `multipart/form-data` body of checked params: `data` as the file part, every other defined field as a text
 * part. Returns the exact bytes to send and their content type (with the boundary).
 */
export async function multipartBody(params: Record<string, unknown>): Promise<{ data: Uint8Array; contentType: string }> {
  const boundary = `----social-commerce-sdk-${randomBytes(12).toString('hex')}`;
  const parts: Uint8Array[] = [];
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    let head = `--${boundary}\r\nContent-Disposition: form-data; name=${quoted(name)}`;
    if (name === 'data') {
      const file = await readSource(value as UploadSource);
      head += `; filename=${quoted(file.filename)}\r\nContent-Type: ${file.contentType}\r\n\r\n`;
      parts.push(Buffer.from(head), file.bytes, Buffer.from('\r\n'));
    } else {
      parts.push(Buffer.from(`${head}\r\n\r\n${typeof value === 'string' ? value : JSON.stringify(value)}\r\n`));
    }
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { data: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
