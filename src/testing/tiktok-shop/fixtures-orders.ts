/**
 * Orders: the TikTok Shop docs' example responses, copied verbatim (envelope included) from the endpoint pages.
 * Shared by the emulator (which serves them) and the tests (which parse them with the SDK's schemas). Do not edit
 * by hand; copy them again from the docs if they change.
 */

/** Get Order List example (TikTok Shop docs: Get Order List). */
export const SEED_ORDER_LIST = {
  "code": 0,
  "data": {
    "next_page_token": "6AsPQsUMvH3RkchNUPPh22NROHkE0D8pmq/N5M1kHYcZmtRyv9aVrNv65W7Q6tFA+7D1ud64MPNz5OaT",
    "total_count": 22113,
    "orders": [
      {
        "id": "576461413038785752",
        "buyer_message": "Please ship asap!",
        "cancellation_initiator": "SELLER",
        "shipping_provider_id": "6617675021119438849",
        "create_time": 1619611561,
        "shipping_provider": "TT Virtual express",
        "packages": [
          {
            "id": "1152321127278713123"
          }
        ],
        "payment": {
          "currency": "IDR",
          "sub_total": "5000",
          "shipping_fee": "5000",
          "seller_discount": "5000",
          "platform_discount": "5000",
          "total_amount": "5000",
          "original_total_product_price": "5000",
          "original_shipping_fee": "5000",
          "shipping_fee_seller_discount": "5000",
          "shipping_fee_platform_discount": "5000",
          "shipping_fee_cofunded_discount": "5000",
          "tax": "5000",
          "small_order_fee": "3000",
          "shipping_fee_tax": "11",
          "product_tax": "21.3",
          "retail_delivery_fee": "1.28",
          "buyer_service_fee": "1000",
          "handling_fee": "1000",
          "shipping_insurance_fee": "1000",
          "item_insurance_fee": "1000"
        },
        "recipient_address": {
          "full_address": "1199 Coleman Ave San Jose, CA 95110",
          "phone_number": "(+1)213-***-1234",
          "name": "David Kong",
          "first_name": "David",
          "last_name": "Kong",
          "first_name_local_script": "ジョン",
          "last_name_local_script": "ドゥ",
          "address_detail": "Unit one building 8",
          "address_line1": "TikTok 5800 bristol Pkwy",
          "address_line2": "Suite 100",
          "address_line3": " ",
          "address_line4": " ",
          "district_info": [
            {
              "address_level_name": "Country",
              "address_name": "United Kingdom",
              "address_level": "L0"
            }
          ],
          "delivery_preferences": {
            "drop_off_location": "Front Door"
          },
          "postal_code": "95110",
          "region_code": "US",
          "post_town": "Ribbleton"
        },
        "status": "UNPAID",
        "fulfillment_type": "FULFILLMENT_BY_SELLER",
        "delivery_type": "HOME_DELIVERY",
        "paid_time": 1619611563,
        "rts_sla_time": 1619611688,
        "tts_sla_time": 1619611761,
        "cancel_reason": "Pricing error",
        "update_time": 1619621355,
        "payment_method_name": "CCDC",
        "rts_time": 1619611563,
        "tracking_number": "JX12345",
        "split_or_combine_tag": "COMBINED",
        "has_updated_recipient_address": false,
        "cancel_order_sla_time": 1619621355,
        "warehouse_id": "6955005333819123123",
        "request_cancel_time": 1678389618,
        "shipping_type": "TIKTOK",
        "user_id": "7021436810468230477",
        "seller_note": "seller note",
        "delivery_sla_time": 1678389618,
        "is_cod": false,
        "delivery_option_id": "7091146663229654785",
        "cancel_time": 1678389618,
        "need_upload_invoice": "NEED_INVOICE",
        "delivery_option_name": "Standard Shipping",
        "cpf": "3213-31231412",
        "line_items": [
          {
            "id": "577086512123755123",
            "sku_id": "2729382476852921560",
            "combined_listing_skus": [
              {
                "sku_id": "2729382476852921123",
                "sku_count": 1,
                "product_id": "1729582718312380456",
                "seller_sku": "yellow-24-XL "
              }
            ],
            "display_status": "UNPAID",
            "product_name": "Women's Winter Crochet Clothes",
            "seller_sku": "red_iphone_256",
            "sku_image": "https://p16-oec-va.itexeitg.com/tos-maliva-d-o5syd03w52-us/46123e87d14f40b69b839",
            "sku_name": "Iphone",
            "product_id": "1729582718312380123",
            "sale_price": "0.01",
            "platform_discount": "0",
            "seller_discount": "0",
            "sku_type": "PRE_ORDER",
            "cancel_reason": "Discount not as expected",
            "original_price": "0.01",
            "rts_time": 1678389618,
            "package_status": "TO_FULFILL",
            "currency": "IDR",
            "shipping_provider_name": "TT Virtual express",
            "cancel_user": "BUYER",
            "shipping_provider_id": "6617675021119438849",
            "is_gift": false,
            "item_tax": [
              {
                "tax_type": "SALES_TAX",
                "tax_amount": "21.2",
                "tax_rate": "0.35"
              }
            ],
            "tracking_number": "JX12345",
            "package_id": "1153132168123859123",
            "retail_delivery_fee": "1.28",
            "buyer_service_fee": "1000",
            "small_order_fee": "5000",
            "handling_duration_days": "7",
            "is_dangerous_good": false,
            "needs_prescription": false
          }
        ],
        "buyer_email": "v2b2V5@chat.seller.tiktok.com",
        "delivery_due_time": 1678389618,
        "is_sample_order": false,
        "shipping_due_time": 1678389618,
        "collection_due_time": 1678389618,
        "delivery_option_required_delivery_time": 1678389618,
        "is_on_hold_order": false,
        "delivery_time": 1678389618,
        "is_replacement_order": false,
        "collection_time": 1678389618,
        "replaced_order_id": "576461416728782174",
        "is_buyer_request_cancel": false,
        "pick_up_cut_off_time": 1678389618,
        "fast_dispatch_sla_time": 1678389618,
        "commerce_platform": "TIKTOK_SHOP",
        "order_type": "ZERO_LOTTERY",
        "release_date": 1619611762,
        "handling_duration": {
          "days": "7",
          "type": "BUSINESS_DAY"
        },
        "auto_combine_group_id": "12345677",
        "cpf_name": "John Smith",
        "is_exchange_order": false,
        "exchange_source_order_id": "576461413038785752",
        "consultation_id": "123456",
        "fast_delivery_program": "3_DAY_DELIVERY",
        "fulfillment_priority_level": 100,
        "recommended_shipping_time": 1619611561
      }
    ]
  },
  "message": "Success",
  "request_id": "202203070749000101890810281E8C70B7"
};

