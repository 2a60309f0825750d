import { DEFAULT_MAX_RESPONSE_BYTES, type FetchFunction, ResponseTooLargeError } from "@cloud-sdk/auth-core";

/** An `<Error>` document: the root element, after an optional XML declaration. */
const ERROR_DOCUMENT = /^\s*(?:<\?xml[^>]*\?>\s*)?<Error[\s>]/;

/**
 * The `fetch` of the transport used for CompleteMultipartUpload and CopyObject. S3 answers those
 * 200 at once and keeps the connection open while it works, so a failure it meets afterwards can
 * only arrive as an `<Error>` document in the 200's body ("200 OK … can contain either a success or
 * an error", AWS S3 API reference, CompleteMultipartUpload and CopyObject). Turned here into the 500
 * it means, the transport treats it as any error answer: retried (both calls are idempotent), then
 * a BucketObjectError. Own code, and the one S3-specific rule on top of the transport: no transport
 * option looks into a 2xx body to decide that it failed, and no other provider needs one.
 */
export function errorIn200Fetch(fetch: FetchFunction | undefined, maxBytes = DEFAULT_MAX_RESPONSE_BYTES): FetchFunction {
  return async (input, init) => {
    const response = await (fetch ?? globalThis.fetch)(input, init);
    if (response.status !== 200 || response.body === null) return response;
    const text = await readCapped(response, maxBytes);
    const failed = ERROR_DOCUMENT.test(text);
    // The body is decoded text now: its original length and encoding no longer describe it.
    const headers = new Headers(response.headers);
    headers.delete("content-length");
    headers.delete("content-encoding");
    return new Response(text, { status: failed ? 500 : 200, statusText: failed ? "Error in a 200 answer" : response.statusText, headers });
  };
}

/** The body as text, up to the transport's `maxResponseBytes`, as the transport itself would read it. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw new ResponseTooLargeError(
        `The S3 endpoint's answer (status 200) is larger than maxResponseBytes (${maxBytes} bytes); reading stopped and the connection was closed. Raise the client's maxResponseBytes if such an answer is expected.`,
        { operation: "S3", maxResponseBytes: maxBytes, status: 200 },
      );
    }
    text += decoder.decode(value, { stream: true });
  }
}
