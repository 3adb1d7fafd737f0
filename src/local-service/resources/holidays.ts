import type { CallOptions } from '../../core/options.js';
import { ApiResource } from '../../core/resource.js';
import { routes } from '../routes.js';
import type { HolidaysParams } from '../schemas/params.js';

/** `ls.holidays`: national holidays, whose ids go into a coupon's `cannot_use_date.holidays`. */
export class LocalServiceHolidays extends ApiResource {
  /** Holidays per country code (`holiday/batch_query/`); `holiday_id`s are strings. */
  list(params: HolidaysParams, options?: CallOptions) {
    return this._request(routes.holidays, [], params, options);
  }
}
