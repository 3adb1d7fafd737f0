/**
 * Price detail: the TikTok Shop docs' example responses, copied verbatim (envelope included) from the endpoint page.
 * Shared by the emulator (which serves them) and the tests (which parse them with the SDK's schemas). Do not edit
 * by hand; copy them again from the docs if they change.
 */

/** Get Price Detail example (TikTok Shop docs: Get Price Detail). */
export const SEED_PRICE_DETAIL = {
  "code": 0,
  "data": {
    "currency": "USD",
    "total": "122.00",
    "payment": "101.00",
    "sku_list_price": "97.00",
    "sku_sale_price": "96.00",
    "subtotal": "98.00",
    "subtotal_deduction_seller": "0.50",
    "subtotal_deduction_platform": "0.50",
    "subtotal_tax_amount": "2.00",
    "voucher_deduction_platform": "1010000",
    "voucher_deduction_seller": "1020000",
    "shipping_list_price": "25.00",
    "shipping_sale_price": "3.00",
    "shipping_fee_deduction_seller": "10.00",
    "shipping_fee_deduction_platform": "12.00",
    "shipping_fee_deduction_platform_voucher": "1010000",
    "tax_amount": "2.00",
    "tax_rate": "0.021",
    "net_price_amount": "97.00",
    "cod_fee": "0.00",
    "cod_fee_net_amount": "0.00",
    "sku_gift_original_price": "2.00",
    "sku_gift_net_price": "2.02",
    "line_items": [
      {
        "id": "576461413032342720",
        "currency": "USD",
        "total": "122.00",
        "payment": "101.00",
        "sku_list_price": "97.00",
        "sku_sale_price": "96.00",
        "subtotal": "98.00",
        "subtotal_deduction_seller": "0.50",
        "subtotal_deduction_platform": "0.50",
        "subtotal_tax_amount": "2.00",
        "voucher_deduction_platform": "1010000",
        "voucher_deduction_seller": "1020000",
        "shipping_list_price": "25.00",
        "shipping_sale_price": "3.00",
        "shipping_fee_deduction_seller": "10.00",
        "shipping_fee_deduction_platform": "12.00",
        "shipping_fee_deduction_platform_voucher": "1010000",
        "tax_amount": "2.00",
        "tax_rate": "0.021",
        "net_price_amount": "97.00",
        "cod_fee": "0.00",
        "cod_fee_amount": "0.00",
        "sku_gift_original_price": "2.00",
        "sku_gift_net_price": "2.02"
      }
    ]
  },
  "message": "Success",
  "request_id": "202203070749000101890810281E8C70B7"
};
