/**
 * Orders, one schema for Get Order List (202309) and Get Order Detail (202507) of the TikTok Shop docs: the two
 * differ by a few fields, all optional here. Line items are per unit, with no quantity (TikTok Shop docs: Order API
 * overview).
 *
 * Each public type is a named interface over its schema's output (`interface Order extends z.output<...>`), and each
 * exported schema is typed by it: editors then show `Order`, `OrderLineItem`... instead of the expanded zod shape.
 */
import { z } from 'zod';
import { ORDER_STATUSES } from '../order-status.js';
import { id, optBool, optId, optInt, optMoney, optStr } from './common.js';

/** Order-level amounts, all decimal strings in `currency`. */
const orderPaymentShape = z.looseObject({
  currency: optStr,
  sub_total: optMoney,
  shipping_fee: optMoney,
  seller_discount: optMoney,
  platform_discount: optMoney,
  total_amount: optMoney,
  original_total_product_price: optMoney,
  original_shipping_fee: optMoney,
  shipping_fee_seller_discount: optMoney,
  shipping_fee_platform_discount: optMoney,
  shipping_fee_cofunded_discount: optMoney,
  tax: optMoney,
  small_order_fee: optMoney,
  shipping_fee_tax: optMoney,
  product_tax: optMoney,
  retail_delivery_fee: optMoney,
  buyer_service_fee: optMoney,
  handling_fee: optMoney,
  shipping_insurance_fee: optMoney,
  item_insurance_fee: optMoney,
});
/** Order-level amounts, all decimal strings (`"117.5"`) in `currency`. */
export interface OrderPayment extends z.output<typeof orderPaymentShape> {}
export const orderPaymentSchema: z.ZodType<OrderPayment> = orderPaymentShape;

/** Absent for ON_HOLD orders and redacted for TikTok-fulfilled or TikTok-shipped ones (Order API overview). */
const recipientAddressShape = z.looseObject({
  full_address: optStr,
  /** Masked, e.g. `(+1)213-***-1234`. */
  phone_number: optStr,
  name: optStr,
  first_name: optStr,
  last_name: optStr,
  first_name_local_script: optStr,
  last_name_local_script: optStr,
  address_detail: optStr,
  address_line1: optStr,
  address_line2: optStr,
  address_line3: optStr,
  address_line4: optStr,
  // The doc text says district_info_list; the wire field is district_info (the docs contradict themselves).
  district_info: z.array(z.looseObject({ address_level_name: optStr, address_name: optStr, address_level: optStr })).optional(),
  delivery_preferences: z.looseObject({ drop_off_location: optStr }).optional(),
  postal_code: optStr,
  region_code: optStr,
  post_town: optStr,
});
/** The buyer's address. Absent for ON_HOLD orders, redacted for TikTok-fulfilled or TikTok-shipped ones. */
export interface RecipientAddress extends z.output<typeof recipientAddressShape> {}
export const recipientAddressSchema: z.ZodType<RecipientAddress> = recipientAddressShape;

/** One unit of one SKU: two units of a SKU are two line items with their own ids (Order API overview). */
const orderLineItemShape = z.looseObject({
  id,
  sku_id: optId,
  product_id: optId,
  product_name: optStr,
  sku_name: optStr,
  sku_image: optStr,
  seller_sku: optStr,
  combined_listing_skus: z
    .array(z.looseObject({ sku_id: optId, sku_count: optInt, product_id: optId, seller_sku: optStr }))
    .optional(),
  display_status: optStr,
  package_status: optStr,
  package_id: optId,
  sku_type: optStr,
  currency: optStr,
  original_price: optMoney,
  sale_price: optMoney,
  platform_discount: optMoney,
  seller_discount: optMoney,
  small_order_fee: optMoney,
  retail_delivery_fee: optMoney,
  buyer_service_fee: optMoney,
  item_tax: z.array(z.looseObject({ tax_type: optStr, tax_amount: optMoney, tax_rate: optStr })).optional(),
  cancel_reason: optStr,
  cancel_user: optStr,
  rts_time: optInt,
  shipping_provider_id: optId,
  shipping_provider_name: optStr,
  tracking_number: optStr,
  is_gift: optBool,
  /** A string here, an int in Get Product's pre_sale (the docs disagree with themselves). */
  handling_duration_days: optStr,
  is_dangerous_good: optBool,
  needs_prescription: optBool,
});
/** One unit of one SKU of an order: two units of a SKU are two line items, each with its own `id`. */
export interface OrderLineItem extends z.output<typeof orderLineItemShape> {}
export const orderLineItemSchema: z.ZodType<OrderLineItem> = orderLineItemShape;

