/**
 * Opaque page tokens like the API's (TikTok Shop docs: Get Order List): base64 with `+` and `/` in them, so a client
 * that does not percent-encode its query (an unencoded `+` becomes a space) gets a sign error or a wrong page.
 */
const PREFIX = Buffer.from([0xfb, 0xff, 0xbf]); // encodes to "+/+/"

export function encodePageToken(offset: number): string {
  return Buffer.concat([PREFIX, Buffer.from(`offset=${offset}`)]).toString('base64');
}

/** The offset in a token, 0 for none, or undefined for a token this emulator did not issue. */
export function decodePageToken(token: string | null): number | undefined {
  if (!token) return 0;
  const raw = Buffer.from(token, 'base64');
  if (!raw.subarray(0, PREFIX.length).equals(PREFIX)) return undefined;
  const match = /^offset=(\d+)$/.exec(raw.subarray(PREFIX.length).toString('utf8'));
  return match ? Number(match[1]) : undefined;
}

/** One page of `items` from `offset`; `next_page_token` is empty on the last page. */
export function pageOf<T>(items: readonly T[], offset: number, size: number): { page: T[]; next_page_token: string } {
  const page = items.slice(offset, offset + size);
  const end = offset + page.length;
  return { page, next_page_token: end < items.length ? encodePageToken(end) : '' };
}
