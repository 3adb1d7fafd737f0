/** Token sets (TikTok Shop docs: Authorization guide (202309), Get / Refresh Access Token) and authorized shops. */
import { z } from 'zod';
import { id, optStr } from './common.js';

const tokenSetShape = z.looseObject({
  /** Sent as `x-tts-access-token`. Default lifetime 7 days. */
  access_token: z.string().min(1),
  /** Unix seconds when `access_token` expires. */
  access_token_expire_in: z.number(),
  refresh_token: z.string().min(1),
  /** Unix seconds when `refresh_token` expires: the end of the seller's authorization. */
  refresh_token_expire_in: z.number(),
  /** The seller's opaque id in this app (a string; the example `"7010736057180325637"` exceeds 2^53). */
  open_id: id,
  seller_name: optStr,
  /** e.g. `US`, `ID`. */
  seller_base_region: optStr,
  /** 0 seller, 1 creator, 3 partner (Get Access Token). */
  user_type: z.number().optional(),
  /** Named by error 105005 (TikTok Shop docs: Common errors) but absent from the token docs: kept when the API sends it. */
  granted_scopes: z.array(z.string()).optional(),
});
/**
 * What the token endpoints return and what a {@link TikTokShopTokenStore} keeps per seller. Both `*_expire_in` fields are
 * **absolute** Unix seconds despite their names (TikTok Shop docs: Authorization guide (202309)).
 */
export interface TokenSet extends z.output<typeof tokenSetShape> {}
export const tokenSetSchema: z.ZodType<TokenSet> = tokenSetShape;

const shopShape = z.looseObject({
  id,
  name: optStr,
  /** e.g. `US`, `GB`. */
  region: optStr,
  /** e.g. `LOCAL`, `CROSS_BORDER`. */
  seller_type: optStr,
  cipher: z.string(),
  code: optStr,
});
/**
 * A shop the seller authorized. `cipher` is the `shop_cipher` every shop-scoped call needs (TikTok Shop docs: Sign
 * your API request). Field names are not in the TikTok Shop docs: they are the ones the live API and peer SDKs use.
 */
export interface Shop extends z.output<typeof shopShape> {}
export const shopSchema: z.ZodType<Shop> = shopShape;
export const shopsSchema = z.looseObject({ shops: z.array(shopSchema).optional() });
