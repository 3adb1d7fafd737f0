/**
 * In-process costs of the three CPU stages of an SDK call on the order-detail body, and the int64-safe decoder
 * on a ~300 KB order page. Tight loops on the same inputs the server sends, so the figures can be set against
 * the per-request CPU measured under load (bench/run.ts) to say where the SDK's time goes.
 */
import { ORDER_DETAIL_BODY, ORDER_ID, orderPageOfSize } from './bodies.js';
import { timeLoop } from './measure.js';
import { createSigner, CREDS, orderDetailSchema, parseJson, signRequest } from './sdk.js';

export interface StageCosts {
  /** µs per call of the client's per-request signer: `createSigner(secret)` is built once per app, as the client does. */
  signUs: number;
  /** µs per call of the public one-shot `signRequest` (prepares the HMAC key on every call). */
  signRequestUs: number;
  /** JSON.parse on the order-detail body, for reference. */
  jsonParseUs: number;
  /** core/json.ts parseJson on the same body: what the SDK decodes with. */
  decodeUs: number;
  /** The order-detail response schema's safeParse (what the core's validation calls) on the body's `data`. */
  zodUs: number;
}

export interface DecodeCase {
  /** Body size in bytes. */
  bytes: number;
  jsonParseUs: number;
  parseJsonUs: number;
  ratio: number;
  /** Whether parseJson kept the first order id exact (JSON.parse cannot when ids are bare numbers). */
  exact: boolean;
}

export interface DecodeResults {
  /** The API's shape: ids are strings, so no integer beyond 2^53 is present (the target's case). */
  noBigInts: DecodeCase;
  /** The same page with the order ids as bare JSON numbers beyond 2^53. */
  bigInts: DecodeCase;
  /** No run of 16+ digits anywhere (ids and request id shortened): parseJson's best case. */
  noLongDigitRuns: DecodeCase;
}

export function stageCosts(budgetMs: number): StageCosts {
  // The query the SDK signs for shop.orders.get([id]) (ENDPOINTS.md 4.3's order-detail vector, one id).
  const path = '/order/202507/orders';
  const query = { ids: ORDER_ID, shop_cipher: CREDS.shopCipher, app_key: CREDS.appKey, timestamp: '1623812664' };
  const input = { appSecret: CREDS.appSecret, path, query, contentType: 'application/json' };
  const bound = createSigner(CREDS.appSecret);
  const signUs = timeLoop(() => bound(path, query, undefined, 'application/json'), { batch: 1_000, budgetMs }).us;
  const signRequestUs = timeLoop(() => signRequest(input), { batch: 1_000, budgetMs }).us;

  const jsonParseUs = timeLoop(() => JSON.parse(ORDER_DETAIL_BODY), { batch: 250, budgetMs }).us;
  const decodeUs = timeLoop(() => parseJson(ORDER_DETAIL_BODY), { batch: 250, budgetMs }).us;

  const data = (parseJson(ORDER_DETAIL_BODY) as { data: unknown }).data;
  // A schema that rejects the seed's own example is a finding, not a timing. (safeParse only: one early `parse`
  // call changes V8's type feedback and makes every later safeParse ~1.5x slower than in the SDK.)
  if (!orderDetailSchema.safeParse(data).success) throw new Error('the order-detail schema rejects the seed example');
  const zodUs = timeLoop(() => orderDetailSchema.safeParse(data), { batch: 250, budgetMs }).us;
  return { signUs, signRequestUs, jsonParseUs, decodeUs, zodUs };
}

/** The first order id as decoded, to check exactness. */
function firstId(value: unknown): unknown {
  return (value as { data: { orders: { id: unknown }[] } }).data.orders[0]!.id;
}

function decodeCase(text: string, expectedId: string, budgetMs: number): DecodeCase {
  const jsonParseUs = timeLoop(() => JSON.parse(text), { batch: 2, budgetMs, warmBatches: 5 }).us;
  const parseJsonUs = timeLoop(() => parseJson(text), { batch: 2, budgetMs, warmBatches: 5 }).us;
  return {
    bytes: Buffer.byteLength(text),
    jsonParseUs,
    parseJsonUs,
    ratio: parseJsonUs / jsonParseUs,
    exact: String(firstId(parseJson(text))) === expectedId,
  };
}

export function decodeResults(budgetMs: number): DecodeResults {
  const strings = orderPageOfSize(300_000, false);
  const bare = orderPageOfSize(300_000, true);
  const expected = String(firstId(JSON.parse(strings)));
  // Every run of 16+ digits cut to 15: what a body without long ids looks like to the decoder's pre-check.
  const short = strings.replace(/\d{16,}/g, (m) => m.slice(0, 15));
  return {
    noBigInts: decodeCase(strings, expected, budgetMs),
    bigInts: decodeCase(bare, expected, budgetMs),
    noLongDigitRuns: decodeCase(short, expected.slice(0, 15), budgetMs),
  };
}
