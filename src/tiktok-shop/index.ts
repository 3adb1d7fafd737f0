/**
 * `social-commerce-sdk/tiktok-shop`: the TikTok Shop Partner API client (app -> seller -> shop), its request
 * signer, token storage, webhook verification and types.
 * @packageDocumentation
 */
export { TikTokShop, TIKTOK_SHOP_AUTH_BASE_URL, TIKTOK_SHOP_BASE_URL, type TikTokShopOptions } from './client.js';
export { TikTokShopSeller } from './seller.js';
export { TikTokShopShop } from './shop.js';
export { tiktokShopOperations, type TikTokShopOperation } from './operations.js';
export type { RouteParams, RoutePath, RouteResult, SellerRouteId, ShopRouteId } from './call.js';
export type { UploadSource as TikTokShopUploadSource } from './upload.js';
export { modelsBuilt as tiktokShopModelsBuilt } from './model.js';
// The model types of every generated operation (Fulfillment202309ShipPackageRequestBody, ...): types only.
export type * from './generated/models/index.js';
// The generated resources (shop.fulfillment, seller.account, ...), for typing your own code.
export * from './generated/resources/index.js';
export { TikTokShopOAuth, AUTHORIZE_URLS, type AuthorizationUrlOptions } from './oauth.js';
export { ServerClock } from './clock.js';
export { signRequest, createSigner, signingString, type SignInput, type Signer } from './signer.js';
export { TikTokShopCode } from './errors.js';
export type { TikTokShopTokenStore } from './tokens.js';
export { MemoryTokenStore, type RefreshLock } from '../core/tokens.js';
export { MemoryCheckpointStore, JsonFileCheckpointStore, type CheckpointStore } from '../core/sync/index.js';
export { TikTokShopWebhooks, type WebhookHeaders } from './webhooks.js';
export type {
  TikTokShopWebhookEvent,
  KnownWebhookEvent,
  UnknownWebhookEvent,
  WebhookEventKind,
  WebhookEventBase,
  WebhookEventOf,
  OrderStatusChangeEvent,
  OrderStatusChangeData,
  ReverseOrderStatusChangeEvent,
  ReverseOrderStatusChangeData,
  RecipientAddressUpdateEvent,
  RecipientAddressUpdateData,
  PackageUpdateEvent,
  PackageUpdateData,
  ProductStatusChangeEvent,
  ProductStatusChangeData,
  SellerDeauthorizationEvent,
  SellerDeauthorizationData,
  UpcomingAuthorizationExpirationEvent,
  UpcomingAuthorizationExpirationData,
  ReturnStatusChangeEvent,
  ReturnStatusChangeData,
} from './webhook-events.js';
export { ShopProducts, SellerProducts } from './resources/products.js';
export type {
  AttributesParams,
  BrandsParams,
  CategoriesParams,
  CategoryVersion,
  DiagnoseParams,
  GetProductParams,
  GlobalCategoriesParams,
} from './resources/products.js';
export { ShopOrders, type OrderGetParams, type OrderSearchParams, type OrderStatus } from './resources/orders.js';
export type { OrderSyncCheckpoint, OrderSyncOptions, OrderSyncResult } from './order-sync.js';
export { ORDER_STATUSES } from './order-status.js';
export { tiktokShopApi } from './api.js';
export { SellerAuthorization } from './resources/authorization.js';
export { routes as tiktokShopRoutes, tokenRoutes as tiktokShopTokenRoutes, MAX_ORDER_IDS, MAX_DIAGNOSE_IDS } from './routes.js';
export type { TokenSet, Shop } from './schemas/auth.js';
export type { Product, ProductSku, SalesAttribute } from './schemas/product.js';
export type { Attribute, Brand, Category, ProductDiagnosis } from './schemas/catalog.js';
export type { TikTokShopPage, OrderPage, OrderPagePromise } from './page-types.js';
export type {
  Order,
  OrderDetailData,
  OrderLineItem,
  OrderListData,
  OrderPackage,
  OrderPayment,
  RecipientAddress,
} from './schemas/order.js';
export type { PriceDetail, PriceDetailLineItem } from './schemas/price-detail.js';
export type { Image, IdName } from './schemas/common.js';

// Every SDK error class, so that one import is enough.
export * from '../core/errors/index.js';
