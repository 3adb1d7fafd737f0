import { SdkError } from './sdk-error.js';

/** A client was constructed with a missing or invalid option. Thrown at construction, never at the first call. */
export class ConfigurationError extends SdkError {
  override name = 'ConfigurationError';
}
