import { describe, expect, it } from 'vitest';
import { InvalidParamsError, NotFoundError } from '../../src/core/errors/index.js';
import { SEED_GET_PRODUCT } from '../../src/testing/tiktok-shop/fixtures-products.js';
import { setup } from './helpers.js';

describe('products', () => {
  it('gets a product by id with its int64 ids as strings', async () => {
    const { shop } = setup();
    const product = await shop.products.get(SEED_GET_PRODUCT.data.id, { return_draft_version: true });
    expect(product.id).toBe('1729592969712207008');
    expect(product.skus?.[0]?.inventory?.[0]?.warehouse_id).toBe('6966568648651605766');
    expect(product.requestId).toMatch(/EMU/);
    await expect(shop.products.get('1')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses both version flags at once locally (mutually exclusive per the Get Product docs)', async () => {
    const { emu, shop } = setup();
    const err = await shop.products
      .get(SEED_GET_PRODUCT.data.id, { return_draft_version: true, return_under_review_version: true })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidParamsError);
    expect(emu.faults.count()).toBe(0);
  });

  it('lists shop categories and seller-wide global categories (the latter without shop_cipher)', async () => {
    const { shop, seller } = setup();
    const categories = await shop.products.categories({ locale: 'en-US', category_version: 'v2' });
    expect(categories[0]?.permission_statuses).toEqual(['INVITE_ONLY', 'NON_MAIN_CATEGORY']);
    const global = await seller.products.globalCategories();
    expect(global[0]?.parent_id).toBe('0');
  });

  it('gets the attributes of a category, keeping the wire name is_requried', async () => {
    const { shop } = setup();
    const [attribute] = await shop.products.attributes('600001', { category_version: 'v1' });
    expect(attribute?.is_requried).toBe(false);
    expect(attribute?.requirement_conditions?.[0]?.attribute_id).toBe('101610');
  });

  it('pages brands by token until the last page', async () => {
    const { emu, shop } = setup();
    const names: string[] = [];
    for await (const brand of shop.products.brands({ is_authorized: 1 })) names.push(brand.name ?? '');
    expect(names).toHaveLength(230);
    expect(names[0]).toBe('Teas');
    expect(emu.faults.count('GET', '/product/202309/brands')).toBe(3);
    const [entry] = emu.faults.requests('GET', '/product/202309/brands');
    expect(new URL(entry!.url).searchParams.get('is_authorized')).toBe('1');
  });

  it('diagnoses products with product_ids comma-joined, at most 200', async () => {
    const { emu, shop } = setup();
    const diagnoses = await shop.products.diagnose({ product_ids: ['12345678', '123456'] });
    expect(diagnoses.map((d) => d.id)).toEqual(['12345678', '123456']);
    const [entry] = emu.faults.requests('GET', '/product/202405/products/diagnoses');
    expect(new URL(entry!.url).searchParams.get('product_ids')).toBe('12345678,123456');
    const tooMany = Array.from({ length: 201 }, (_, i) => String(i + 1));
    await expect(shop.products.diagnose({ product_ids: tooMany })).rejects.toBeInstanceOf(InvalidParamsError);
  });

  it("lists the seller's shops with their ciphers", async () => {
    const { seller } = setup();
    const shops = await seller.authorization.getShops();
    expect(shops.map((s) => s.region)).toEqual(['US', 'GB']);
    expect(shops.requestId).toMatch(/EMU/);
    expect(seller.shop(shops[1]!).cipher).toBe(shops[1]!.cipher);
  });
});
