// Browser- and edge-safe (no Buffer): `atob`/`btoa`, or the native Uint8Array base64 methods where
// the runtime has them (much faster on multi-megabyte 4K images).
const native = Uint8Array as unknown as {
  fromBase64?: (text: string) => Uint8Array;
  prototype: { toBase64?: () => string };
};

const DATA_URL_PREFIX = /^data:[^,]*;base64,/i;
const CHUNK = 0x8000;

/**
 * Decodes one base64 image of a `response_mode: "bytes"` result into its bytes (PNG or JPEG, as
 * asked with `output_format`). A `data:` URL prefix is accepted too.
 *
 * @example
 * ```ts
 * const result = await client.generate({ prompt: "a lighthouse at dawn" });
 * const png = decodeImage(result.images[0]!); // Uint8Array
 * await fs.writeFile("lighthouse.png", png);
 * ```
 */
export function decodeImage(base64: string): Uint8Array {
  const text = base64.replace(DATA_URL_PREFIX, "");
  try {
    if (native.fromBase64) return native.fromBase64(text);
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch (cause) {
    throw new TypeError(`decodeImage: the string is not valid base64 (${text.length} characters, starting "${text.slice(0, 16)}").`, {
      cause,
    });
  }
}

/**
 * Decodes every image of a `response_mode: "bytes"` result.
 *
 * @example
 * ```ts
 * const result = await client.edit({ images: [url], prompt: "golden hour", num_output_images: 4 });
 * const files = decodeImages(result); // Uint8Array[], in order
 * ```
 */
export function decodeImages(result: { readonly images: readonly string[] }): Uint8Array[] {
  return result.images.map(decodeImage);
}

/**
 * Encodes image bytes as the raw base64 Phota accepts for `images`, `image`, `input_image` and
 * `reference_image` (a public URL works too, and saves bandwidth).
 *
 * @example
 * ```ts
 * const image = encodeImage(await fs.readFile("me.jpg"));
 * await client.enhance({ image });
 * ```
 */
export function encodeImage(bytes: Uint8Array | ArrayBuffer): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (native.prototype.toBase64) return (view as unknown as { toBase64: () => string }).toBase64();
  let binary = "";
  // Chunks keep String.fromCharCode's argument count under engine limits.
  for (let i = 0; i < view.length; i += CHUNK) {
    binary += String.fromCharCode(...view.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}
