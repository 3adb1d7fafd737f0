import type { CoreClient, WithMeta } from '../../core/client.js';
import type { CallOptions } from '../../core/options.js';
import { routes } from '../routes.js';
import type { HolidayCalendar } from '../schemas/models.js';
import type { HolidaysParams } from '../schemas/params.js';

/** `ls.holidays`: national holidays, whose ids go into a coupon's `cannot_use_date.holidays`. */
export class LocalServiceHolidays {
  /** @internal */
  constructor(private readonly core: CoreClient) {}

  /** Holidays per country code (`holiday/batch_query/`, L:429-453); `holiday_id`s are strings. */
  list(params: HolidaysParams, options?: CallOptions): Promise<WithMeta<HolidayCalendar>> {
    return this.core.request(routes.holidays, { ...options, body: params });
  }
}
