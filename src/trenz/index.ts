/**
 * `social-commerce-sdk/trenz`: the Trenz Open Platform client, its parameter tables, types and errors.
 *
 * ```ts
 * import { Trenz, PRODUCT_CATEGORIES } from 'social-commerce-sdk/trenz';
 * const trenz = new Trenz(); // TRENZ_API_KEY
 * for await (const p of trenz.data.products.search({ country: 'us', category: 601450 })) console.log(p.product_name);
 * ```
 * @packageDocumentation
 */
export { Trenz, TRENZ_BASE_URL, type TrenzOptions } from './client.js';
export { trenzApi } from './api.js';
export type { TrenzAuthScheme } from './auth.js';
export type { TrenzMeta, TrenzPage, TrenzResult, TrenzUsage } from './meta.js';
export type { TrenzList } from './route-kit.js';
export { InsufficientCreditsError, TRENZ_ERROR_CODES, isRouteNotFound } from './errors.js';
export type { RouteCorrection, RouteCorrections, RouteInfo, RouteProvenance } from '../core/routes.js';
export {
  formatProbeTable,
  probeSkipReason,
  probeTrenzRoutes,
  type ProbeTrenzOptions,
  type ProbeVerdict,
  type RouteProbeResult,
  type TrenzProbeReport,
} from './probe.js';

// Parameter tables (the allowed values the Trenz docs print).
export {
  AD_TYPES,
  COUNTRIES,
  CREATOR_CATEGORIES,
  PRODUCT_CATEGORIES,
  SELLER_TYPES,
  type AdType,
  type Country,
  type CreatorCategoryId,
  type ProductCategoryId,
  type SellerType,
} from './params/tables.js';
export { PRODUCT_SEARCH_MAX_PAGE_SIZE } from './params/schemas.js';

// Data, Content, Tasks, Account.
export {
  TrenzData,
  TrenzAdCreatives,
  TrenzCreatives,
  TrenzCreators,
  TrenzLives,
  TrenzProducts,
  TrenzSellers,
  TrenzVideos,
  dataRoutes,
} from './data/index.js';
export type * from './data/schemas.js';
export {
  TrenzContent,
  TrenzContentCreation,
  TrenzAiAnalysis,
  TrenzAiCopywriting,
  TrenzAiImage,
  TrenzAiResource,
  TrenzAiVideo,
  TrenzCreationVideo,
  TrenzMaterials,
  contentRoutes,
  type AiRequest,
  type MaterialSearchResult,
} from './content/index.js';
export {
  TrenzTask,
  TrenzTasks,
  taskRoutes,
  type TrenzTaskStatus,
  type TrenzTaskStatusWord,
  type TrenzWaitOptions,
} from './tasks.js';
export { TrenzAccount, accountRoutes, type TrenzAccountInfo } from './account.js';

// Files, Social, Ads, Agent.
export {
  TrenzFiles,
  fileRoutes,
  type PresignedUpload,
  type UploadSource,
  type UploadOptions,
  type UploadProgress,
  type UploadedFile,
} from './files.js';
export {
  TrenzSocial,
  TrenzSocialAccounts,
  TrenzSocialAnalytics,
  TrenzSocialComments,
  TrenzSocialPublishing,
  TrenzSocialShop,
  TrenzSocialTools,
  TrenzSocialVideos,
  socialRoutes,
  PublishOutcomeUnknownError,
  VideoValidationError,
  QrLoginExpiredError,
  PLATFORM_SIZE_LIMITS,
  type PublicationResult,
  type PublishProgress,
  type PublishStage,
  type PublishVideoInput,
  type PublishVideoOptions,
  type PublishVideoResult,
  type PublishSession,
  type PublicationInput,
  type UploadAndPublishInput,
  type WaitForSessionOptions,
  type WaitForQrLoginOptions,
  type QrLogin,
  type QrStatus,
  type PublishingRecord,
  type VideoCheck,
  type Comment,
} from './social/index.js';
export {
  TrenzAds,
  TrenzAdAccounts,
  TrenzAdCampaigns,
  TrenzAdLandingPages,
  TrenzAdLeads,
  TrenzAdReports,
  adsRoutes,
} from './ads/index.js';
export {
  TrenzAgent,
  TrenzAgentReports,
  TrenzAgentSessions,
  AgentChatStream,
  AgentStreamError,
  agentRoutes,
  type AgentEvent,
  type AgentSessionEvent,
  type AgentDeltaEvent,
  type AgentReportEvent,
  type AgentDoneEvent,
  type AgentErrorEvent,
  type AgentOtherEvent,
} from './agent/index.js';

// Every SDK error class, so that one import is enough.
export * from '../core/errors/index.js';
export { Page, PagePromise } from '../core/pagination.js';
