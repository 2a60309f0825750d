type DenoLike = { env?: { get?(name: string): string | undefined } };

/**
 * Reads an environment variable where there is one, trimmed; an empty value counts as unset.
 * Never throws: in browsers and edge runtimes without `process` it answers `undefined`.
 *
 * @example
 * ```ts
 * const key = readEnv("LAMBDA_API_KEY"); // string | undefined
 * ```
 */
export function readEnv(name: string): string | undefined {
  let value: string | undefined;
  if (typeof process !== "undefined" && process?.env) {
    value = process.env[name];
  } else {
    const deno = (globalThis as { Deno?: DenoLike }).Deno;
    try {
      value = deno?.env?.get?.(name);
    } catch {
      // Deno without --allow-env throws; that is "not set" for us.
      value = undefined;
    }
  }
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
