/**
 * Catalog: the TikTok Shop docs' example responses, copied verbatim (envelope included) from the endpoint pages.
 * Shared by the emulator (which serves them) and the tests (which parse them with the SDK's schemas). Do not edit
 * by hand; copy them again from the docs if they change.
 */

/** Get Categories example (TikTok Shop docs: Get Categories). */
export const SEED_GET_CATEGORIES = {
  code: 0,
  data: {
    categories: [
      {
        id: '600002',
        parent_id: '600001',
        local_name: 'Home Supplies',
        is_leaf: false,
        permission_statuses: ['INVITE_ONLY', 'NON_MAIN_CATEGORY'],
      },
    ],
  },
  message: 'Success',
  request_id: '202203070749000101890810281E8C70B7',
};

/** Get Global Categories example (TikTok Shop docs: Get Global Categories). */
export const SEED_GET_GLOBAL_CATEGORIES = {
  code: 0,
  data: {
    categories: [
      {
        id: '600001',
        parent_id: '0',
        local_name: 'Home Supplies',
        is_leaf: false,
        permission_statuses: ['AVAILABLE'],
      },
    ],
  },
  message: 'Success',
  request_id: '202203070749000101890810281E8C70B7',
};

/** Product Information Issue Diagnosis example (TikTok Shop docs: Product Information Issue Diagnosis). */
export const SEED_DIAGNOSE = {
  code: 0,
  data: {
    products: [
      {
        id: '123456',
        listing_quality: {
          current_tier: 'POOR',
          remaining_recommendations: 3,
        },
        diagnoses: [
          {
            field: 'TITLE',
            diagnosis_results: [
              {
                code: 'TITLE_LESS_THAN_40_CHARACTERS',
                how_to_solve:
                  'Names must be at least 40 characters long and contain product-identifying information, such as "hiking boots" or "lipstick".',
                quality_tier: 'GOOD',
              },
            ],
            suggestion: {
              seo_words: [
                {
                  text: 'dress',
                },
              ],
              smart_texts: [
                {
                  text: 'this is a good title',
                },
              ],
              images: [
                {
                  height: 600,
                  width: 600,
                  uri: 'tos-maliva-i-o3syd03w52-us/53b55d6e8cdf1f315affa7e70b45707d',
                  url: 'https://p16-graph-va.ibyteimg.com/tos-maliva-i-1por3rr4fy-us/v2/53b55d6e8cdf1f315affa7e70b45707d~tplv-1por3rr4fy-image.webp',
                  optimized_uri: 'tos-maliva-i-o3syd03w52-us/0266127022264e54ad2f639f5e0fb5e6',
                  optimized_url:
                    'https://p16-graph-va.ibyteimg.com/tos-maliva-i-1por3rr4fy-us/v2/0266127022264e54ad2f639f5e0fb5e6~tplv-1por3rr4fy-image.webp',
                },
              ],
            },
          },
        ],
      },
    ],
  },
  message: 'Success',
  request_id: '202203070749000101890810281E8C70B7',
};

/** Get Attributes example (TikTok Shop docs: Get Attributes). */
export const SEED_GET_ATTRIBUTES = {
  code: 0,
  data: {
    attributes: [
      {
        id: '100392',
        name: 'Occasion',
        type: 'PRODUCT_PROPERTY',
        is_requried: false,
        values: [
          {
            id: '1001533',
            name: 'Birthday',
          },
        ],
        value_data_format: 'POSITIVE_INT_OR_DECIMAL',
        is_customizable: true,
        requirement_conditions: [
          {
            condition_type: 'VALUE_ID_MATCH',
            attribute_id: '101610',
            attribute_value_id: '1024358',
          },
        ],
        is_multiple_selection: true,
      },
    ],
  },
  message: 'Success',
  request_id: '202203070749000101890810281E8C70B7',
};

/** Get Brands example (TikTok Shop docs: Get Brands). */
export const SEED_GET_BRANDS = {
  code: 0,
  data: {
    brands: [
      {
        id: '7082427311584347905',
        name: 'Teas',
        authorized_status: 'AUTHORIZED',
        is_t1_brand: true,
        brand_status: 'AVAILABLE',
      },
    ],
    total_count: 10000,
    next_page_token: 'b2Zmc2V0PTAK',
  },
  message: 'Success',
  request_id: '202203070749000101890810281E8C70B7',
};
