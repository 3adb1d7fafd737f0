import { SdkError } from './sdk-error.js';

/** What to check when a signature or body does not verify: the usual causes. */
const RAW_BODY_ADVICE =
  'Verify against the raw request body exactly as received (a Buffer or string read before any JSON body parser), ' +
  'and check the app secret for stray whitespace.';

/** A webhook's signature did not verify, or its body could not be read as the API sends it. */
export class WebhookVerificationError extends SdkError {
  override name = 'WebhookVerificationError';
  readonly api: string;

  /** `advice` replaces the raw-body advice, for rejections it does not explain (a size limit, a replay window). */
  constructor(api: string, reason: string, advice: string = RAW_BODY_ADVICE) {
    super(`${api} webhook rejected: ${reason}.${advice ? ` ${advice}` : ''}`);
    this.api = api;
  }
}
