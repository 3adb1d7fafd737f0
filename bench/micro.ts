/**
 * In-process costs of the three CPU stages of an SDK call on the order-detail body, and the int64-safe decoder
 * on a ~300 KB order page. Tight loops on the same inputs the server sends, so the figures can be set against
 * the per-request CPU measured under load (bench/run.ts) to say where the SDK's time goes.
 */
import { ORDER_DETAIL_BODY, ORDER_ID, orderPageOfSize } from './bodies.js';
import { TIKTOK_ORIGIN } from './loopback.js';
import { timeAsyncLoop, timeLoop, timeRatio, type AsyncLoopResult } from './measure.js';
import { dispatchJson } from './dispatch-floor.js';
import { FixedResponseDispatcher } from './null-dispatcher.js';
import { compiledSafeParse, createSigner, CREDS, makeShop, orderDetailSchema, parseJson, signRequest } from './sdk.js';

export interface StageCosts {
  /** µs per call of the client's per-request signer: `createSigner(secret)` is built once per app, as the client does. */
  signUs: number;
  /** µs per call of the public one-shot `signRequest` (prepares the HMAC key on every call). */
  signRequestUs: number;
  /** UTF-8 decoding of the body's bytes into the string JSON.parse reads (Buffer#toString; the body has accents). */
  utf8Us: number;
  /** JSON.parse on the order-detail body, for reference. */
  jsonParseUs: number;
  /** core/json.ts parseJson on the same body: what the SDK decodes with. */
  decodeUs: number;
  /** zod's own `safeParse` of the order-detail response schema on the body's `data`, for reference. */
  zodUs: number;
  /** What the client runs for the same check: `compiledSafeParse` (core/internal/compiled-schema, zod's exact results). */
  validateUs: number;
}

export interface DecodeCase {
  /** Body size in bytes. */
  bytes: number;
  jsonParseUs: number;
  parseJsonUs: number;
  /** parseJson / JSON.parse: the median of rounds that time both in alternation (bench/measure.ts timeRatio). */
  ratio: number;
  /** Whether parseJson kept the first order id exact (JSON.parse cannot when ids are bare numbers). */
  exact: boolean;
}

export interface DecodeResults {
  /** The API's shape: ids are strings, so no integer beyond 2^53 is present (the target's case). */
  noBigInts: DecodeCase;
  /** The same page with the order ids as bare JSON numbers beyond 2^53 (the second target's case). */
  bigInts: DecodeCase;
  /**
   * Every id of the page (16+ digits: order, line item, SKU, product, package, user...) a bare number, as Local
   * Service sends shop_id and merchant_id: the most restoring the decoder has to do on this page.
   */
  allBigInts: DecodeCase;
  /** No run of 16+ digits anywhere (ids and request id shortened): parseJson's best case. */
  noLongDigitRuns: DecodeCase;
}

export function stageCosts(budgetMs: number): StageCosts {
  // The query the SDK signs for shop.orders.get({ ids: [id] }) (the signer tests' Get Order Detail vector, one id).
  const path = '/order/202507/orders';
  const query = { ids: ORDER_ID, shop_cipher: CREDS.shopCipher, app_key: CREDS.appKey, timestamp: '1623812664' };
  const input = { appSecret: CREDS.appSecret, path, query, contentType: 'application/json' };
  const bound = createSigner(CREDS.appSecret);
  const signUs = timeLoop(() => bound(path, query, undefined, 'application/json'), { batch: 1_000, budgetMs }).us;
  const signRequestUs = timeLoop(() => signRequest(input), { batch: 1_000, budgetMs }).us;

  const bytes = Buffer.from(ORDER_DETAIL_BODY);
  const utf8Us = timeLoop(() => bytes.toString('utf8'), { batch: 1_000, budgetMs }).us;
  const jsonParseUs = timeLoop(() => JSON.parse(ORDER_DETAIL_BODY), { batch: 250, budgetMs }).us;
  const decodeUs = timeLoop(() => parseJson(ORDER_DETAIL_BODY), { batch: 250, budgetMs }).us;

  const data = (parseJson(ORDER_DETAIL_BODY) as { data: unknown }).data;
  // A schema that rejects the docs' own example is a finding, not a timing. (safeParse only: one early `parse`
  // call changes V8's type feedback and makes every later safeParse ~1.5x slower than in the SDK.)
  if (!orderDetailSchema.safeParse(data).success) throw new Error('the order-detail schema rejects the docs example');
  const zodUs = timeLoop(() => orderDetailSchema.safeParse(data), { batch: 250, budgetMs }).us;
  const validate = compiledSafeParse(orderDetailSchema);
  if (!validate(data).success) throw new Error('the compiled order-detail schema rejects the docs example');
  const validateUs = timeLoop(() => validate(data), { batch: 250, budgetMs }).us;
  return { signUs, signRequestUs, utf8Us, jsonParseUs, decodeUs, zodUs, validateUs };
}

