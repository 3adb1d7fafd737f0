import type { CallOptions } from '../../core/options.js';
import { ApiResource } from '../../core/resource.js';
import { routes } from '../routes.js';

/** `seller.authorization`. */
export class SellerAuthorization extends ApiResource {
  /** `GET /authorization/202309/shops`: the shops this seller authorized, each with the `cipher` shop calls need. */
  getShops(options?: CallOptions) {
    return this._request(routes.getShops, [], undefined, options);
  }
}
