/**
 * The request inspector's memory: the last requests the emulator received, each with the verdict its handler
 * noted and how it ended, for the browser page (`GET /` on a served emulator) and for tests.
 *
 * Built to cost nothing worth measuring when nobody looks: a request adds one small record (references to the
 * journal entry and the auth note, no copies), and the masked view is built only for a listener or a reader.
 */
import type { JournalEntry } from '../journal.js';
import { authNoteOf, type AuthNote } from './auth-notes.js';
import { inspectedRequest, type InspectedRequest, type InspectionOutcome } from './view.js';

/** Options of a {@link RequestInspector}. */
export interface InspectorOptions {
  /** Most requests kept; older ones are dropped first. Default 500. */
  limit?: number;
}

interface Inspection {
  readonly entry: JournalEntry;
  note: AuthNote | undefined;
  outcome: InspectionOutcome;
  /** The view, built on first read and dropped when the record changes. */
  view: InspectedRequest | undefined;
}

const PENDING: InspectionOutcome = { type: 'pending' };

/** Receives each request when it arrives and again when it ends. */
export type InspectorListener = (request: InspectedRequest) => void;

export class RequestInspector {
  readonly #limit: number;
  #records: Inspection[] = [];
  readonly #open = new WeakMap<Request, Inspection>();
  readonly #listeners = new Set<InspectorListener>();
  readonly #secrets = new Set<string>();
  #secretList: readonly string[] = [];

  constructor(options: InspectorOptions = {}) {
    const limit = options.limit ?? 500;
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`inspector limit must be a positive integer, got ${limit}`);
    this.#limit = limit;
  }

  /**
   * Values never to serve in clear, wherever they appear (masked as `em•••`): the emulator's app secret, API keys
   * and static tokens. Credentials under a known name (headers, `access_token`, `client_secret`...) are masked anyway.
   */
  redact(...secrets: (string | undefined)[]): this {
    for (const s of secrets) if (s) this.#secrets.add(s);
    // Longest first: a secret that contains another is masked whole.
    this.#secretList = [...this.#secrets].sort((a, b) => b.length - a.length);
    for (const r of this.#records) r.view = undefined;
    return this;
  }

  /** The kept requests, newest first. */
  list(): InspectedRequest[] {
    const out: InspectedRequest[] = [];
    for (let i = this.#records.length - 1; i >= 0; i--) out.push(this.#viewOf(this.#records[i]!));
    return out;
  }

  /** The kept request with this journal sequence number. */
  get(seq: number): InspectedRequest | undefined {
    const record = this.#records.find((r) => r.entry.seq === seq);
    return record && this.#viewOf(record);
  }

  /** Calls `listener` for every request that arrives or ends, until the returned function is called. */
  subscribe(listener: InspectorListener): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  /** How many listeners are attached (the page's open event streams). */
  get listeners(): number {
    return this.#listeners.size;
  }

  /** Forgets every kept request. */
  clear(): void {
    this.#records = [];
  }

  /**
   * A request arrived (called by the transports, right after the journal recorded it).
   * @internal
   */
  begin(request: Request, entry: JournalEntry): void {
    const record: Inspection = { entry, note: undefined, outcome: PENDING, view: undefined };
    this.#open.set(request, record);
    this.#records.push(record);
    if (this.#records.length > this.#limit) {
      // As the journal does: drop a slice at once so a full inspector copies rarely, not on every request.
      this.#records = this.#records.slice(this.#records.length - this.#limit + Math.floor(this.#limit / 16));
    }
    this.#emit(record);
  }

  /**
   * The request ended: the handler's auth note is read now, with the status sent (if any).
   * @internal
   */
  finish(request: Request, outcome: InspectionOutcome): void {
    const record = this.#open.get(request);
    if (!record) return;
    this.#open.delete(request);
    record.note = authNoteOf(request);
    record.outcome = outcome;
    record.view = undefined;
    this.#emit(record);
  }

  #emit(record: Inspection): void {
    if (this.#listeners.size === 0) return;
    const view = this.#viewOf(record);
    for (const listener of this.#listeners) {
      try {
        listener(view);
      } catch {
        // A failing listener (a page that went away mid-write) must not fail the request it watches.
      }
    }
  }

  #viewOf(record: Inspection): InspectedRequest {
    record.view ??= inspectedRequest(record.entry, record.note, record.outcome, this.#secretList);
    return record.view;
  }
}
