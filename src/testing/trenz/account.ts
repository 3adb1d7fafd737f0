/** Emulated General/Account: status, tier and the live credits balance. Free. */
import type { RequestHandler } from 'msw';
import { accountRoutes } from '../../trenz/account.js';
import type { TrenzEmulatorContext } from './common.js';
import { served } from './route-kit.js';

export function trenzAccountHandlers(ctx: TrenzEmulatorContext): RequestHandler[] {
  return [
    served(ctx, accountRoutes.get, ({ request }) =>
      ctx.guard(request, 0, () =>
        ctx.ok({
          status: 'active',
          tier: 'pro',
          credits_balance: ctx.ledger.balance,
          credits_used: ctx.ledger.charged,
        }),
      ),
    ),
  ];
}
