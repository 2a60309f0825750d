import { ConfigurationError } from "../errors/configuration-error.js";

/**
 * What a client does with a success body that does not match the SDK's schema:
 * - `"strict"` (default): a `ResponseValidationError` naming the operation and the fields;
 * - `"warn"`: the body is returned as the server sent it (parsed JSON, no defaults or transforms), and
 *   the client's logger gets one warning per operation and process naming the paths that differ;
 * - `"off"`: no response validation at all.
 *
 * Error bodies are read the same way in all three modes.
 *
 * @example
 * ```ts
 * const client = new LambdaCloudClient({ responseValidation: "warn" });
 * await client.instances.list({ responseValidation: "off" }); // per call
 * ```
 */
export type ResponseValidation = "strict" | "warn" | "off";

const MODES: ReadonlySet<unknown> = new Set(["strict", "warn", "off"]);

/** Checks a `responseValidation` option; anything but the three modes is a ConfigurationError. */
export function checkResponseValidation(value: unknown, option = "responseValidation"): ResponseValidation | undefined {
  if (value === undefined || MODES.has(value)) return value as ResponseValidation | undefined;
  throw new ConfigurationError(`${option} must be "strict", "warn" or "off"; got ${JSON.stringify(value)}.`, { option });
}

// One warning per provider and operation for the life of the process: a drifted list endpoint polled
// every second must not flood the logs.
const warned = new Set<string>();

/** True the first time it is asked for this provider and operation, false afterwards. */
export function firstDriftWarning(provider: string, operation: string): boolean {
  const key = `${provider}\u0000${operation}`;
  if (warned.has(key)) return false;
  warned.add(key);
  return true;
}
