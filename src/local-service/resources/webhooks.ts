import { parseLocalServiceWebhook, type LocalServiceWebhookEvent } from '../webhooks.js';

/** `ls.webhooks`: inbound events. */
export class LocalServiceWebhooks {
  /**
   * Parses a webhook body as received (string, bytes, or an already-parsed object). A product status event
   * (`product.status.doman_sync`) comes back with `kind: 'product_status'` and its `content` decoded and
   * validated; other events pass through with `kind: 'unknown'`. No signature is documented (n/g in seed 001).
   */
  parse(body: string | Uint8Array | Record<string, unknown>): LocalServiceWebhookEvent {
    return parseLocalServiceWebhook(body);
  }
}
