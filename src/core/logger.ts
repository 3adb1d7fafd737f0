import { redactValue } from './redact.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * A pino- or console-compatible logger. The SDK calls `logger[level](fields, message)`: pino reads the object
 * as structured fields, console prints both. Fields are redacted before they reach it.
 */
export interface Logger {
  debug(obj: unknown, msg?: string): void;
  info(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** The level from SOCIAL_COMMERCE_LOG (debug|info|warn|error|off); default warn. */
export function levelFromEnv(env: string | undefined = process.env.SOCIAL_COMMERCE_LOG): LogLevel | 'off' {
  const v = env?.toLowerCase();
  return v === 'debug' || v === 'info' || v === 'warn' || v === 'error' || v === 'off' ? v : 'warn';
}

/** The SDK's internal log handle: level filter + redaction in front of the user's logger. */
export class Log {
  private readonly min: number;

  constructor(
    private readonly sink: Logger | undefined,
    level: LogLevel | 'off' = levelFromEnv(),
  ) {
    this.min = level === 'off' ? Infinity : ORDER[level];
  }

  enabled(level: LogLevel): boolean {
    return this.sink !== undefined && ORDER[level] >= this.min;
  }

  debug(msg: string, fields?: Record<string, unknown>) {
    this.write('debug', msg, fields);
  }
  info(msg: string, fields?: Record<string, unknown>) {
    this.write('info', msg, fields);
  }
  warn(msg: string, fields?: Record<string, unknown>) {
    this.write('warn', msg, fields);
  }
  error(msg: string, fields?: Record<string, unknown>) {
    this.write('error', msg, fields);
  }

  private write(level: LogLevel, msg: string, fields?: Record<string, unknown>) {
    if (!this.enabled(level)) return;
    this.sink![level](redactValue({ sdk: 'social-commerce-sdk', ...fields }), msg);
  }
}
