import type { FaultRule } from './faults.js';
import { methodMatches, pathMatches, type MethodMatcher, type PathMatcher } from './match.js';

/** One request as the emulator saw it, recorded before any fault or handler ran. */
export interface JournalEntry {
  /** 1-based arrival order; keeps counting after old entries are dropped. */
  readonly seq: number;
  /** Upper-case method as sent. */
  readonly method: string;
  /** Full URL as resolved by the emulator (origin + path + query). */
  readonly url: string;
  /** Pathname, percent-encoding untouched. */
  readonly pathname: string;
  /** Query string including the leading `?`, or `''`. */
  readonly search: string;
  /** Header names lower-cased; repeated headers joined with `, ` (Fetch semantics). */
  readonly headers: Readonly<Record<string, string>>;
  /** Body decoded as UTF-8, cut to the journal's body limit (see {@link JournalEntry.bodyTruncated}). */
  readonly body: string;
  /** True when {@link JournalEntry.body} was cut to the body limit. */
  readonly bodyTruncated: boolean;
  /** Byte length of the full body. */
  readonly bodyBytes: number;
  /** `Date.now()` when the request arrived. */
  readonly at: number;
  /** The fault rule applied to this request, if any (the object passed to `FaultPlan.add`). */
  readonly fault: FaultRule | undefined;
}

/** Options bounding the journal's memory. */
export interface JournalOptions {
  /** Most entries kept; older ones are dropped first. Default 10,000. */
  limit?: number;
  /** Most body bytes kept per entry. Default 64 KiB. */
  bodyLimit?: number;
}

/** The data a transport hands to {@link RequestJournal.record}. */
export interface JournalInput {
  method: string;
  url: URL;
  headers: Headers;
  body: Uint8Array;
  fault: FaultRule | undefined;
}

const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * An append-only, size-capped log of requests. Tests use it to assert what reached the "server",
 * e.g. that a non-idempotent POST was sent exactly once despite a retrying client.
 */
export class RequestJournal {
  readonly #limit: number;
  readonly #bodyLimit: number;
  #entries: JournalEntry[] = [];
  #seq = 0;
  #dropped = 0;

  constructor(options: JournalOptions = {}) {
    this.#limit = positiveInt(options.limit ?? 10_000, 'journal limit');
    this.#bodyLimit = positiveInt(options.bodyLimit ?? 64 * 1024, 'journal body limit');
  }

  /** Entries still held, oldest first. Treat as read-only; read it again after further requests. */
  get entries(): readonly JournalEntry[] {
    return this.#entries;
  }

  /** How many entries were dropped to respect the limit since the last {@link RequestJournal.clear}. */
  get dropped(): number {
    return this.#dropped;
  }

  /** Appends one request. */
  record(input: JournalInput): JournalEntry {
    const headers: Record<string, string> = {};
    // Fetch Headers already lower-case names and join repeats, except set-cookie which
    // iterates once per value; the journal keeps the joined form for every name.
    for (const [name, value] of input.headers) {
      headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
    }
    const cut = input.body.byteLength > this.#bodyLimit;
    const entry: JournalEntry = {
      seq: ++this.#seq,
      method: input.method.toUpperCase(),
      url: input.url.href,
      pathname: input.url.pathname,
      search: input.url.search,
      headers,
      body: decoder.decode(cut ? input.body.subarray(0, this.#bodyLimit) : input.body),
      bodyTruncated: cut,
      bodyBytes: input.body.byteLength,
      at: Date.now(),
      fault: input.fault,
    };
    this.#entries.push(entry);
    if (this.#entries.length > this.#limit) {
      // Drop in one go rather than shift() per push once full: the overshoot of 1/16 makes the
      // copy amortized O(1) per request even for a journal of many thousands of entries.
      const excess = this.#entries.length - this.#limit + Math.floor(this.#limit / 16);
      this.#entries = this.#entries.slice(excess);
      this.#dropped += excess;
    }
    return entry;
  }

  /** Entries matching method and path (both optional, see {@link methodMatches}/{@link pathMatches}). */
  filter(method?: MethodMatcher, path?: PathMatcher): JournalEntry[] {
    return this.#entries.filter((e) => methodMatches(method, e.method) && pathMatches(path, e.pathname));
  }

  /** How many held entries match method and path. */
  count(method?: MethodMatcher, path?: PathMatcher): number {
    let n = 0;
    for (const e of this.#entries) if (methodMatches(method, e.method) && pathMatches(path, e.pathname)) n++;
    return n;
  }

  /** Forgets every entry (sequence numbers keep increasing). */
  clear(): void {
    this.#entries = [];
    this.#dropped = 0;
  }
}

function positiveInt(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${what} must be a positive integer, got ${value}`);
  return value;
}
