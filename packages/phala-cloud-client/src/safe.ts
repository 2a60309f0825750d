import { CloudSdkError } from "@cloud-sdk/auth-core";

/** The outcome of a call made through {@link safe}: `@phala/cloud`'s `SafeResult` shape. */
export type SafeResult<T> =
  | {
      /** `true`: the call succeeded. */
      success: true;
      /** What the call answered. */
      data: T;
    }
  | {
      /** `false`: the call failed. */
      success: false;
      /** Why it failed: the error the call threw. */
      error: CloudSdkError;
    };

/**
 * Awaits a call and answers `{ success: true, data }` or `{ success: false, error }` instead of
 * throwing: one helper in place of `@phala/cloud`'s forty `safeXxx` twins. `error` is any
 * cloud-sdk error (a {@link PhalaCloudError}, a `RequestValidationError` for bad arguments, a
 * `ResponseValidationError`, an `AbortError` …). Anything else (a bug) is still thrown.
 *
 * @example
 * ```ts
 * const result = await safe(client.getCvmInfo({ id: "my-app" }));
 * if (result.success) console.log(result.data.status);
 * else console.error(result.error.message);
 * ```
 */
export async function safe<T>(call: PromiseLike<T>): Promise<SafeResult<T>> {
  try {
    return { success: true, data: await call };
  } catch (error) {
    if (error instanceof CloudSdkError) return { success: false, error };
    throw error;
  }
}
