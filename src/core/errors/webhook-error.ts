import { SdkError } from './sdk-error.js';

/** A webhook's signature did not verify, or its body could not be read as the API sends it. */
export class WebhookVerificationError extends SdkError {
  override name = 'WebhookVerificationError';
  readonly api: string;

  constructor(api: string, reason: string) {
    super(
      `${api} webhook rejected: ${reason}. Verify against the raw request body exactly as received ` +
        '(a Buffer or string read before any JSON body parser), and check the app secret for stray whitespace.',
    );
    this.api = api;
  }
}
