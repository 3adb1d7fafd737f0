/**
 * Tokens: the seed's example responses, copied verbatim (envelope included) from
 * ../shared/seeds/002_20acc984c6524b8c.txt. Shared by the emulator (which serves them) and the tests (which parse
 * them with the SDK's schemas). Do not edit by hand; re-extract from the seed if it changes.
 */

/** Get Access Token / Refresh Access Token example (S:3405-3419, identical at S:3508-3522). */
export const SEED_TOKEN_RESPONSE = {
  "code": 0,
  "message": "success",
  "data": {
    "access_token": "TTP_Fw8rBwAAAAAkW03FYd09DG-9INtpw361hWthei8S3fHX8iPJ5AUv99fLSCYD9-UucaqxTgNRzKZxi5-tfFMtdWqglEt5_iCk",
    "access_token_expire_in": 1660556783,
    "refresh_token": "TTP_NTUxZTNhYTQ2ZDk2YmRmZWNmYWY2YWY2YzkxNGYwNjQ3YjkzYTllYjA0YmNlMw",
    "refresh_token_expire_in": 1691487031,
    "open_id": "7010736057180325637",
    "seller_name": "Jjj test shop",
    "seller_base_region": "ID",
    "user_type": 0
  },
  "request_id": "2022080809462301024509910319695C45"
};
