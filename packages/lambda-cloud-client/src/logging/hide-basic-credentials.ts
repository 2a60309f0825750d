import { redact, type Logger } from "@cloud-sdk/auth-core";

const BASIC = /^basic\s+(\S+)$/i;

/** `Basic base64(key:)` shown as `Basic secret_…cdef`: which key, never the key itself. */
function redactBasic(value: unknown): unknown {
  const encoded = typeof value === "string" ? BASIC.exec(value.trim())?.[1] : undefined;
  if (encoded === undefined) return value;
  try {
    return `Basic ${redact(atob(encoded).replace(/:$/, ""))}`;
  } catch {
    return "Basic ***";
  }
}

/**
 * A local adapter around the user's logger, used with `authScheme: "basic"` only. auth-core
 * redacts a credential header by looking for the raw key in it, but HTTP Basic carries the key
 * base64-encoded, so its debug lines would show it in full (reported for auth-core to fix).
 */
export function hideBasicCredentials(logger: Logger): Logger {
  return {
    // Arguments forwarded as received: console would print a missing `details` as "undefined".
    error: (...args) => logger.error(...args),
    warn: (...args) => logger.warn(...args),
    info: (...args) => logger.info(...args),
    debug: (message, ...rest) => {
      const details = rest[0];
      const headers = details?.headers as Record<string, unknown> | undefined;
      if (headers?.authorization === undefined) return logger.debug(message, ...rest);
      logger.debug(message, { ...details, headers: { ...headers, authorization: redactBasic(headers.authorization) } });
    },
  };
}
