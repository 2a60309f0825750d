import { AbortError } from "@cloud-sdk/auth-core";

/** The longest line `logsStream` yields unless told otherwise: 16 KiB of characters. */
export const DEFAULT_MAX_LINE_LENGTH = 16_384;

/**
 * Splits a log text into lines (LF or CRLF), each at most `maxLineLength` characters: a longer
 * line is yielded in pieces, so nothing is lost and no single string grows without bound. Checks
 * the signal before each line, so a consumer that aborts stops at once.
 */
export function* splitLogLines(
  text: string,
  maxLineLength: number,
  signal: AbortSignal | undefined,
  operation: string,
): Generator<string> {
  const lines = text.split(/\r?\n/);
  // A text that ends with a newline has no line after it.
  if (lines.at(-1) === "") lines.pop();
  for (const line of lines) {
    for (let start = 0; start === 0 || start < line.length; start += maxLineLength) {
      if (signal?.aborted) {
        throw new AbortError(`${operation} was cancelled: the signal was aborted.`, {
          operation,
          cause: signal.reason,
        });
      }
      yield line.slice(start, start + maxLineLength);
    }
  }
}
