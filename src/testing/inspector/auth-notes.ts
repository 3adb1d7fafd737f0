/**
 * What an emulator handler decided about a request's credentials, kept for the request inspector. A handler notes
 * its verdict on the very `Request` object the transport handed it (msw passes that object through to resolvers),
 * so no request id travels through the handlers and nothing is formatted on the hot path: the inspector reads the
 * note once the response is known and builds its view only when someone looks.
 */

/** Why the TikTok Shop emulator refused a request, in the order its checks run (TikTok Shop docs: Common errors). */
export type TikTokShopRule =
  | 'bad app_key'
  | 'missing sign'
  | 'invalid timestamp'
  | 'timestamp too old'
  | 'timestamp in the future'
  | 'bad content-type'
  | 'bad signature'
  | 'invalid access token'
  | 'expired access token'
  | 'missing shop_cipher'
  | 'unexpected shop_cipher'
  | 'shop not authorized';

/** A signed TikTok Shop request: which check failed, and what the signature check needs to be explained. */
export interface TikTokShopAuthNote {
  readonly api: 'tiktok-shop';
  /** The first failed check; undefined when every check passed. */
  rule: TikTokShopRule | undefined;
  /** The signature the emulator computed, when it got that far (the view computes it otherwise). */
  expectedSign: string | undefined;
  /** The key the emulator signs with. Kept in memory to recompute a signature; never serialized. */
  readonly appSecret: string;
  /** The emulator's clock when it checked the timestamp (Unix seconds). */
  readonly nowSeconds: number;
}

/** An API-key (Trenz) or bearer-token (Local Service) check. */
export interface HeaderAuthNote {
  readonly api: 'trenz' | 'local-service';
  /** Which header carried the credential (`x-api-key`, `authorization`), or undefined when none did. */
  readonly header: string | undefined;
  /** `ok`, or what was wrong (`missing key`, `invalid key`, `missing token`, `invalid or expired token`...). */
  readonly verdict: string;
}

export type AuthNote = TikTokShopAuthNote | HeaderAuthNote;

const notes = new WeakMap<Request, AuthNote>();

/** Records a handler's verdict on `request` (the latest note wins). Cheap: one WeakMap write. */
export function noteAuth<T extends AuthNote>(request: Request, note: T): T {
  notes.set(request, note);
  return note;
}

/** The verdict a handler noted on `request`, if any. */
export function authNoteOf(request: Request): AuthNote | undefined {
  return notes.get(request);
}
