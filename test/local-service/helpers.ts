import {
  LocalService,
  type LocalServiceCommonOptions,
  type LocalServiceCredentialOptions,
} from '../../src/local-service/index.js';
import {
  LOCAL_SERVICE_TEST_ACCESS_TOKEN,
  LOCAL_SERVICE_TEST_CREDENTIALS,
  createLocalServiceEmulator,
  type LocalServiceEmulatorOptions,
} from '../../src/testing/local-service/index.js';

export const MERCHANT = LOCAL_SERVICE_TEST_CREDENTIALS.merchantId;
export const SAAS = '/v2/localservice/saas';

const quiet = { logLevel: 'off', maxRetryDelay: 5 } as const;

/** An emulator and a client on a static token, talking in process. */
export function withToken(client: LocalServiceCommonOptions = {}, emulator: LocalServiceEmulatorOptions = {}) {
  const emu = createLocalServiceEmulator(emulator);
  const ls = new LocalService({ accessToken: LOCAL_SERVICE_TEST_ACCESS_TOKEN, dispatcher: emu.dispatcher, ...quiet, ...client });
  return { emu, ls };
}

/** An emulator and a client that obtains merchant tokens itself. */
export function withCredentials(client: Partial<LocalServiceCredentialOptions> = {}, emulator: LocalServiceEmulatorOptions = {}) {
  const emu = createLocalServiceEmulator(emulator);
  const ls = new LocalService({ ...LOCAL_SERVICE_TEST_CREDENTIALS, dispatcher: emu.dispatcher, ...quiet, ...client });
  return { emu, ls };
}

/** The most requests that arrived within any sliding window of `windowMs` (arrival times from the journal). */
export function maxInAnyWindow(times: readonly number[], windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= windowMs) start++;
    max = Math.max(max, end - start + 1);
  }
  return max;
}

/** Parsed JSON bodies of the journaled requests to a path. */
export function sentBodies(emu: ReturnType<typeof createLocalServiceEmulator>, path: string): Record<string, unknown>[] {
  return emu.faults.requests('POST', `${SAAS}/${path}`).map((e) => JSON.parse(e.body) as Record<string, unknown>);
}
