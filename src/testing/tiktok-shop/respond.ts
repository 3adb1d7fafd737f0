/** The emulator's envelope `{ code, message, request_id, data }` and the docs' error texts (TikTok Shop docs: Common errors). */
import { HttpResponse, type JsonBodyType } from 'msw';
import type { TikTokShopEmulatorState } from './state.js';

/** Common error messages, verbatim from the TikTok Shop docs' Common errors page. */
export const MESSAGES = {
  badAppKey: 'Invalid credentials. Invalid app_key query parameter.',
  noSign: 'Missing credentials. The request does not include a required signature in the query.',
  badSign: 'Invalid credentials. The sign query parameter is invalid.',
  negativeTimestamp: 'Invalid timestamp. The value of the timestamp query parameter must not be lesser than 0.',
  oldTimestamp:
    'Invalid timestamp. The value of the timestamp query parameter must not be earlier than 5 minutes before the current time.',
  futureTimestamp:
    'Invalid timestamp. The value of the timestamp query parameter must not exceed the current time by more than 30 seconds.',
  badToken: 'Invalid credentials. The x-tts-access-token header is invalid.',
  expiredToken: 'Expired credentials. The access_token or x-tts-access-token header has expired.',
  noCipher: 'Missing identifier. The shop_cipher query parameter is required to identify the target shop.',
  unexpectedCipher: 'Unexpected identifier. The shop_cipher query parameter is not required for this request.',
  wrongShop: 'Invalid query or header. The category_asset_cipher query parameter or x-tts-access-token header is invalid.',
  badFormat:
    'Invalid request format. The request body format must be application/json for structured data or multipart/form-data for binary files.',
} as const;

/** The response builder every handler uses: envelope, request id, and a `Date` header from the emulator's clock. */
export class Responder {
  constructor(private readonly state: TikTokShopEmulatorState) {}

  ok(data: JsonBodyType, message = 'Success'): Response {
    return this.json({ code: 0, message, request_id: this.state.requestId(), data });
  }

  /** An error in the body. The docs give no HTTP status for any code: the emulator uses 200. */
  error(code: number, message: string, status = 200): Response {
    return this.json({ code, message, request_id: this.state.requestId(), data: {} }, status);
  }

  private json(body: JsonBodyType, status = 200): Response {
    return HttpResponse.json(body, { status, headers: { date: new Date(this.state.now()).toUTCString() } });
  }
}
