import { accountRoutes } from './accounts.js';
import { analyticsRoutes } from './analytics.js';
import { commentRoutes } from './comments.js';
import { publishingRoutes } from './publishing.js';
import { shopRoutes, toolRoutes } from './tools.js';
import { videoRoutes } from './videos.js';

/** The Social route tables by group: the 37 navigation entries of the Trenz docs plus Reschedule. */
export const socialRoutes = {
  accounts: accountRoutes,
  publishing: publishingRoutes,
  videos: videoRoutes,
  comments: commentRoutes,
  analytics: analyticsRoutes,
  tools: toolRoutes,
  shop: shopRoutes,
} as const;
