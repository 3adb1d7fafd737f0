/**
 * Tokens: the TikTok Shop docs' example responses, copied verbatim (envelope included) from the Authorization guide (202309).
 * Shared by the emulator (which serves them) and the tests (which parse them with the SDK's schemas). Do not edit
 * by hand; copy them again from the docs if they change.
 */

/** Get Access Token / Refresh Access Token example (Authorization guide (202309); the two examples are identical). */
export const SEED_TOKEN_RESPONSE = {
  code: 0,
  message: 'success',
  data: {
    access_token: 'TTP_Fw8rBwAAAAAkW03FYd09DG-9INtpw361hWthei8S3fHX8iPJ5AUv99fLSCYD9-UucaqxTgNRzKZxi5-tfFMtdWqglEt5_iCk',
    access_token_expire_in: 1660556783,
    refresh_token: 'TTP_NTUxZTNhYTQ2ZDk2YmRmZWNmYWY2YWY2YzkxNGYwNjQ3YjkzYTllYjA0YmNlMw',
    refresh_token_expire_in: 1691487031,
    open_id: '7010736057180325637',
    seller_name: 'Jjj test shop',
    seller_base_region: 'ID',
    user_type: 0,
  },
  request_id: '2022080809462301024509910319695C45',
};
