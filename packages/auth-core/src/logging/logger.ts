import { readEnv } from "../credentials/read-env.js";

/** Verbosity, from quietest to loudest. */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/**
 * Where log lines go. `console` fits; so do pino, winston and most loggers. Lines never contain a
 * secret: header values of credential headers are replaced by their redacted form.
 */
export interface Logger {
  /** Failures the caller will also see as errors. */
  error(message: string, details?: Record<string, unknown>): void;
  /** Something probably wrong that did not fail the call (a credentials file readable by others). */
  warn(message: string, details?: Record<string, unknown>): void;
  /** Retries, redirects followed, credentials refreshed. */
  info(message: string, details?: Record<string, unknown>): void;
  /** Every request and response line, credential headers redacted. */
  debug(message: string, details?: Record<string, unknown>): void;
}

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

const noop = (): void => undefined;

/**
 * The logger actually used: methods below `level` are no-ops decided once, at creation, so a quiet
 * client pays nothing per request.
 */
export function createLevelLogger(logger: Logger | undefined, level: LogLevel = "warn"): Logger {
  const target = logger ?? console;
  const enabled = (wanted: LogLevel) => RANK[level] >= RANK[wanted];
  const forward =
    (method: keyof Logger) =>
    (message: string, details?: Record<string, unknown>): void => {
      // console.* would print a trailing "undefined" for a missing second argument.
      if (details === undefined) target[method](message);
      else target[method](message, details);
    };
  return {
    error: enabled("error") ? forward("error") : noop,
    warn: enabled("warn") ? forward("warn") : noop,
    info: enabled("info") ? forward("info") : noop,
    debug: enabled("debug") ? forward("debug") : noop,
  };
}

/**
 * A log level from an environment variable such as `LAMBDA_LOG`, read case-insensitively (`DEBUG`
 * works like `debug`, spaces trimmed); unset or anything else is undefined. Guarded: no `process`
 * (a browser, a worker) reads as unset.
 *
 * @example
 * ```ts
 * const logLevel = options.logLevel ?? readLogLevelEnv("PHOTA_LOG");
 * ```
 */
export function readLogLevelEnv(name: string): LogLevel | undefined {
  const value = readEnv(name)?.trim().toLowerCase();
  return isLogLevel(value) ? value : undefined;
}

/** True when a log level string is valid; used to read `*_LOG` environment variables safely. */
export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === "string" && Object.hasOwn(RANK, value);
}