// An object's own id is required, as everywhere in these schemas (see common.ts).
const orderPackageShape = z.looseObject({ id });
/** A package of an order (ship it with `shop.fulfillment.shipPackage(id, ...)`). */
export interface OrderPackage extends z.output<typeof orderPackageShape> {}
export const orderPackageSchema: z.ZodType<OrderPackage> = orderPackageShape;

/**
 * An order. Times are Unix seconds. Required (a response without them fails validation in the default `strict`
 * mode): `id`, `status`, `create_time`, `update_time` and `line_items`. The Order API overview gives every order an
 * id and a status from its creation on (UNPAID) and at least one line item ("an order line contains 1 or more
 * items"); every example of Get Order List and Get Order Detail carries the two times. Inferred from those pages:
 * their response tables mark no field required.
 */
const orderShape = z.looseObject({
  id,
  /** One of the nine statuses of the Order API overview; a value outside them fails validation (strict mode). */
  status: z.enum(ORDER_STATUSES),
  user_id: optId,
  buyer_email: optStr,
  buyer_message: optStr,
  seller_note: optStr,
  create_time: z.number(),
  update_time: z.number(),
  paid_time: optInt,
  rts_time: optInt,
  rts_sla_time: optInt,
  tts_sla_time: optInt,
  cancel_order_sla_time: optInt,
  delivery_sla_time: optInt,
  shipping_due_time: optInt,
  collection_due_time: optInt,
  delivery_due_time: optInt,
  delivery_time: optInt,
  collection_time: optInt,
  delivery_option_required_delivery_time: optInt,
  pick_up_cut_off_time: optInt,
  fast_dispatch_sla_time: optInt,
  request_cancel_time: optInt,
  cancel_time: optInt,
  release_date: optInt,
  cancellation_initiator: optStr,
  cancel_reason: optStr,
  is_buyer_request_cancel: optBool,
  shipping_provider: optStr,
  shipping_provider_id: optId,
  shipping_type: optStr,
  tracking_number: optStr,
  fulfillment_type: optStr,
  delivery_type: optStr,
  delivery_option_id: optId,
  delivery_option_name: optStr,
  warehouse_id: optId,
  split_or_combine_tag: optStr,
  has_updated_recipient_address: optBool,
  is_cod: optBool,
  is_sample_order: optBool,
  is_on_hold_order: optBool,
  is_replacement_order: optBool,
  replaced_order_id: optId,
  is_exchange_order: optBool,
  exchange_source_order_id: optId,
  need_upload_invoice: optStr,
  payment_method_name: optStr,
  /** Detail only. */
  payment_card_type: optStr,
  /** Detail only. */
  payment_method_code: optStr,
  /** Detail only. */
  payment_auth_code: optStr,
  /** Detail only. */
  channel_entity_national_registry_id: optStr,
  /** List only. */
  fulfillment_priority_level: optInt,
  /** List only. */
  recommended_shipping_time: optInt,
  cpf: optStr,
  cpf_name: optStr,
  commerce_platform: optStr,
  order_type: optStr,
  handling_duration: z.looseObject({ days: optStr, type: optStr }).optional(),
  auto_combine_group_id: optStr,
  consultation_id: optStr,
  fast_delivery_program: optStr,
  packages: z.array(orderPackageSchema).optional(),
  payment: orderPaymentSchema.optional(),
  recipient_address: recipientAddressSchema.optional(),
  line_items: z.array(orderLineItemSchema),
});
/** An order of Get Order List or Get Order Detail; `status` narrows with `OrderStatus`. */
export interface Order extends z.output<typeof orderShape> {}
export const orderSchema: z.ZodType<Order> = orderShape;

/** A page of Get Order List. An empty `next_page_token` marks the last page. */
const orderListShape = z.looseObject({
  next_page_token: optStr,
  total_count: optInt,
  orders: z.array(orderSchema).optional(),
});
/** The payload of one Get Order List page (`page.data`): the orders, the total and the next page's token. */
export interface OrderListData extends z.output<typeof orderListShape> {}
export const orderPageSchema: z.ZodType<OrderListData> = orderListShape;

const orderDetailShape = z.looseObject({ orders: z.array(orderSchema).optional() });
/** The payload of Get Order Detail. */
export interface OrderDetailData extends z.output<typeof orderDetailShape> {}
export const ordersSchema: z.ZodType<OrderDetailData> = orderDetailShape;
