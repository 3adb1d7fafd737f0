import { accountRoutes } from './accounts.js';
import { analyticsRoutes } from './analytics.js';
import { commentRoutes } from './comments.js';
import { publishingRoutes } from './publishing.js';
import { shopRoutes, toolRoutes } from './tools.js';
import { videoRoutes } from './videos.js';

/** The Social route tables by group (ENDPOINTS.md 1.10.3): 37 navigation entries plus Reschedule (T:488). */
export const socialRoutes = {
  accounts: accountRoutes,
  publishing: publishingRoutes,
  videos: videoRoutes,
  comments: commentRoutes,
  analytics: analyticsRoutes,
  tools: toolRoutes,
  shop: shopRoutes,
} as const;
