import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { defineEndpoint, type EndpointParams } from '../core/endpoint.js';
import { AbortError, ApiError, ConnectionError, TimeoutError, apiErrorClassForStatus } from '../core/errors/index.js';
import { splitUrl } from '../core/http.js';
import { sendRequest } from '../core/send-request.js';
import type { CallOptions } from '../core/options.js';
import { ApiResource } from '../core/resource.js';
import type { TrenzMeta } from './meta.js';

/** The presigned URL is valid for one hour (Trenz docs: Video Publishing, Step 1): the default upload timeout. */
export const PRESIGNED_URL_TTL_MS = 3_600_000;

const presignedUploadShape = z.looseObject({
  presigned_url: z.string(),
  object_key: z.string(),
  s3_bucket: z.string(),
  cdn_url: z.string(),
});
/** A presigned upload slot. Keep `object_key` and `s3_bucket`: later calls name them `bucket_key`/`bucket_name`. */
export interface PresignedUpload extends z.output<typeof presignedUploadShape> {}
export const PresignedUpload: z.ZodType<PresignedUpload> = presignedUploadShape;

/** Route table of the File Upload group. */
export const fileRoutes = {
  /**
   * Generate Presigned Upload URL: documented path (Trenz docs: Video Publishing, Step 1), under the File Upload
   * tag though it lives in `/social/`. Safe to retry: a replay only mints another unused upload slot.
   */
  createUploadUrl: defineEndpoint({
    name: 'files.createUploadUrl',
    method: 'POST',
    path: '/open/v1/social/upload/presigned-url',
    body: z.object({ file_name: z.string().min(1) }),
    response: PresignedUpload,
    retrySafe: true,
  }),
} as const;

/** What {@link TrenzFiles.upload} accepts: a file path (streamed, re-opened on retry), bytes, or a stream. */
export type UploadSource = string | Uint8Array | NodeJS.ReadableStream | AsyncIterable<Uint8Array>;

/** Progress of one upload, reported per chunk handed to the socket. */
export interface UploadProgress {
  /** Bytes read from the source in this attempt. */
  loaded: number;
  /** The size in bytes, when known (always for paths and bytes; for streams only when `size` was given). */
  total: number | undefined;
  /** 1 for the first PUT, 2+ for a retry (which restarts `loaded` at 0). */
  attempt: number;
}

export interface UploadOptions {
  /** Name sent to Trenz (`file_name`). Default: the path's base name; required in practice for bytes/streams, else `upload.bin`. */
  fileName?: string;
  /** `Content-Type` of the PUT (the Trenz docs use `video/mp4`). Default: from the file name's extension, else `application/octet-stream`. */
  contentType?: string;
  /**
   * Size in bytes. Read from the file for paths and from `byteLength` for bytes. For a stream, give it: it is sent
   * as `Content-Length` (object stores generally refuse chunked PUTs) and enables the platform size checks.
   */
  size?: number;
  /** Called for each chunk read from the source. An exception thrown here aborts the upload. */
  onProgress?: (progress: UploadProgress) => void;
  /** Aborts the presigned-URL call or the PUT. */
  signal?: AbortSignal;
  /** Time limit in ms for one PUT attempt, body included. Default 1 hour, the presigned URL's lifetime. */
  timeout?: number;
  /**
   * Retries of the PUT after a connection error, a timeout or a 408/429/5xx. Default 2. Only sources that can be
   * read again are retried: a path (re-opened) or bytes. A stream is consumed by the first attempt and never replayed.
   */
  maxRetries?: number;
}

/** The uploaded object, named both ways: as step 1 returns it and as the later calls want it. */
export interface UploadedFile {
  object_key: string;
  s3_bucket: string;
  cdn_url: string;
  /** = `s3_bucket`, the name `check-info` and `upload-and-publish` use. */
  bucket_name: string;
  /** = `object_key`. */
  bucket_key: string;
  /** Bytes sent. */
  size: number;
  contentType: string;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.mov': 'video/quicktime',
  '.webm': 'video/webm',
  '.avi': 'video/x-msvideo',
  '.mkv': 'video/x-matroska',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
};

/** The content type implied by a file name's extension, or `application/octet-stream`. */
export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** The size a source is known to have: a file's size, bytes' length, or the caller's `size`. */
export async function sourceSize(source: UploadSource, size?: number): Promise<number | undefined> {
  if (size !== undefined) return size;
  if (typeof source === 'string') return (await stat(source)).size;
  if (source instanceof Uint8Array) return source.byteLength;
  return undefined;
}

/**
 * File upload (Trenz docs: Video Publishing, Step 1): a presigned URL from Trenz, then a streamed PUT of the file
 * straight to object storage.
 *
 * ```ts
 * const file = await trenz.files.upload('./clip.mp4', { onProgress: (p) => console.log(p.loaded, p.total) });
 * // file.bucket_name / file.bucket_key go to social.videos.validate() and social.publishing.uploadAndPublish()
 * ```
 */
