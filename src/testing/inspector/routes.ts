/**
 * Which route a request was for, by the SDK's own route tables (`TikTokShop.routes`, `Trenz.routes`,
 * `LocalService.routes`), so the inspector names the route id a client's `routes` option or `shop.call(id)` uses.
 * Built on first use: an emulator nobody inspects never compiles them.
 */
import { localServiceApi } from '../../local-service/api.js';
import { tiktokShopOperations } from '../../tiktok-shop/operations.js';
import { tokenRoutes } from '../../tiktok-shop/routes.js';
import { TRENZ_ROUTE_LIST } from '../../trenz/routes.js';
import { LOCAL_SERVICE_BASE_PATH } from '../local-service/fixtures.js';

/** The APIs as the inspector names them; `emulator` is the emulator's own pages. */
export type InspectedApi = 'TikTok Shop' | 'Trenz' | 'Local Service' | 'emulator';

interface CompiledRoute {
  readonly id: string;
  readonly method: string;
  readonly pattern: RegExp;
}

let tables: Map<InspectedApi, readonly CompiledRoute[]> | undefined;

function compile(routes: Iterable<{ id: string; method: string; path: string }>): CompiledRoute[] {
  const escape = (s: string): string => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return [...routes].map((r) => ({
    id: r.id,
    method: r.method,
    pattern: new RegExp(`^${escape(r.path).replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));
}

function routeTables(): Map<InspectedApi, readonly CompiledRoute[]> {
  tables ??= new Map<InspectedApi, readonly CompiledRoute[]>([
    [
      'TikTok Shop',
      compile([
        ...tiktokShopOperations(),
        ...Object.values(tokenRoutes).map((r) => ({ id: r.name, method: r.method, path: r.path })),
      ]),
    ],
    ['Trenz', compile(TRENZ_ROUTE_LIST)],
    ['Local Service', compile((localServiceApi.routes ?? []).map((r) => ({ id: r.name, method: r.method, path: r.path })))],
  ]);
  return tables;
}

/** The route id of `method pathname` on `api`, or null when no route of the SDK has that method and path. */
export function routeIdOf(api: InspectedApi, method: string, pathname: string): string | null {
  const routes = routeTables().get(api);
  if (!routes) return null;
  // Local Service routes are relative to its base path, except the merchant token endpoint.
  const candidates =
    api === 'Local Service' && pathname.startsWith(LOCAL_SERVICE_BASE_PATH)
      ? [pathname.slice(LOCAL_SERVICE_BASE_PATH.length), pathname]
      : [pathname];
  for (const path of candidates) {
    for (const r of routes) if (r.method === method && r.pattern.test(path)) return r.id;
  }
  return null;
}
