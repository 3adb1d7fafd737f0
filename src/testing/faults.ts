import { RequestInspector, type InspectorOptions } from './inspector/inspector.js';
import { RequestJournal, type JournalEntry, type JournalOptions } from './journal.js';
import { methodMatches, pathMatches, type MethodMatcher, type PathMatcher } from './match.js';

/**
 * Reply with this status instead of running the handler: a 503 burst, a 429 with `Retry-After`,
 * an HTML 502 page from a "gateway" (`headers: { 'content-type': 'text/html' }`).
 */
export interface StatusFault {
  kind: 'status';
  status: number;
  /**
   * A string or bytes are sent as-is (`text/plain` unless `headers` set a content type); any other
   * value is sent as JSON. Default: an empty body.
   */
  body?: string | Uint8Array | object | null;
  headers?: Record<string, string>;
}

/**
 * Wait before the response headers (then answer normally). Used to exceed client timeouts;
 * the wait ends at once when the client aborts or disconnects, and the handler then never runs.
 */
export interface DelayFault {
  kind: 'delay';
  ms: number;
}

/**
 * Drop the connection.
 * - `before-headers` (default): no response at all. With `processed: true` the handler runs first,
 *   so its side effects happen: "the order was created but the client never heard back".
 * - `mid-body`: status, headers and the first `bytes` of the handler's body are sent, then the
 *   connection drops; the client sees the headers and then an error while reading the body.
 *
 * On the client (undici): a `SocketError` (`code: 'UND_ERR_SOCKET'`, "other side closed"), which is
 * what a peer closing the socket produces. With `tcpReset: true` the loopback server sends a TCP RST
 * instead and undici reports Node's raw `Error` with `code: 'ECONNRESET'`; the dispatcher imitates it.
 */
export interface ResetFault {
  kind: 'reset';
  when?: 'before-headers' | 'mid-body';
  /** mid-body only: body bytes sent before the drop. Default: half of the body (which is then buffered). */
  bytes?: number;
  /** before-headers only: run the handler (and its side effects) before dropping. Default false. */
  processed?: boolean;
  /** Send a TCP RST (`ECONNRESET` on the client) rather than closing the socket. Default false. */
  tcpReset?: boolean;
}

/**
 * The handler's response with its body cut short but ended cleanly (chunked encoding, no
 * `content-length`), e.g. truncated JSON that only fails when parsed.
 */
export interface TruncateFault {
  kind: 'truncate';
  /** Body bytes kept. Default: half of the body (which is then buffered). */
  bytes?: number;
}

/** What can go wrong with one request. Requests no rule selects reach the handlers unchanged. */
export type Fault = StatusFault | DelayFault | ResetFault | TruncateFault;

/** Which requests a rule applies to, and how often. */
export interface FaultMatch {
  /** `'*'` or omitted: any method. */
  method?: MethodMatcher;
  /** Exact pathname or a RegExp tested on it; omitted: any path. */
  path?: PathMatcher;
  /**
   * Extra condition. Receives a clone of the request (reading it does not disturb the handler)
   * and the body already decoded, because a synchronous predicate cannot await `request.text()`.
   */
  match?: (request: Request, body: string) => boolean;
  /** How many matching requests get the fault. Default 1; `Infinity` for every one. */
  times?: number;
  /** Let the first N matching requests through untouched before the fault starts. Default 0. */
  after?: number;
}

/** A fault plus the requests it applies to: `{ method: 'POST', path: '/x', kind: 'status', status: 503, times: 2 }`. */
export type FaultRule = Fault & FaultMatch;

/** Options of a {@link FaultPlan}. */
export interface FaultPlanOptions {
  /** Bounds on the request journal's memory. */
  journal?: JournalOptions;
  /** Bounds on the request inspector's memory (default: the last 500 requests). */
  inspector?: InspectorOptions;
}

interface RuleState {
  readonly rule: FaultRule;
  seen: number;
  applied: number;
}

const decoder = new TextDecoder();

/**
 * Scripted failures and a journal of requests, shared by the in-process dispatcher and the loopback
 * server so a test reads the same whichever transport it uses.
 *
 * Rules are checked in the order added; the first one with budget left applies. Every rule that
 * matches counts the request towards its own `after`, even when an earlier rule applied, so
 * `after` means "the Nth matching request" regardless of other rules.
 */
