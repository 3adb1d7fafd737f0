/**
 * Every Trenz route, in one list: what the `routes` option may correct (by route id) and what `Trenz.routes`
 * lists with its provenance. The Trenz docs print eight paths (the Video Publishing workflow, the async-task poll
 * and its content-analysis example); the others come from Trenz's public OpenAPI document (`external evidence`) or
 * follow the naming of the printed ones (`proposed`), and their route says which in its `inferred` note.
 */
import type { AnyEndpoint } from '../core/endpoint.js';
import { describeRoutes } from '../core/routes.js';
import { accountRoutes } from './account.js';
import { adsRoutes } from './ads/routes.js';
import { agentRoutes } from './agent/routes.js';
import { contentRoutes } from './content/routes.js';
import { dataRoutes } from './data/routes.js';
import { fileRoutes } from './files.js';
import { socialRoutes } from './social/routes.js';
import { taskRoutes } from './tasks.js';

type Table = Readonly<Record<string, AnyEndpoint>>;
const flat = (groups: Readonly<Record<string, Table>>): AnyEndpoint[] => Object.values(groups).flatMap((g) => Object.values(g));

/** Every route of the Trenz client, once each. */
export const TRENZ_ROUTES: readonly AnyEndpoint[] = Object.freeze([
  ...flat(dataRoutes),
  ...flat(contentRoutes),
  ...Object.values(taskRoutes as Table),
  ...Object.values(accountRoutes as Table),
  ...Object.values(fileRoutes as Table),
  ...flat(socialRoutes),
  ...flat(adsRoutes),
  ...Object.values(agentRoutes as Table),
]);

/** `Trenz.routes`: every route id with its method, path and provenance, sorted by id. */
export const TRENZ_ROUTE_LIST = describeRoutes(TRENZ_ROUTES);
