/**
 * General/Account (T:76-77, T:514): account status, tier and credits balance. Path proposed; field names n/g.
 */
import { z } from 'zod';
import type { CoreClient } from '../core/client.js';
import { defineEndpoint } from '../core/endpoint.js';
import type { CallOptions } from '../core/options.js';
import type { TrenzMeta } from './meta.js';
import { trenzRequest, type TrenzResult } from './result.js';

/**
 * The account. The seed says it carries "status, tier and credits balance" (T:514) without naming fields; these
 * names follow the envelope's `credits_balance` (ENDPOINTS.md 1.3). Loose: whatever else arrives is kept.
 */
export const accountSchema = z.looseObject({
  status: z.string().optional(),
  tier: z.string().optional(),
  credits_balance: z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/).transform(Number)]).optional(),
});
export type TrenzAccountInfo = z.output<typeof accountSchema>;

/** Route table of General/Account (ENDPOINTS.md 1.10.5). */
export const accountRoutes = {
  /** Query account status and credits balance. */
  retrieve: defineEndpoint({
    method: 'GET',
    path: '/open/v1/account',
    response: accountSchema,
    name: 'account.retrieve',
    inferred: 'proposed: /open/v1/{resource} convention (ENDPOINTS.md 1.10.5)',
  }),
};

export class TrenzAccount {
  readonly #core: CoreClient<TrenzMeta>;

  constructor(core: CoreClient<TrenzMeta>) {
    this.#core = core;
  }

  /** Account status, tier and credits balance. Free to call; `usage` on the result reflects the same balance. */
  retrieve(options?: CallOptions): Promise<TrenzResult<TrenzAccountInfo>> {
    return trenzRequest(this.#core, accountRoutes.retrieve, { ...options });
  }
}
