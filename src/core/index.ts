// The core's public building blocks, re-exported from the package root.
export * from './errors/index.js';
export {
  defineEndpoint,
  type Endpoint,
  type EndpointItem,
  type EndpointParams,
  type EndpointResult,
  type EndpointSpec,
  type HttpMethod,
  type PathArgs,
} from './endpoint.js';
export { ApiResource } from './resource.js';
export {
  describeRoutes,
  provenanceOf,
  type RouteCorrection,
  type RouteCorrections,
  type RouteInfo,
  type RouteProvenance,
} from './routes.js';
export type { PageCursor } from './cursors.js';
export type { AuthStrategy, PreparedRequest, WireBody } from './auth.js';
export type { Envelope, ResponseMeta, DecodedResponse } from './envelope.js';
export type { CoreOptions, CallOptions, PageOptions } from './options.js';
export type { Logger, LogLevel } from './logger.js';
export type { RateLimiter, RateLimitOptions, RateLimitScope } from './rate-limit.js';
export type { ValidationMode } from './validation.js';
export { MemoryTokenStore, type TokenStore, type RefreshLock } from './tokens.js';
export { Page, PagePromise } from './pagination.js';
export type { WaitOptions } from './tasks.js';
export type { SSEEvent } from './sse.js';
export type { WebhookOptions } from './webhook-guards.js';
export type { WithMeta } from './client.js';
export { ResponseWindow, type ResponseWindowOptions } from './response-window.js';
export {
  MemoryCheckpointStore,
  JsonFileCheckpointStore,
  type CheckpointStore,
  type JsonFileCheckpointStoreOptions,
  type SyncCheckpoint,
  type SyncOptions,
  type SyncResult,
} from './sync/index.js';
