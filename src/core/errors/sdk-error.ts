/** Marks the SDK's error classes and their instances, across copies of the package (the ESM and the CommonJS build). */
const BRAND = Symbol.for('social-commerce-sdk.error');

/**
 * The root of every error this SDK throws. `instanceof SdkError` separates our errors from bugs in user code.
 * Messages never contain secrets: they are built from redacted values only (see core/redact.ts).
 *
 * `instanceof` works across the ESM and CommonJS builds: an application whose dependencies load both (the "dual
 * package hazard") gets errors from one copy and classes from the other. The check then compares the class names
 * along the error's prototype chain, for classes of this SDK only (both marked with a `Symbol.for` brand).
 */
export class SdkError extends Error {
  override name = 'SdkError';
  /** @internal */
  static readonly [BRAND] = true;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }

  static override [Symbol.hasInstance](this: { name: string }, value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    if (typeof value !== 'object' || value === null) return false;
    for (
      let proto = Object.getPrototypeOf(value);
      proto !== null && proto !== Object.prototype;
      proto = Object.getPrototypeOf(proto)
    ) {
      const ctor = (proto as { constructor?: { name?: string; [BRAND]?: boolean } }).constructor;
      if (ctor?.[BRAND] === true && ctor.name === this.name) return true;
    }
    return false;
  }
}
