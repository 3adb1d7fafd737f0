import type { WebhookOptions } from '../../core/webhook-guards.js';
import { parseLocalServiceWebhook, type LocalServiceWebhookEvent } from '../webhooks.js';

/** `ls.webhooks`: inbound events. */
export class LocalServiceWebhooks {
  /**
   * Parses a webhook body as received (string, bytes, or an already-parsed object). A product status event
   * (`product.status.doman_sync`) comes back with `kind: 'product_status'` and its `content` decoded and
   * validated; other events pass through with `kind: 'unknown'`. No signature is documented (the Local Service docs give none).
   * `options`: the body size limit and the replay window (see {@link WebhookOptions}).
   */
  parse(body: string | Uint8Array | Record<string, unknown>, options?: WebhookOptions): LocalServiceWebhookEvent {
    return parseLocalServiceWebhook(body, options);
  }
}
