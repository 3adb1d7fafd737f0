/**
 * Categories, attributes, brands and diagnoses (TikTok Shop docs: Get Categories, Get Global Categories, Get
 * Attributes, Get Brands, Product Information Issue Diagnosis).
 */
import { z } from 'zod';
import { id, idNameSchema, optBool, optId, optInt, optStr, optStrs } from './common.js';

const categoryShape = z.looseObject({
  id,
  parent_id: optId,
  local_name: optStr,
  is_leaf: optBool,
  permission_statuses: optStrs,
});
/** A category node; `permission_statuses` e.g. INVITE_ONLY, NON_MAIN_CATEGORY, AVAILABLE. Roots have parent_id "0". */
export interface Category extends z.output<typeof categoryShape> {}
export const categorySchema: z.ZodType<Category> = categoryShape;
export const categoriesSchema = z.looseObject({ categories: z.array(categorySchema).optional() });

const attributeShape = z.looseObject({
  id,
  name: optStr,
  /** e.g. PRODUCT_PROPERTY. */
  type: optStr,
  /** Sic: the wire name is misspelled "requried" (TikTok Shop docs: Get Attributes). */
  is_requried: optBool,
  values: z.array(idNameSchema).optional(),
  value_data_format: optStr,
  is_customizable: optBool,
  requirement_conditions: z
    .array(z.looseObject({ condition_type: optStr, attribute_id: optId, attribute_value_id: optId }))
    .optional(),
  is_multiple_selection: optBool,
});
/** A product or sales attribute of a leaf category. */
export interface Attribute extends z.output<typeof attributeShape> {}
export const attributeSchema: z.ZodType<Attribute> = attributeShape;
export const attributesSchema = z.looseObject({ attributes: z.array(attributeSchema).optional() });

const brandShape = z.looseObject({
  id,
  name: optStr,
  /** AUTHORIZED or UNAUTHORIZED. */
  authorized_status: optStr,
  is_t1_brand: optBool,
  /** AVAILABLE (others n/g). */
  brand_status: optStr,
});
/** A brand and whether the shop may use it (selection rules: TikTok Shop docs, Get Brands). */
export interface Brand extends z.output<typeof brandShape> {}
export const brandSchema: z.ZodType<Brand> = brandShape;
export const brandPageSchema = z.looseObject({
  brands: z.array(brandSchema).optional(),
  total_count: optInt,
  next_page_token: optStr,
});

const suggestionImageSchema = z.looseObject({
  height: optInt,
  width: optInt,
  uri: optStr,
  url: optStr,
  optimized_uri: optStr,
  optimized_url: optStr,
});

const productDiagnosisShape = z.looseObject({
  id,
  listing_quality: z.looseObject({ current_tier: optStr, remaining_recommendations: optInt }).optional(),
  diagnoses: z
    .array(
      z.looseObject({
        field: optStr,
        diagnosis_results: z.array(z.looseObject({ code: optStr, how_to_solve: optStr, quality_tier: optStr })).optional(),
        suggestion: z
          .looseObject({
            seo_words: z.array(z.looseObject({ text: optStr })).optional(),
            smart_texts: z.array(z.looseObject({ text: optStr })).optional(),
            images: z.array(suggestionImageSchema).optional(),
          })
          .optional(),
      }),
    )
    .optional(),
});
/** Content-quality diagnosis of one live product (listing quality is US-only). */
export interface ProductDiagnosis extends z.output<typeof productDiagnosisShape> {}
export const productDiagnosisSchema: z.ZodType<ProductDiagnosis> = productDiagnosisShape;
export const diagnosesSchema = z.looseObject({ products: z.array(productDiagnosisSchema).optional() });
