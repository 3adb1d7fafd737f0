/** Get Price Detail (`GET /order/202407/orders/{order_id}/price_detail`), from the TikTok Shop docs' example. */
import { z } from 'zod';
import { id, optMoney, optStr } from './common.js';

// The 21 amounts shared by the order and its line items. Voucher amounts in the example ("1010000") are out of
// scale with the rest ("122.00"): opaque decimal strings, never parsed here (the docs give no unit or scale).
const amounts = {
  currency: optStr,
  total: optMoney,
  payment: optMoney,
  sku_list_price: optMoney,
  sku_sale_price: optMoney,
  subtotal: optMoney,
  subtotal_deduction_seller: optMoney,
  subtotal_deduction_platform: optMoney,
  subtotal_tax_amount: optMoney,
  voucher_deduction_platform: optMoney,
  voucher_deduction_seller: optMoney,
  shipping_list_price: optMoney,
  shipping_sale_price: optMoney,
  shipping_fee_deduction_seller: optMoney,
  shipping_fee_deduction_platform: optMoney,
  shipping_fee_deduction_platform_voucher: optMoney,
  tax_amount: optMoney,
  tax_rate: optMoney,
  net_price_amount: optMoney,
  cod_fee: optMoney,
  sku_gift_original_price: optMoney,
  sku_gift_net_price: optMoney,
};

const priceDetailLineItemShape = z.looseObject({ id, ...amounts, cod_fee_amount: optMoney });
/** One line item's price breakdown; note `cod_fee_amount` where the order has `cod_fee_net_amount`, as the docs print it. */
export interface PriceDetailLineItem extends z.output<typeof priceDetailLineItemShape> {}
export const priceDetailLineItemSchema: z.ZodType<PriceDetailLineItem> = priceDetailLineItemShape;

const priceDetailShape = z.looseObject({
  ...amounts,
  cod_fee_net_amount: optMoney,
  line_items: z.array(priceDetailLineItemSchema).optional(),
});
/** How an order's price was computed: list and sale prices, deductions, vouchers, tax, COD fees. */
export interface PriceDetail extends z.output<typeof priceDetailShape> {}
export const priceDetailSchema: z.ZodType<PriceDetail> = priceDetailShape;
