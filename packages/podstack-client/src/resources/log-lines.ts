import { AbortError } from "@cloud-sdk/auth-core";

/** The longest line `logsStream` yields unless told otherwise: 16 KiB of characters. */
export const DEFAULT_MAX_LINE_LENGTH = 16_384;

/**
 * The lines (LF or CRLF) of a log stream as they arrive, each at most `maxLineLength` characters:
 * a longer line is yielded in pieces, so nothing is lost and memory stays bounded by one line
 * piece and one chunk, however long the stream stays open. Checks the signal before each line, so
 * a consumer that aborts stops at once; leaving the loop early (or an abort) cancels the stream,
 * which closes the connection.
 */
export async function* streamLogLines(
  stream: ReadableStream<Uint8Array>,
  maxLineLength: number,
  signal: AbortSignal | undefined,
  operation: string,
): AsyncGenerator<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let pending = "";
  let finished = false;
  const check = (): void => {
    if (signal?.aborted) {
      throw new AbortError(`${operation} was cancelled: the signal was aborted.`, { operation, cause: signal.reason });
    }
  };
  try {
    for (;;) {
      check();
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        pending += decoder.decode();
        if (pending !== "") {
          for (const piece of pieces(pending, maxLineLength)) {
            check();
            yield piece;
          }
        }
        return;
      }
      pending += decoder.decode(value, { stream: true });
      let from = 0;
      for (let newline = pending.indexOf("\n"); newline !== -1; newline = pending.indexOf("\n", from)) {
        const line = pending.slice(from, newline > from && pending.charAt(newline - 1) === "\r" ? newline - 1 : newline);
        from = newline + 1;
        for (const piece of pieces(line, maxLineLength)) {
          check();
          yield piece;
        }
      }
      pending = pending.slice(from);
      // A line still open longer than a piece: yield whole pieces now. Strictly longer, so what
      // stays is never empty (the line's end cannot add an empty piece) and a trailing "\r" that
      // may start a CRLF stays pending.
      let start = 0;
      for (; pending.length - start > maxLineLength; start += maxLineLength) {
        check();
        yield pending.slice(start, start + maxLineLength);
      }
      pending = pending.slice(start);
    }
  } finally {
    if (!finished) void reader.cancel().catch(() => undefined);
  }
}

/** A line cut into pieces of at most `size` characters; an empty line is one empty piece. */
function pieces(line: string, size: number): string[] {
  const out: string[] = [];
  for (let start = 0; start === 0 || start < line.length; start += size) out.push(line.slice(start, start + size));
  return out;
}
