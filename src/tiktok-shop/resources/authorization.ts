import type { WithMeta } from '../../core/client.js';
import type { CallOptions } from '../../core/options.js';
import { routes } from '../routes.js';
import type { Shop } from '../schemas/auth.js';
import { ScopedResource } from './base.js';

/** `seller.authorization`. */
export class SellerAuthorization extends ScopedResource {
  /** `GET /authorization/202309/shops`: the shops this seller authorized, each with the `cipher` shop calls need. */
  async getShops(options?: CallOptions): Promise<WithMeta<Shop[]>> {
    return this.requestList(routes.shops, { ...options }, 'shops');
  }
}
