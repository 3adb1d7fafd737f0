/**
 * `social-commerce-sdk/testing`: the emulator's base. msw handlers served in-process through an
 * undici dispatcher or over loopback HTTP, with scripted faults and a request journal.
 * `createEmulator()` / `startEmulator()` emulate all three APIs at once; the per-API emulators are exported too.
 * @packageDocumentation
 */
export {
  FaultPlan,
  type DelayFault,
  type Fault,
  type FaultMatch,
  type FaultPlanOptions,
  type FaultRule,
  type ResetFault,
  type StatusFault,
  type TruncateFault,
} from './faults.js';
export { RequestJournal, type JournalEntry, type JournalOptions } from './journal.js';
export type { MethodMatcher, PathMatcher } from './match.js';
export type { HandlerSource } from './resolve.js';
export { MswDispatcher, UnhandledRequestError, createMswDispatcher, type MswDispatcherOptions } from './dispatcher.js';
export { serveHandlers, type EmulatorServer, type ServeOptions } from './server.js';
export * from './tiktok-shop/index.js';
export * from './trenz/index.js';
export * from './local-service/index.js';
export {
  EMULATOR_CREDENTIALS,
  EMULATOR_HOME_ORIGIN,
  createEmulator,
  emulatorEnv,
  exportLines,
  originForPath,
  startEmulator,
  type Emulator,
  type EmulatorOptions,
  type EmulatorSamples,
  type EmulatorNow,
  type EmulatorTokens,
  type RunningEmulator,
  type StartEmulatorOptions,
} from './emulator.js';