export class FaultPlan {
  readonly #rules: RuleState[] = [];
  readonly #journal: RequestJournal;
  /**
   * The last requests with the verdict of their handler (signature, key, token) and their status, masked for
   * display: what the served emulator's page at `GET /` shows, readable in tests too.
   */
  readonly inspector: RequestInspector;

  constructor(options: FaultPlanOptions = {}) {
    this.#journal = new RequestJournal(options.journal);
    this.inspector = new RequestInspector(options.inspector);
  }

  /** Adds a rule; returns the plan so rules can be chained. */
  add(rule: FaultRule): this {
    validate(rule);
    this.#rules.push({ rule, seen: 0, applied: 0 });
    return this;
  }

  /** Removes every rule (the journal is kept: see {@link FaultPlan.clearJournal}). */
  clear(): void {
    this.#rules.length = 0;
  }

  /** How many rules can still apply to a future request. */
  get pending(): number {
    return this.#rules.filter((s) => s.applied < (s.rule.times ?? 1)).length;
  }

  /** Every request seen (up to the journal limit), oldest first. */
  get journal(): readonly JournalEntry[] {
    return this.#journal.entries;
  }

  /** How many journaled requests match, e.g. `count('POST', '/orders')`. */
  count(method?: MethodMatcher, path?: PathMatcher): number {
    return this.#journal.count(method, path);
  }

  /** The journaled requests that match. */
  requests(method?: MethodMatcher, path?: PathMatcher): JournalEntry[] {
    return this.#journal.filter(method, path);
  }

  /** Forgets the journal (the rules are kept). */
  clearJournal(): void {
    this.#journal.clear();
  }

  /**
   * Journals a request and picks the fault for it. Called once per request by the transports
   * (dispatcher and server); tests do not need it.
   * @internal
   */
  intercept(request: Request, body: Uint8Array): FaultRule | undefined {
    const url = new URL(request.url);
    let bodyText: string | undefined;
    let chosen: FaultRule | undefined;
    for (const state of this.#rules) {
      const { rule } = state;
      if (!methodMatches(rule.method, request.method) || !pathMatches(rule.path, url.pathname)) continue;
      if (rule.match) {
        bodyText ??= decoder.decode(body);
        if (!rule.match(request.clone(), bodyText)) continue;
      }
      state.seen++;
      if (chosen || state.seen <= (rule.after ?? 0) || state.applied >= (rule.times ?? 1)) continue;
      state.applied++;
      chosen = rule;
    }
    const entry = this.#journal.record({ method: request.method, url, headers: request.headers, body, fault: chosen });
    this.inspector.begin(request, entry);
    return chosen;
  }
}

function validate(rule: FaultRule): void {
  const times = rule.times ?? 1;
  if (!(times === Infinity || (Number.isInteger(times) && times >= 0))) {
    throw new RangeError(`fault rule: times must be a non-negative integer or Infinity, got ${times}`);
  }
  const after = rule.after ?? 0;
  if (!Number.isInteger(after) || after < 0)
    throw new RangeError(`fault rule: after must be a non-negative integer, got ${after}`);
  switch (rule.kind) {
    case 'status':
      // 1xx cannot be a final response, and Response refuses anything outside 200..599.
      if (!Number.isInteger(rule.status) || rule.status < 200 || rule.status > 599) {
        throw new RangeError(`status fault: status must be 200..599, got ${rule.status}`);
      }
      return;
    case 'delay':
      if (!Number.isFinite(rule.ms) || rule.ms < 0) throw new RangeError(`delay fault: ms must be >= 0, got ${rule.ms}`);
      return;
    case 'reset':
    case 'truncate':
      if (rule.bytes !== undefined && (!Number.isInteger(rule.bytes) || rule.bytes < 0)) {
        throw new RangeError(`${rule.kind} fault: bytes must be a non-negative integer, got ${rule.bytes}`);
      }
      return;
    default:
      throw new TypeError(`unknown fault kind: ${(rule as { kind?: unknown }).kind}`);
  }
}