export class TrenzFiles extends ApiResource<TrenzMeta> {
  /** Step 1.1: a presigned PUT URL valid 1 hour, with `object_key`, `s3_bucket`, `cdn_url`. */
  createUploadUrl(params: EndpointParams<typeof fileRoutes.createUploadUrl>, options?: CallOptions) {
    return this._request(fileRoutes.createUploadUrl, [], params, options);
  }

  /**
   * Both upload steps: asks for a presigned URL, then PUTs the file to it as a stream (never read whole into
   * memory), with `Content-Type` and `Content-Length`, reporting progress. The API key is not sent to the
   * storage host. Resolves with the object's names for the publishing calls.
   */
  async upload(source: UploadSource, options: UploadOptions = {}): Promise<UploadedFile> {
    const fileName = options.fileName ?? (typeof source === 'string' ? basename(source) : 'upload.bin');
    const contentType = options.contentType ?? contentTypeFor(fileName);
    const size = await sourceSize(source, options.size);
    const slot = await this.createUploadUrl({ file_name: fileName }, options.signal ? { signal: options.signal } : undefined);
    const sent = await this.put(slot.presigned_url, source, { ...options, contentType, size });
    return {
      object_key: slot.object_key,
      s3_bucket: slot.s3_bucket,
      cdn_url: slot.cdn_url,
      bucket_name: slot.s3_bucket,
      bucket_key: slot.object_key,
      size: sent,
      contentType,
    };
  }

  /**
   * Step 1.2: PUTs `source` to a presigned URL as a stream. Returns the bytes sent.
   * The URL is never logged or put into errors (its query is a signature).
   */
  async put(
    url: string,
    source: UploadSource,
    options: UploadOptions & { contentType: string; size?: number | undefined },
  ): Promise<number> {
    const maxRetries = options.maxRetries ?? 2;
    const replayable = typeof source === 'string' || source instanceof Uint8Array;
    for (let attempt = 1; ; attempt++) {
      let loaded = 0;
      const headers: Record<string, string> = { 'content-type': options.contentType };
      if (options.size !== undefined) headers['content-length'] = String(options.size);
      const body = counted(open(source), (n) => {
        loaded += n;
        options.onProgress?.({ loaded, total: options.size, attempt });
      });
      try {
        const res = await sendRequest({
          api: 'Trenz',
          endpoint: 'PUT {presigned_url}',
          ...splitUrl(url),
          method: 'PUT',
          headers,
          body,
          timeout: options.timeout ?? PRESIGNED_URL_TTL_MS,
          signal: options.signal,
          dispatcher: this._client.dispatcher,
        });
        if (res.status >= 200 && res.status < 300) return loaded;
        throw putError(res.status, res.headers, res.text);
      } catch (err) {
        const transient =
          err instanceof ConnectionError || err instanceof TimeoutError || (err instanceof ApiError && err.retryable);
        if (!transient || !replayable || attempt > maxRetries || options.signal?.aborted) throw err;
        this._client.log.info('retrying Trenz PUT {presigned_url}', { attempt, reason: err.name });
        try {
          await sleep(
            Math.random() * 500 * 2 ** (attempt - 1),
            undefined,
            options.signal ? { signal: options.signal } : undefined,
          );
        } catch {
          throw new AbortError();
        }
      }
    }
  }
}

/** A fresh read of the source: paths are re-opened per attempt, bytes are sliced into 64 KiB chunks. */
async function* open(source: UploadSource): AsyncGenerator<Uint8Array> {
  if (typeof source === 'string') {
    yield* createReadStream(source, { highWaterMark: 64 * 1024 }) as AsyncIterable<Uint8Array>;
  } else if (source instanceof Uint8Array) {
    for (let i = 0; i < source.byteLength; i += 64 * 1024) yield source.subarray(i, i + 64 * 1024);
  } else {
    for await (const chunk of source as AsyncIterable<Uint8Array | string>) {
      yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    }
  }
}

/** Passes chunks through, counting them as the transport pulls them (backpressure keeps memory at one chunk). */
async function* counted(chunks: AsyncIterable<Uint8Array>, onChunk: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    onChunk(chunk.byteLength);
    yield chunk;
  }
}

function putError(status: number, headers: Record<string, string>, text: string): ApiError {
  const Cls = apiErrorClassForStatus(status);
  const expired = status === 403;
  return new Cls({
    api: 'Trenz',
    endpoint: 'PUT {presigned_url}',
    status,
    message: `object storage answered HTTP ${status}`,
    retryable: status === 408 || status === 429 || status >= 500,
    headers,
    bodyExcerpt: text.slice(0, 300) || undefined,
    hint: expired
      ? 'The presigned URL was refused: it is valid for 1 hour and only for the content type it was made for. Call files.upload() again for a fresh URL.'
      : undefined,
  });
}