/** The first order id as decoded, to check exactness. */
function firstId(value: unknown): unknown {
  return (value as { data: { orders: { id: unknown }[] } }).data.orders[0]!.id;
}

function decodeCase(text: string, expectedId: string, budgetMs: number): DecodeCase {
  const r = timeRatio(
    () => JSON.parse(text),
    () => parseJson(text),
    { batch: 2, budgetMs },
  );
  return {
    bytes: Buffer.byteLength(text),
    jsonParseUs: r.baseUs,
    parseJsonUs: r.fnUs,
    ratio: r.ratio,
    exact: String(firstId(parseJson(text))) === expectedId,
  };
}

export function decodeResults(budgetMs: number): DecodeResults {
  const strings = orderPageOfSize(300_000, false);
  const bare = orderPageOfSize(300_000, true);
  const expected = String(firstId(JSON.parse(strings)));
  // Every run of 16+ digits cut to 15: what a body without long ids looks like to the decoder's pre-check.
  const short = strings.replace(/\d{16,}/g, (m) => m.slice(0, 15));
  const allBare = strings.replace(/"(\d{16,})"/g, '$1');
  return {
    noBigInts: decodeCase(strings, expected, budgetMs),
    bigInts: decodeCase(bare, expected, budgetMs),
    allBigInts: decodeCase(allBare, expected, budgetMs),
    noLongDigitRuns: decodeCase(short, expected.slice(0, 15), budgetMs),
  };
}

export interface InProcessCall {
  /** `shop.orders.get({ ids: [id] })` with the order-detail answer given in process: the SDK's whole call, minus a socket. */
  sdk: AsyncLoopResult;
  /** The floor on the same fake wire: undici `dispatch`, chunks collected, UTF-8 decoded, JSON.parse. */
  floor: AsyncLoopResult;
}

/**
 * The SDK's own CPU per call. Over a socket, the process CPU of any client is mostly HTTP and TLS (raw undici alone
 * spends ~100 µs there), so the issue's "SDK CPU per request" is measured here as well: the same call, answered by a
 * dispatcher that hands the docs' example body over in a microtask. Everything the SDK does runs (plan, sign, URL, the
 * transport's handler, UTF-8 and int64-safe decoding, envelope, strict validation, meta); only the socket does not.
 */
export async function inProcessCall(budgetMs: number): Promise<InProcessCall> {
  const headers = { 'content-type': 'application/json', 'x-tt-logid': '202203070749000101890810281E8C70B7' };
  const shop = makeShop(TIKTOK_ORIGIN, new FixedResponseDispatcher(ORDER_DETAIL_BODY, headers));
  const sdk = await timeAsyncLoop(() => shop.orders.get({ ids: [ORDER_ID] }), { budgetMs });
  const wire = new FixedResponseDispatcher(ORDER_DETAIL_BODY, headers);
  const floor = await timeAsyncLoop(() => dispatchJson(wire), { budgetMs });
  return { sdk, floor };
}
