/**
 * Emulated Trenz Data endpoints, one handler per route of the SDK's route table, so a path corrected there is
 * corrected here too. Behaves like the server the Trenz docs describe: API key, credits (1 per call),
 * page/page_size/total paging, and the documented 400 codes for bad params.
 */
import type { RequestHandler } from 'msw';
import { dataRoutes } from '../../trenz/data/routes.js';
import { COUNTRIES, CREATOR_CATEGORIES, PRODUCT_CATEGORIES } from '../../trenz/params/tables.js';
import type { TrenzEmulatorContext } from './common.js';
import { marketData, relatedRows, reviewsOf, type MarketData, type Row } from './fixtures.js';
import { served } from './route-kit.js';

/** Credits per Data call (the Trenz docs do not print their prices: an emulator choice). */
export const DATA_CALL_COST = 1;
const PRODUCT_SEARCH_MAX = 10; // Trenz's OpenAPI document
const OTHER_MAX = 100;
/** Sort fields product search accepts as `sort_by` (names not documented; INVALID_SORT_FIELD otherwise). */
export const PRODUCT_SORT_FIELDS = ['product_sold_count_for_last_7_days', 'product_gmv_for_last_7_days', 'floor_price'];

type Collection = keyof MarketData;
type Params = URLSearchParams;
class Reject {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

const TEXT_FIELDS = ['product_name', 'seller_name', 'nickname', 'handle', 'title', 'ad_title'];
const productCategoryIds = new Set(Object.keys(PRODUCT_CATEGORIES));
const creatorCategoryIds = new Set(Object.keys(CREATOR_CATEGORIES));

/** Checks one filter value the way the server would, and returns the row predicate. */
function filterFor(resource: Collection, name: string, value: string): (row: Row) => boolean {
  switch (name) {
    case 'country':
      if (!(COUNTRIES as readonly string[]).includes(value))
        throw new Reject('INVALID_PARAM', `country "${value}" is not supported`);
      return (row) => row.region === value;
    case 'keyword':
      return (row) =>
        TEXT_FIELDS.some((f) => typeof row[f] === 'string' && (row[f] as string).toLowerCase().includes(value.toLowerCase()));
    case 'category': {
      const creatorTaxonomy = resource === 'creators' || resource === 'lives';
      if (!(creatorTaxonomy ? creatorCategoryIds : productCategoryIds).has(value))
        throw new Reject('INVALID_PARAM', `unknown category "${value}"`);
      return (row) => String(row.category) === value;
    }
    case 'product_category':
      if (!productCategoryIds.has(value)) throw new Reject('INVALID_PARAM', `unknown product_category "${value}"`);
      return (row) => String(row.product_category) === value;
    // The docs' value tables: seller_type 1-4 (Data/Sellers), ad_type 1-7 (Data/Ads, Ad Type Reference).
    case 'seller_type':
    case 'ad_type': {
      const max = name === 'seller_type' ? 4 : 7;
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max)
        throw new Reject('INVALID_PARAM', `${name} must be 1-${max}, got "${value}"`);
      return (row) => String(row[name]) === value;
    }
    case 'has_contact':
    case 'is_commercial':
    case 'is_living':
      if (value !== 'true' && value !== 'false') throw new Reject('INVALID_PARAM', `${name} must be true or false`);
      return (row) => row[name] === (value === 'true');
    default:
      return () => true;
  }
}

function pageOf(query: Params, max: number): { page: number; page_size: number } {
  const page = query.has('page') ? Number(query.get('page')) : 1;
  const size = query.has('page_size') ? Number(query.get('page_size')) : Math.min(10, max);
  if (!Number.isInteger(page) || page < 1) throw new Reject('INVALID_PARAM', 'page must be an integer >= 1');
  if (!Number.isInteger(size) || size < 1) throw new Reject('INVALID_PARAM', 'page_size must be an integer >= 1');
  if (size > max) throw new Reject('PAGE_SIZE_EXCEEDED', `page_size ${size} exceeds the maximum of ${max}`);
  return { page, page_size: size };
}

function respond(
  ctx: TrenzEmulatorContext,
  run: () => { data: unknown; page?: { page: number; page_size: number; total: number } },
) {
  try {
    const { data, page } = run();
    return ctx.ok(data, { cost: DATA_CALL_COST, ...page });
  } catch (err) {
    if (err instanceof Reject) return ctx.error(400, err.code, err.message);
    throw err;
  }
}

function paginate(rows: readonly Row[], query: Params, max: number) {
  const { page, page_size } = pageOf(query, max);
  const items = rows.slice((page - 1) * page_size, page * page_size);
  return { data: { items }, page: { page, page_size, total: rows.length } };
}

function find(resource: Collection, id: string): Row {
  const row = marketData()[resource].find((r) => String(r.id) === id);
  // The Trenz docs have no not-found code for entities (only ROUTE_NOT_FOUND and TASK_NOT_FOUND).
  if (!row) throw new Reject('INVALID_PARAM', `no ${resource.replace(/s$/, '')} with id ${id}`);
  return row;
}

function search(
  resource: Collection,
  query: Params,
): { data: unknown; page: { page: number; page_size: number; total: number } } {
  if (resource === 'products' && !query.get('country')) throw new Reject('MISSING_PARAM', 'country is required');
  const filters = [...query.entries()].map(([k, v]) => filterFor(resource, k, v));
  let rows = marketData()[resource].filter((row) => filters.every((f) => f(row)));
  const sort = query.get('sort_by');
  if (sort !== null) {
    if (resource !== 'products' || !PRODUCT_SORT_FIELDS.includes(sort))
      throw new Reject('INVALID_SORT_FIELD', `cannot sort by "${sort}"`);
    rows = [...rows].sort((a, b) => Number(b[sort]) - Number(a[sort]));
  }
  return paginate(rows, query, resource === 'products' ? PRODUCT_SEARCH_MAX : OTHER_MAX);
}

/** Rows of `/{resource}/{id}/{relation}`: `similar` is the same collection, `reviews` generated, else by name. */
function relation(resource: Collection, id: string, name: string, now: number): Row[] {
  find(resource, id);
  if (name === 'reviews') return reviewsOf(id, now);
  const target = (name === 'similar' ? resource : name) as Collection;
  return relatedRows(marketData()[target], `${resource}/${id}/${name}`, id);
}

/** One handler per Data route; literal paths (`/search`) come before `{id}` ones (else `search` reads as an id). */
export function trenzDataHandlers(ctx: TrenzEmulatorContext): RequestHandler[] {
  const routes = Object.values(dataRoutes).flatMap((group) => Object.values(group));
  routes.sort((a, b) => Number(a.path.includes('{')) - Number(b.path.includes('{')));
  return routes.map((route) => {
    const [, , , resource, , name] = route.path.split('/') as [string, string, string, Collection, string, string?];
    return served(ctx, route, ({ request, params }) =>
      ctx.guard(request, DATA_CALL_COST, () =>
        respond(ctx, () => {
          const query = new URL(request.url).searchParams;
          const id = String(params.id ?? '');
          if (route.path.endsWith('/search')) return search(resource, query);
          if (name) return paginate(relation(resource, id, name, ctx.dataNow), query, OTHER_MAX);
          return { data: find(resource, id) };
        }),
      ),
    );
  });
}
