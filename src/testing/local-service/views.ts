/** Stored products and fixtures rendered as the wire structs of the Local Service docs' response tables. */
import { LOCAL_SERVICE_CATEGORIES, type LocalServiceFixtureCategory, type LocalServiceFixtureShop } from './fixtures.js';
import type { ProductVersion, StoredLocalServiceProduct } from './products.js';
import { int64 } from './wire.js';

/** The `CategoryStruct` of a leaf: three levels with i64 ids (Product List Query), or undefined for an unknown id. */
export function categoryPath(leafId: string) {
  for (const first of LOCAL_SERVICE_CATEGORIES) {
    for (const second of first.children ?? []) {
      for (const third of second.children ?? []) {
        if (third.id !== leafId) continue;
        return {
          first_category_id: int64(first.id),
          first_description: first.description,
          second_category_id: int64(second.id),
          second_description: second.description,
          third_category_id: int64(third.id),
          third_description: third.description,
        };
      }
    }
  }
  return undefined;
}

/** `CategoryTreeStruct` list (Product Category Inquiry): ids are strings here. */
export function categoryTree(nodes: readonly LocalServiceFixtureCategory[] = LOCAL_SERVICE_CATEGORIES, parent = '0'): unknown[] {
  return nodes.map((n) => ({
    category_id: n.id,
    description: n.description,
    sub_category_list: categoryTree(n.children ?? [], n.id),
    parent_category_id: parent,
  }));
}

/** `ShopInfo` (Products Can Be Queried in Shops): shop_id and merchant_id as JSON numbers. */
export function shopInfo(shop: LocalServiceFixtureShop, merchantId: string) {
  return {
    shop_base_info: {
      shop_id: int64(shop.shop_id),
      shop_name: shop.shop_name,
      third_shop_id: shop.third_shop_id,
      location_en: shop.location_en,
      merchant_id: /^\d+$/.test(merchantId) ? int64(merchantId) : merchantId,
    },
    available: shop.available,
    unavailable_reason: shop.unavailable_reason,
  };
}

function attr(version: ProductVersion | undefined, key: string): unknown {
  const text = version?.attrs[key];
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** `ProductListInfoStruct` (Product List Query); the version shown is the live one, else the draft. */
export function productSummary(p: StoredLocalServiceProduct) {
  const v = p.online ?? p.draft;
  const name = attr(v, 'product_name') as { default_text?: string } | undefined;
  const images = attr(v, 'image_list') as { out_url?: string }[] | undefined;
  const stock = attr(v, 'stock_info') as { stock_num?: number; stock_qty_limit_type?: number } | undefined;
  const shops = attr(v, 'shop_id') as string[] | undefined;
  return {
    product_name: name?.default_text ?? '',
    product_id: p.product_id,
    third_product_id: p.third_product_id,
    ...(p.reject_reason ? { reject_reason: p.reject_reason } : {}),
    product_type: p.product_type,
    product_status: p.status,
    origin_amount: v?.attrs.origin_amount ?? '0',
    actual_amount: v?.attrs.actual_amount ?? '0',
    image_url: images?.[0]?.out_url ?? '',
    category_id: v?.category_id ?? '',
    category: categoryPath(v?.category_id ?? ''),
    sold: '0',
    inventory: String(stock?.stock_num ?? 0),
    stock_qty_limit_type: stock?.stock_qty_limit_type ?? 1,
    sold_start_time: Number(v?.attrs.sold_start_time ?? 0),
    sold_end_time: Number(v?.attrs.sold_end_time ?? 0),
    sold_time_type: Number(v?.attrs.sold_time_type ?? 1),
    bond_shops: shops?.length ?? 0,
    avaliable_shops: shops?.length ?? 0, // sic, as the docs spell it
    create_at: p.create_at,
  };
}

/** `ProductDetailStruct` (Product Details Inquiry) of the live (`online`) or the draft version. */
export function productDetail(p: StoredLocalServiceProduct, version: ProductVersion) {
  return {
    product: {
      third_product_id: p.third_product_id,
      product_id: p.product_id,
      category_id: version.category_id,
      product_type: p.product_type,
      category: categoryPath(version.category_id),
      product_status: p.status,
      sold: '0',
      product_full_status: p.status,
      attr_key_value_map: version.attrs,
    },
    audit_info: {
      audit_msg: p.reject_reason ?? '',
      submit_time: p.submitted_at,
      audit_id: `audit-${p.product_id}`,
      audit_title: 'Product review',
    },
  };
}

/**
 * A Product Status Webhook body (Local Service docs: Product Status Webhook): `content` is a JSON string whose
 * category_id is an int64 number.
 */
export function productStatusWebhook(p: StoredLocalServiceProduct, clientKey: string, now: number): string {
  const v = p.online ?? p.draft;
  const content = JSON.stringify({
    third_product_id: p.third_product_id,
    product_id: p.product_id,
    product_type: p.product_type,
    category_id: '__CATEGORY__',
    merchant_id: p.merchant_id,
    product_status: p.status,
    action_type: 1,
  }).replace('"__CATEGORY__"', v?.category_id && /^\d+$/.test(v.category_id) ? v.category_id : '0');
  return JSON.stringify({
    client_key: clientKey,
    event: 'product.status.doman_sync',
    create_time: Math.floor(now / 1000),
    user_id: null,
    content,
    caller: 'tiktok.local.solution_gateway',
  });
}
