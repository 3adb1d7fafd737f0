/**
 * General/Account: account status, tier and credits balance. The Trenz docs name the endpoint but not its path or
 * fields.
 */
import { z } from 'zod';
import { defineEndpoint } from '../core/endpoint.js';
import type { CallOptions } from '../core/options.js';
import { ApiResource } from '../core/resource.js';
import type { TrenzMeta } from './meta.js';
import { proposed } from './route-kit.js';

const accountShape = z.looseObject({
  status: z.string().optional(),
  tier: z.string().optional(),
  credits_balance: z
    .union([
      z.number(),
      z
        .string()
        .regex(/^-?\d+(\.\d+)?$/)
        .transform(Number),
    ])
    .optional(),
});
/**
 * The account. The Trenz docs (Account) say it carries "status, tier and credits balance" without naming fields;
 * these names follow the envelope's `credits_balance`. Loose: whatever else arrives is kept.
 */
export interface TrenzAccountInfo extends z.output<typeof accountShape> {}
export const accountSchema: z.ZodType<TrenzAccountInfo> = accountShape;

/** Route table of General/Account. */
export const accountRoutes = {
  /** Query account status and credits balance. */
  get: defineEndpoint({
    name: 'account.get',
    method: 'GET',
    path: '/open/v1/account',
    response: accountSchema,
    inferred: proposed('/open/v1/{resource}'),
  }),
};

/** General/Account. */
export class TrenzAccount extends ApiResource<TrenzMeta> {
  /** Account status, tier and credits balance. Free to call; `usage` on the result reflects the same balance. */
  get(options?: CallOptions) {
    return this._request(accountRoutes.get, [], undefined, options);
  }
}
