/** Get Product (`GET /product/202309/products/{product_id}`): fields from the TikTok Shop docs' example JSON. */
import { z } from 'zod';
import { id, idNameSchema, imageSchema, optBool, optId, optIds, optInt, optMoney, optStr, optStrs } from './common.js';

const categoryChainSchema = z.looseObject({ id: optId, parent_id: optId, local_name: optStr, is_leaf: optBool });

const salesAttributeShape = z.looseObject({
  id: optId,
  name: optStr,
  value_id: optId,
  value_name: optStr,
  sku_img: imageSchema.optional(),
  supplementary_sku_images: z.array(imageSchema).optional(),
});
/** One sales attribute of a SKU (colour, size) with its images. */
export interface SalesAttribute extends z.output<typeof salesAttributeShape> {}
export const salesAttributeSchema: z.ZodType<SalesAttribute> = salesAttributeShape;

const inventorySchema = z.looseObject({ warehouse_id: optId, quantity: optInt });

const combinedSkuSchema = z.looseObject({
  product_id: optId,
  sku_id: optId,
  sku_count: optInt,
  seller_sku: optStr,
  title: optStr,
  sales_attributes: z.array(salesAttributeSchema).optional(),
  // No unit_price here, unlike the SKU's own price.
  price: z.looseObject({ tax_exclusive_price: optMoney, sale_price: optMoney, currency: optStr }).optional(),
  inventory: z.array(inventorySchema).optional(),
  product_main_image: imageSchema.optional(),
  categories: z.array(categoryChainSchema).optional(),
  brand: idNameSchema.optional(),
  combined_listing_not_live_reasons: optStrs,
});

const productSkuShape = z.looseObject({
  id,
  seller_sku: optStr,
  price: z
    .looseObject({ tax_exclusive_price: optMoney, sale_price: optMoney, currency: optStr, unit_price: optMoney })
    .optional(),
  inventory: z.array(inventorySchema).optional(),
  identifier_code: z.looseObject({ code: optStr, type: optStr }).optional(),
  sales_attributes: z.array(salesAttributeSchema).optional(),
  external_sku_id: optStr,
  combined_skus: z.array(combinedSkuSchema).optional(),
  global_listing_policy: z
    .looseObject({
      price_sync: optBool,
      inventory_type: optStr,
      replicate_source: z.looseObject({ product_id: optId, shop_id: optId, sku_id: optId }).optional(),
    })
    .optional(),
  sku_unit_count: optStr,
  external_urls: optStrs,
  extra_identifier_codes: optStrs,
  // handling_duration_days is an int here but a string on order line items (the docs disagree with themselves).
  pre_sale: z
    .looseObject({
      type: optStr,
      fulfillment_type: z.looseObject({ handling_duration_days: optInt, release_date: optInt }).optional(),
    })
    .optional(),
  list_price: z.looseObject({ amount: optMoney, currency: optStr }).optional(),
  external_list_prices: z.array(z.looseObject({ source: optStr, amount: optMoney, currency: optStr })).optional(),
});
/** A product SKU (variant) with price, stock per warehouse and identifiers. */
export interface ProductSku extends z.output<typeof productSkuShape> {}
export const productSkuSchema: z.ZodType<ProductSku> = productSkuShape;

const productShape = z.looseObject({
  id,
  /** DRAFT, PENDING, FAILED, ACTIVATE, SELLER_DEACTIVATED, PLATFORM_DEACTIVATED, FREEZE, DELETED (Products API overview). */
  status: optStr,
  title: optStr,
  category_chains: z.array(categoryChainSchema).optional(),
  brand: idNameSchema.optional(),
  main_images: z.array(imageSchema).optional(),
  video: z
    .looseObject({ id: optStr, cover_url: optStr, format: optStr, url: optStr, width: optInt, height: optInt, size: optInt })
    .optional(),
  /** HTML. */
  description: optStr,
  package_dimensions: z.looseObject({ length: optStr, width: optStr, height: optStr, unit: optStr }).optional(),
  package_weight: z.looseObject({ value: optStr, unit: optStr }).optional(),
  skus: z.array(productSkuSchema).optional(),
  certifications: z
    .array(
      z.looseObject({
        id: optId,
        title: optStr,
        files: z.array(z.looseObject({ id: optStr, urls: optStrs, name: optStr, format: optStr })).optional(),
        images: z.array(imageSchema).optional(),
        expiration_date: optInt,
      }),
    )
    .optional(),
  size_chart: z.looseObject({ image: imageSchema.optional(), template: z.looseObject({ id: optId }).optional() }).optional(),
  is_cod_allowed: optBool,
  product_attributes: z.array(z.looseObject({ id: optId, name: optStr, values: z.array(idNameSchema).optional() })).optional(),
  audit_failed_reasons: z
    .array(z.looseObject({ position: optStr, reasons: optStrs, suggestions: optStrs, listing_platform: optStr }))
    .optional(),
  update_time: optInt,
  create_time: optInt,
  delivery_options: z.array(z.looseObject({ id: optId, name: optStr, is_available: optBool })).optional(),
  external_product_id: optStr,
  product_types: optStrs,
  is_not_for_sale: optBool,
  recommended_categories: z.array(z.looseObject({ id: optId, local_name: optStr })).optional(),
  manufacturer_ids: optIds,
  responsible_person_ids: optIds,
  listing_quality_tier: optStr,
  integrated_platform_statuses: z.array(z.looseObject({ platform: optStr, status: optStr })).optional(),
  shipping_insurance_requirement: optStr,
  minimum_order_quantity: optInt,
  is_pre_owned: optBool,
  audit: z.looseObject({ status: optStr, pre_approved_reasons: optStrs }).optional(),
  global_product_association: z
    .looseObject({
      global_product_id: optId,
      sku_mappings: z
        .array(
          z.looseObject({
            global_sku_id: optId,
            local_sku_id: optId,
            sales_attribute_mappings: z
              .array(
                z.looseObject({
                  local_attribute_id: optId,
                  global_attribute_id: optId,
                  local_value_id: optId,
                  global_value_id: optId,
                }),
              )
              .optional(),
          }),
        )
        .optional(),
    })
    .optional(),
  prescription_requirement: z.looseObject({ needs_prescription: optBool }).optional(),
  product_families: z.array(z.looseObject({ id: optId, products: z.array(z.looseObject({ id: optId })).optional() })).optional(),
  primary_combined_product_id: optId,
  has_draft: optBool,
});
/** A product as Get Product returns it (every status except FREEZE and DELETED). */
export interface Product extends z.output<typeof productShape> {}
export const productSchema: z.ZodType<Product> = productShape;
