/**
 * One fault's verdict: the checks that broke, in words. "survived" means the SDK's contract held under the fault
 * (which may mean surfacing the right error without duplicating work); "failed (<why>)" lists what broke.
 */
import { ApiError } from '../../src/core/errors/index.js';

/** An error the SDK must surface: its class, and for API errors its code and request id. */
export interface ErrorExpectation {
  cls: abstract new (...args: never[]) => Error;
  code?: string | number;
  /** The exact id, or a pattern (ids the emulator generates). */
  requestId?: string | RegExp;
}

export class Verdict {
  constructor(
    readonly problems: string[] = [],
    private readonly prefix = '',
  ) {}

  /** A verdict writing into this one, every problem prefixed with `what`. */
  scoped(what: string): Verdict {
    return new Verdict(this.problems, `${this.prefix}${what}: `);
  }

  check(ok: boolean, why: string): void {
    if (!ok) this.problems.push(`${this.prefix}${why}`);
  }

  equal(actual: unknown, expected: unknown, what: string): void {
    this.check(Object.is(actual, expected), `${what}: ${String(actual)}, expected ${String(expected)}`);
  }

  /** `error` matches `expected` (class, code, request id). `what` names the step. */
  error(error: unknown, expected: ErrorExpectation, what: string): void {
    if (!(error instanceof expected.cls)) {
      const got = error instanceof Error ? `${error.name}: ${error.message.slice(0, 160)}` : String(error);
      return this.check(false, `${what}: expected ${expected.cls.name}, got ${got}`);
    }
    if (expected.code === undefined && expected.requestId === undefined) return;
    if (!(error instanceof ApiError))
      return this.check(false, `${what}: ${error.name} is not an ApiError, so has no code or requestId`);
    if (expected.code !== undefined) this.equal(error.code, expected.code, `${what}: code`);
    const id = expected.requestId;
    if (typeof id === 'string') this.equal(error.requestId, id, `${what}: requestId`);
    else if (id)
      this.check(id.test(error.requestId ?? ''), `${what}: requestId ${String(error.requestId)} does not match ${String(id)}`);
  }

  /** Nothing surfaced, or say what did. */
  noError(error: unknown, what: string): void {
    if (error === undefined) return;
    this.check(false, `${what}: ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error)}`);
  }

  get survived(): boolean {
    return this.problems.length === 0;
  }

  /** The summary line of the issue: `fault: <name> - survived` or `fault: <name> - failed (<why>)`. */
  line(name: string): string {
    return `fault: ${name} - ${this.survived ? 'survived' : `failed (${this.problems.join('; ')})`}`;
  }
}