/** Get Order Detail example (TikTok Shop docs: Get Order Detail). */
export const SEED_ORDER_DETAIL = {
  "code": 0,
  "data": {
    "orders": [
      {
        "id": "576461413038785752",
        "cancellation_initiator": "SELLER",
        "shipping_provider": "TT Virtual express",
        "shipping_provider_id": "6617675021119438849",
        "user_id": "7021436810468230477",
        "status": "UNPAID",
        "rts_time": 1619611563,
        "payment": {
          "currency": "IDR",
          "sub_total": "5000",
          "shipping_fee": "5000",
          "seller_discount": "5000",
          "platform_discount": "5000",
          "total_amount": "5000",
          "original_total_product_price": "5000",
          "original_shipping_fee": "5000",
          "shipping_fee_seller_discount": "5000",
          "shipping_fee_platform_discount": "5000",
          "shipping_fee_cofunded_discount": "7",
          "tax": "5000",
          "small_order_fee": "3000",
          "shipping_fee_tax": "11",
          "product_tax": "21.3",
          "retail_delivery_fee": "1.28",
          "buyer_service_fee": "1000",
          "handling_fee": "1000",
          "shipping_insurance_fee": "1000",
          "item_insurance_fee": "1000"
        },
        "recipient_address": {
          "full_address": "1199 Coleman Ave San Jose, CA 95110",
          "phone_number": "(+1)213-***-1234",
          "name": "David Kong",
          "first_name": "David",
          "last_name": "Kong",
          "first_name_local_script": "ジョン",
          "last_name_local_script": "ドゥ",
          "region_code": "US",
          "postal_code": "95110",
          "post_town": "Ribbleton",
          "address_line1": "TikTok 5800 bristol Pkwy",
          "address_line2": "Suite 100",
          "address_line3": "Vila Olímpia",
          "address_line4": "Avenida Presidente Juscelino Kubitschek",
          "district_info": [
            {
              "address_level_name": "Country",
              "address_name": "United Kingdom",
              "address_level": "L0"
            }
          ],
          "delivery_preferences": {
            "drop_off_location": "Front Door"
          },
          "address_detail": "Unit one building 8"
        },
        "buyer_message": "Please ship asap!",
        "create_time": 1619611561,
        "tracking_number": "JX12345",
        "cancel_reason": "Pricing error",
        "rts_sla_time": 1619611688,
        "paid_time": 1619611563,
        "fulfillment_type": "FULFILLMENT_BY_SELLER",
        "seller_note": "seller note",
        "tts_sla_time": 1619611761,
        "cancel_order_sla_time": 1619621355,
        "update_time": 1619621355,
        "packages": [
          {
            "id": "1152321127278713123"
          }
        ],
        "delivery_type": "HOME_DELIVERY",
        "is_sample_order": false,
        "warehouse_id": "6955005333819123123",
        "split_or_combine_tag": "COMBINED",
        "has_updated_recipient_address": false,
        "cpf": "3213-31231412",
        "delivery_option_id": "7091146663229654785",
        "delivery_sla_time": 1678389618,
        "payment_method_name": "CCDC",
        "payment_card_type": "Debit\n",
        "channel_entity_national_registry_id": "26.545.167/0001-21",
        "payment_method_code": "pm_pi_ccdc_visa_c_d",
        "payment_auth_code": "AUTH123457",
        "shipping_due_time": 1678389618,
        "line_items": [
          {
            "id": "577086512123755123",
            "sku_id": "2729382476852921560",
            "combined_listing_skus": [
              {
                "sku_id": "2729382476852921123",
                "sku_count": 1,
                "product_id": "1729582718312380456",
                "seller_sku": "yellow-24-XL"
              }
            ],
            "product_id": "1729582718312380123",
            "product_name": "Women's Winter Crochet Clothes",
            "sku_name": "Iphone",
            "sku_image": "https://p16-oec-va.itexeitg.com/tos-maliva-d-o5syd03w52-us/46123e87d14f40b69b839",
            "original_price": "0.01",
            "sale_price": "0.01",
            "platform_discount": "0",
            "display_status": "TO_SHIP",
            "cancel_user": "BUYER",
            "sku_type": "PRE_ORDER",
            "seller_sku": "red_iphone_256",
            "shipping_provider_id": "6617675021119438849",
            "seller_discount": "0",
            "currency": "IDR",
            "package_id": "1153132168123859123",
            "rts_time": 1678389618,
            "item_tax": [
              {
                "tax_type": "SALES_TAX",
                "tax_amount": "21.2",
                "tax_rate": "0.35"
              }
            ],
            "package_status": "TO_FULFILL",
            "shipping_provider_name": "TT Virtual express",
            "is_gift": false,
            "cancel_reason": "Discount not as expected",
            "small_order_fee": "5000",
            "retail_delivery_fee": "1.28",
            "tracking_number": "JX12345",
            "buyer_service_fee": "1000",
            "handling_duration_days": "7",
            "is_dangerous_good": true,
            "needs_prescription": true
          }
        ],
        "shipping_type": "TIKTOK",
        "buyer_email": "v2b2V5@chat.seller.tiktok.com",
        "delivery_time": 1678389618,
        "need_upload_invoice": "NEED_INVOICE",
        "is_cod": false,
        "request_cancel_time": 1678389618,
        "delivery_option_required_delivery_time": 1678389618,
        "delivery_option_name": "Express shipping",
        "is_buyer_request_cancel": false,
        "delivery_due_time": 1678389618,
        "collection_time": 1678389618,
        "is_on_hold_order": false,
        "cancel_time": 1678389618,
        "is_replacement_order": false,
        "replaced_order_id": "576461416728782174",
        "collection_due_time": 1678389618,
        "pick_up_cut_off_time": 1678389618,
        "fast_dispatch_sla_time": 1678389618,
        "commerce_platform": "TIKTOK_SHOP",
        "order_type": "ZERO_LOTTERY",
        "release_date": 1619611762,
        "handling_duration": {
          "days": "7",
          "type": "BUSINESS_DAY"
        },
        "auto_combine_group_id": "12345677",
        "cpf_name": "John Smith",
        "is_exchange_order": false,
        "exchange_source_order_id": "576461413038785752",
        "consultation_id": "123241",
        "fast_delivery_program": "3_DAY_DELIVERY"
      }
    ]
  },
  "message": "Success",
  "request_id": "202203070749000101890810281E8C70B7"
};
