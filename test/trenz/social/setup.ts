/** Test wiring for the issue-5 groups: the whole Trenz client on the emulator, plus the emulator's stores. */
import {
  adsStore,
  agentStore,
  createTrenzEmulator,
  publishStore,
  socialStore,
  uploadStore,
} from '../../../src/testing/trenz/index.js';
import { Trenz, type TrenzOptions } from '../../../src/trenz/index.js';

export function setupSocial(client: Partial<TrenzOptions> = {}) {
  const emu = createTrenzEmulator({ taskDurationMs: 20 });
  const trenz = new Trenz({ ...emu.clientOptions, maxRetryDelay: 5, ...client });
  const publish = publishStore(emu.ctx);
  publish.stepMs = 15;
  socialStore(emu.ctx).qrStepMs = 15;
  agentStore(emu.ctx).tokenDelayMs = 2;
  return {
    emu,
    trenz,
    publish,
    uploads: uploadStore(emu.ctx),
    social: socialStore(emu.ctx),
    ads: adsStore(emu.ctx),
    agent: agentStore(emu.ctx),
  };
}

/** Session polling for tests: the emulator's sessions take tens of ms. */
export const FAST = { pollInterval: 5, timeout: 5_000 } as const;

/** The journaled JSON bodies of requests to `path`. */
export function bodies(emu: ReturnType<typeof setupSocial>['emu'], path: string): Record<string, unknown>[] {
  return emu.faults.requests('POST', path).map((r) => JSON.parse(r.body) as Record<string, unknown>);
}
