/** Test wiring: a `Trenz` client on a fresh in-process emulator. */
import type { CoreOptions } from '../../src/core/options.js';
import { createTrenzEmulator, type CreateTrenzEmulatorOptions } from '../../src/testing/trenz/index.js';
import type { TrenzAuthScheme } from '../../src/trenz/auth.js';
import { Trenz } from '../../src/trenz/client.js';

export interface SetupOptions extends CreateTrenzEmulatorOptions {
  client?: CoreOptions;
  /** The key the client sends. Default: the emulator's. */
  apiKey?: string;
  authScheme?: TrenzAuthScheme;
}

/** Tasks take 40 ms unless told otherwise; retries wait at most 5 ms. */
export function setup(options: SetupOptions = {}) {
  const { client, apiKey, authScheme, ...emulatorOptions } = options;
  const emu = createTrenzEmulator({ taskDurationMs: 40, ...emulatorOptions });
  const trenz = new Trenz({
    apiKey: apiKey ?? emu.apiKey,
    ...(authScheme ? { authScheme } : {}),
    dispatcher: emu.dispatcher,
    maxRetryDelay: 5,
    logLevel: 'off',
    ...client,
  });
  return {
    emu,
    trenz,
    data: trenz.data,
    content: trenz.content,
    contentCreation: trenz.contentCreation,
    tasks: trenz.tasks,
    account: trenz.account,
  };
}

/** Fast polling for tests: the emulator's tasks take tens of ms. */
export const FAST = { pollInterval: 5, timeout: 5_000 } as const;
