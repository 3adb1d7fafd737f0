/**
 * `social-commerce-sdk/local-service`: TikTok Local Service (SaaS) product management APIs.
 * @packageDocumentation
 */
export {
  LocalService,
  LOCAL_SERVICE_BASE_URL,
  type LocalServiceOptions,
  type LocalServiceTokenOptions,
  type LocalServiceCredentialOptions,
  type LocalServiceCommonOptions,
} from './client.js';
export { LocalServiceProducts, type Acknowledgement } from './resources/products.js';
export { localServiceApi } from './api.js';
export type { RouteCorrection, RouteCorrections, RouteInfo, RouteProvenance } from '../core/routes.js';
export { LocalServiceHolidays } from './resources/holidays.js';
export { LocalServiceWebhooks } from './resources/webhooks.js';
export { MERCHANT_TOKEN_PATH, type MerchantToken } from './merchant-token.js';
export { EndpointRateLimiter, LOCAL_SERVICE_QPS, DEFAULT_WINDOW_MARGIN_MS, type LocalServiceRateLimit } from './rate-limit.js';
export { LOCAL_SERVICE_ERROR_CODES } from './errors.js';
export { routes as localServiceRoutes, type LocalServiceEndpointPath } from './routes.js';
export { ProductType, OtherNoteType, type EnumValue, type Pagination, type NextPagination } from './schemas/common.js';
export type {
  SaveProductParams,
  UpdateWithoutReviewParams,
  ProductFreeAudit,
  ProductActionParams,
  ListProductsParams,
  RetrieveProductParams,
  CategoriesParams,
  ShopsParams,
  HolidaysParams,
} from './schemas/params.js';
export type { LocalServicePage, ProductSummaryPage, LocalServiceShopPage } from './page-types.js';
export type {
  CategoryPath,
  ProductSummary,
  LocalServiceProduct,
  ProductDetail,
  ProductDetailResult,
  CategoryNode,
  CategoryTree,
  LocalServiceShop,
  Holiday,
  HolidayCalendar,
  ProductListData,
  ShopListData,
} from './schemas/models.js';
export { groupBuyingCoupon, parseGroupBuyingCoupon, REQUIRED_COUPON_KEYS, type AttrKeyValueMap } from './coupon/build.js';
export type {
  GroupBuyingCoupon,
  ValidGroupBuyingCoupon,
  I18nText,
  CouponImage,
  CouponItem,
  CouponItemGroup,
  CouponStock,
  CouponUseDate,
  CouponUseTime,
  CouponUnusableDates,
  CouponAppointment,
  CouponConsumptionConvention,
  CouponNote,
  CouponPurchaseLimit,
} from './coupon/schema.js';
export {
  parseLocalServiceWebhook,
  PRODUCT_STATUS_EVENT,
  type LocalServiceWebhookEvent,
  type ProductStatusEvent,
  type GenericLocalServiceEvent,
  type ProductStatusContent,
  type LocalServiceWebhookBase,
} from './webhooks.js';

// Every SDK error class, so that one import is enough.
export * from '../core/errors/index.js';
