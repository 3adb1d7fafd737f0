/**
 * Checks every webhook receiver applies before trusting a body: a size limit, enforced before the body is hashed
 * or parsed (anyone can post to a webhook URL), and an optional replay window against the event's own time.
 */
import { WebhookVerificationError } from './errors/index.js';

/** Options of a webhook `verify` / `parse`. */
export interface WebhookOptions {
  /**
   * Largest body accepted, in bytes. A larger one is rejected before it is hashed or parsed, so a flood of big
   * unsigned posts costs almost nothing. Default 1 048 576 (1 MiB); webhook events are a few KiB.
   */
  maxBodyBytes?: number;
  /**
   * Replay window in seconds: an event whose own time (TikTok Shop `timestamp`, Local Service `create_time`, Unix
   * seconds) is further than this from now is rejected, so a captured delivery cannot be replayed later. Default:
   * off. Keep it longer than the API's redelivery schedule you accept (a redelivery keeps the event's time), allow
   * for clock differences, and still de-duplicate events by id: a replay inside the window passes.
   */
  toleranceSeconds?: number;
  /** Unix seconds now, for the replay window. Default: the system clock. */
  nowSeconds?: number;
}

export const DEFAULT_WEBHOOK_MAX_BYTES = 1024 * 1024;

/** Rejects a body over the limit without reading it: a string's UTF-8 size is bounded by its length first. */
export function checkBodySize(api: string, body: string | Uint8Array, options: WebhookOptions | undefined): void {
  const max = options?.maxBodyBytes ?? DEFAULT_WEBHOOK_MAX_BYTES;
  let size: number;
  if (typeof body !== 'string') size = body.byteLength;
  else if (body.length > max)
    size = body.length; // at least this many bytes
  else size = body.length * 3 <= max ? 0 : Buffer.byteLength(body, 'utf8');
  if (size > max) {
    throw new WebhookVerificationError(
      api,
      `the body is larger than maxBodyBytes (${max} bytes), so it was not read; webhook events are small. Raise ` +
        'the maxBodyBytes option only if the API really sends events this large',
      '',
    );
  }
}

/** Rejects an event outside the replay window (when one is set). `time` is the event's Unix time as sent. */
export function checkReplayWindow(api: string, field: string, time: unknown, options: WebhookOptions | undefined): void {
  const tolerance = options?.toleranceSeconds;
  if (tolerance === undefined) return;
  let seconds = typeof time === 'number' ? time : typeof time === 'string' && time.trim() !== '' ? Number(time) : NaN;
  if (!Number.isFinite(seconds)) {
    throw new WebhookVerificationError(
      api,
      `the event has no \`${field}\` to check the replay window (toleranceSeconds) against`,
      '',
    );
  }
  if (seconds > 1e12) seconds = Math.floor(seconds / 1000); // milliseconds
  const now = options?.nowSeconds ?? Math.floor(Date.now() / 1000);
  const skew = Math.abs(now - seconds);
  if (skew > tolerance) {
    throw new WebhookVerificationError(
      api,
      `the event's \`${field}\` (${seconds}) is ${skew} s ${seconds < now ? 'in the past' : 'in the future'}, outside the ` +
        `replay window of ${tolerance} s (toleranceSeconds): a delivery replayed later, or a clock that is off`,
      'De-duplicate deliveries by their event id as well: a replay inside the window passes this check.',
    );
  }
}
