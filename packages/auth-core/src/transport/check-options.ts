import { ConfigurationError } from "../errors/configuration-error.js";
import { checkResponseValidation } from "./response-validation.js";

/** The longest timer JavaScript runtimes keep: a larger delay fires at once (2^31 − 1 ms, about 24.8 days). */
export const MAX_TIMEOUT_MS = 2_147_483_647;

/** Checks a `timeout` option: a finite number of milliseconds, 0 < timeout ≤ 2,147,483,647. */
export function checkTimeout(value: unknown, option = "timeout"): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "number" && Number.isFinite(value) && value > 0 && value <= MAX_TIMEOUT_MS) return value;
  throw new ConfigurationError(
    `${option} must be a number of milliseconds greater than 0 and at most ${MAX_TIMEOUT_MS}; got ${describe(value)}.`,
    { option },
  );
}

/** Checks a `maxRetries` option: a whole number, 0 or more. */
export function checkMaxRetries(value: unknown, option = "maxRetries"): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
  throw new ConfigurationError(`${option} must be a whole number, 0 or more; got ${describe(value)}.`, { option });
}

/** Checks a `maxResponseBytes` option: a whole number of bytes, at least 1. */
export function checkMaxResponseBytes(value: unknown, option = "maxResponseBytes"): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "number" && Number.isSafeInteger(value) && value > 0) return value;
  throw new ConfigurationError(`${option} must be a whole number of bytes, 1 or more; got ${describe(value)}.`, { option });
}

/** The per-call options a method accepts, checked exactly as the client's options are. */
export function checkCallOptions(options: {
  timeout?: unknown;
  maxRetries?: unknown;
  responseValidation?: unknown;
  maxResponseBytes?: unknown;
}): void {
  checkTimeout(options.timeout);
  checkMaxRetries(options.maxRetries);
  checkResponseValidation(options.responseValidation);
  checkMaxResponseBytes(options.maxResponseBytes);
}

function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}
