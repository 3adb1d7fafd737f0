/**
 * The credentials the emulator accepts by default, for all three APIs in one place. None of them is a secret:
 * they exist only inside the emulator, so tests, examples and any-language clients may hard-code them.
 */
import { LOCAL_SERVICE_TEST_ACCESS_TOKEN, LOCAL_SERVICE_TEST_CREDENTIALS } from './local-service/fixtures.js';
import {
  TIKTOK_SHOP_TEST_APP_KEY,
  TIKTOK_SHOP_TEST_APP_SECRET,
  TIKTOK_SHOP_TEST_AUTH_CODE,
  TIKTOK_SHOP_TEST_OPEN_ID,
  TIKTOK_SHOP_TEST_SECOND_SHOP_CIPHER,
  TIKTOK_SHOP_TEST_SHOP_CIPHER,
} from './tiktok-shop/state.js';
import { TRENZ_TEST_API_KEY } from './trenz/common.js';

/** Default test credentials of {@link createEmulator} and {@link startEmulator}, per API. */
export const EMULATOR_CREDENTIALS = Object.freeze({
  tiktokShop: Object.freeze({
    appKey: TIKTOK_SHOP_TEST_APP_KEY,
    appSecret: TIKTOK_SHOP_TEST_APP_SECRET,
    /** Valid once per emulator; `emulator.tokens.tiktokShopAuthCode()` makes more. */
    authCode: TIKTOK_SHOP_TEST_AUTH_CODE,
    /** The default seller (an int64 beyond 2^53: keep it a string). */
    openId: TIKTOK_SHOP_TEST_OPEN_ID,
    /** The seller's two shops: a US shop with 500 orders and a GB shop with 30. */
    shopCiphers: Object.freeze([TIKTOK_SHOP_TEST_SHOP_CIPHER, TIKTOK_SHOP_TEST_SECOND_SHOP_CIPHER] as const),
  }),
  trenz: Object.freeze({ apiKey: TRENZ_TEST_API_KEY }),
  localService: Object.freeze({
    clientKey: LOCAL_SERVICE_TEST_CREDENTIALS.clientKey,
    clientSecret: LOCAL_SERVICE_TEST_CREDENTIALS.clientSecret,
    merchantId: LOCAL_SERVICE_TEST_CREDENTIALS.merchantId,
    /** A static bearer token, for `new LocalService({ accessToken })`. */
    accessToken: LOCAL_SERVICE_TEST_ACCESS_TOKEN,
  }),
});
