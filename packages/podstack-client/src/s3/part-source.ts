/** What `upload` accepts: bytes, text, a Blob (or File) or a stream of bytes. */
export type UploadBody = Uint8Array | ArrayBuffer | Blob | string | ReadableStream<Uint8Array>;

/** Hands out an upload's body piece by piece, each a Uint8Array or a Blob slice. */
export interface PartSource {
  /** The body's size, when known before reading (not for streams). */
  readonly size: number | undefined;
  /** The next piece of at most `max` bytes; an empty piece at the end. */
  next(max: number): Promise<Uint8Array | Blob>;
  /** Stops reading (a stream is cancelled). */
  cancel(): Promise<void>;
}

/** Size of a piece. */
export const pieceSize = (piece: Uint8Array | Blob): number =>
  piece instanceof Blob ? piece.size : piece.byteLength;

function sliced(total: number, slice: (start: number, end: number) => Uint8Array | Blob): PartSource {
  let offset = 0;
  return {
    size: total,
    async next(max) {
      const end = Math.min(offset + max, total);
      const piece = slice(offset, end);
      offset = end;
      return piece;
    },
    async cancel() {},
  };
}

/** Reads a stream into pieces of `max` bytes (the last may be shorter), holding one piece at a time. */
function streamed(stream: ReadableStream<Uint8Array>): PartSource {
  const reader = stream.getReader();
  let leftover: Uint8Array | undefined;
  let ended = false;
  return {
    size: undefined,
    async next(max) {
      const chunks: Uint8Array[] = [];
      let length = 0;
      if (leftover !== undefined) {
        chunks.push(leftover.subarray(0, max));
        length = chunks[0]?.byteLength ?? 0;
        leftover = leftover.byteLength > max ? leftover.subarray(max) : undefined;
      }
      while (length < max && !ended) {
        const { done, value } = await reader.read();
        if (done) {
          ended = true;
          break;
        }
        const room = max - length;
        chunks.push(value.subarray(0, room));
        length += Math.min(value.byteLength, room);
        if (value.byteLength > room) leftover = value.subarray(room);
      }
      const piece = new Uint8Array(length);
      let at = 0;
      for (const chunk of chunks) {
        piece.set(chunk, at);
        at += chunk.byteLength;
      }
      return piece;
    },
    async cancel() {
      if (!ended) await reader.cancel().catch(() => undefined);
    },
  };
}

/** A {@link PartSource} for any {@link UploadBody}; `undefined` for anything else. */
export function partSource(body: UploadBody): PartSource | undefined {
  if (typeof body === "string") {
    const bytes = new TextEncoder().encode(body);
    return sliced(bytes.byteLength, (start, end) => bytes.subarray(start, end));
  }
  if (body instanceof Uint8Array) return sliced(body.byteLength, (start, end) => body.subarray(start, end));
  if (body instanceof ArrayBuffer) {
    const bytes = new Uint8Array(body);
    return sliced(bytes.byteLength, (start, end) => bytes.subarray(start, end));
  }
  if (typeof Blob !== "undefined" && body instanceof Blob) return sliced(body.size, (start, end) => body.slice(start, end));
  if (typeof ReadableStream !== "undefined" && body instanceof ReadableStream) return streamed(body);
  return undefined;
}
