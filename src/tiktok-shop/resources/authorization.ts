import type { CallOptions } from '../../core/options.js';
import { GeneratedSellerAuthorization } from '../generated/resources/seller-authorization.js';
import { routes } from '../routes.js';

/** `seller.authorization`: the authorized shops, widget tokens and category assets of the account. */
export class SellerAuthorization extends GeneratedSellerAuthorization {
  /** `GET /authorization/202309/shops`: the shops this seller authorized, each with the `cipher` shop calls need. */
  getShops(options?: CallOptions) {
    return this._request(routes.getShops, [], undefined, options);
  }
}
