/**
 * The files, social, publishing, ads and agent handler groups in one list (files, social, publishing, ads, agent) and their stores, for
 * `trenzHandlers` in ./index.ts and for tests that serve them alone.
 */
import type { RequestHandler } from 'msw';
import { trenzAdsHandlers } from './ads.js';
import { trenzAgentHandlers } from './agent.js';
import type { TrenzEmulatorContext } from './common.js';
import { trenzFileHandlers } from './files.js';
import { trenzPublishingHandlers } from './publishing.js';
import { trenzSocialHandlers } from './social.js';

export { adsStore, TrenzAdsStore } from './ads.js';
export { AGENT_CHAT_COST, agentStore, TrenzAgentStore } from './agent.js';
export { EMULATOR_BUCKET, EMULATOR_STORAGE_PATH, TrenzUploadStore, uploadStore, type StoredObject } from './files.js';
export {
  PUBLISH_COST_PER_TARGET,
  publishStore,
  TrenzPublishStore,
  type EmulatedPublication,
  type EmulatedSession,
} from './publishing.js';
export { socialStore, TrenzSocialStore, type EmulatedAccount, type EmulatedComment } from './social-state.js';

/** Files, Social (with publishing), Ads and Agent handlers. */
export function trenzSocialGroupHandlers(ctx: TrenzEmulatorContext): RequestHandler[] {
  return [
    ...trenzFileHandlers(ctx),
    ...trenzPublishingHandlers(ctx),
    ...trenzSocialHandlers(ctx),
    ...trenzAdsHandlers(ctx),
    ...trenzAgentHandlers(ctx),
  ];
}
