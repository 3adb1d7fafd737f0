/**
 * The root of every error this SDK throws. `instanceof SdkError` separates our errors from bugs in user code.
 * Messages never contain secrets: they are built from redacted values only (see core/redact.ts).
 */
export class SdkError extends Error {
  override name = 'SdkError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
