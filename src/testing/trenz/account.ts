/** Emulated General/Account: status, tier and the live credits balance. Free. */
import { http, type RequestHandler } from 'msw';
import { accountRoutes } from '../../trenz/account.js';
import { TRENZ_EMULATOR_ORIGIN, type TrenzEmulatorContext } from './common.js';

export function trenzAccountHandlers(ctx: TrenzEmulatorContext): RequestHandler[] {
  return [
    http.get(TRENZ_EMULATOR_ORIGIN + accountRoutes.get.path, ({ request }) =>
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
