/**
 * What the fault suite captures and scans for secrets: every log line a client writes (at debug level) and every
 * error that surfaces (message and `util.inspect`, causes included). Secrets are gathered from the emulators'
 * state and from the wire itself (every value the journal saw under a secret name: `sign`, `app_secret`,
 * `x-tts-access-token`, `x-api-key`, a presigned URL's signature ...), so nothing is listed by hand.
 */
import { inspect } from 'node:util';
import type { Logger, LogLevel } from '../../src/core/logger.js';
import { isSecretName } from '../../src/core/redact.js';
import type { JournalEntry } from '../../src/testing/journal.js';

const FULL = { depth: 20, maxArrayLength: Infinity, maxStringLength: Infinity, breakLength: Infinity } as const;

/** A logger that keeps every line as the text a log sink would store (message plus fields, fully expanded). */
export class CapturingLogger implements Logger {
  readonly lines: string[] = [];

  debug(obj: unknown, msg?: string): void {
    this.keep('debug', obj, msg);
  }
  info(obj: unknown, msg?: string): void {
    this.keep('info', obj, msg);
  }
  warn(obj: unknown, msg?: string): void {
    this.keep('warn', obj, msg);
  }
  error(obj: unknown, msg?: string): void {
    this.keep('error', obj, msg);
  }

  private keep(level: LogLevel, obj: unknown, msg: string | undefined): void {
    this.lines.push(`${level} ${msg ?? ''} ${inspect(obj, FULL)}`);
  }
}

/** Everything a user could print of an error: its message and its full inspection (cause chain, own fields). */
export function errorTexts(error: unknown): string[] {
  if (error === undefined) return [];
  return [error instanceof Error ? error.message : String(error), inspect(error, FULL)];
}

/** A named secret value (the name is what a report shows; the value is never printed). */
export interface Secret {
  name: string;
  value: string;
}

/** Values shorter than this are not scanned for: they would match ordinary text by chance. */
const MIN_SECRET_LENGTH = 6;

/** Every value sent under a secret name, in a query parameter or a header, as the emulator journaled it. */
export function secretsOnTheWire(journal: readonly JournalEntry[]): Secret[] {
  const found: Secret[] = [];
  for (const entry of journal) {
    for (const [name, value] of new URL(entry.url).searchParams)
      if (isSecretName(name)) found.push({ name: `query ${name}`, value });
    for (const [name, value] of Object.entries(entry.headers)) {
      if (isSecretName(name)) found.push({ name: `header ${name}`, value: value.replace(/^Bearer\s+/i, '') });
    }
  }
  return found;
}

/** Where secrets appear in captured text, counted: `"query sign in 3 of order sync log lines"`. Empty when none leaked. */
export function findLeaks(secrets: readonly Secret[], sources: Readonly<Record<string, readonly string[]>>): string[] {
  const leaks = new Map<string, number>();
  const unique = new Map(secrets.filter((s) => s.value.length >= MIN_SECRET_LENGTH).map((s) => [s.value, s.name]));
  for (const [source, texts] of Object.entries(sources)) {
    for (const text of texts) {
      const names = new Set([...unique].filter(([value]) => text.includes(value)).map(([, name]) => name));
      for (const name of names) leaks.set(`${name} in ${source}`, (leaks.get(`${name} in ${source}`) ?? 0) + 1);
    }
  }
  return [...leaks].map(([where, n]) => where.replace(' in ', ` in ${n} of `));
}
