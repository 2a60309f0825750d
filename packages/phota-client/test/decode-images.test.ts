import { decodeImage, decodeImages, encodeImage } from "../src";
import { PNG_MAGIC, startsWith } from "./support";
import { editResponseBytes } from "./fixtures/studio";

describe("base64 image helpers", () => {
  it("decodes the images of a bytes result into Uint8Arrays", () => {
    const [png] = decodeImages(editResponseBytes);
    expect(png).toBeInstanceOf(Uint8Array);
    expect(startsWith(png!, PNG_MAGIC)).toBe(true);
    expect(png).toEqual(new Uint8Array(Buffer.from(editResponseBytes.images[0]!, "base64")));
  });

  it("round-trips bytes through encodeImage, larger than one chunk, from Uint8Array or ArrayBuffer", () => {
    const bytes = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 31) % 256);
    const encoded = encodeImage(bytes);
    expect(encoded).toBe(Buffer.from(bytes).toString("base64"));
    expect(encodeImage(bytes.buffer)).toBe(encoded);
    expect(decodeImage(encoded)).toEqual(bytes);
  });

  it("accepts a data: URL", () => {
    expect(decodeImage("data:image/png;base64,AAEC")).toEqual(new Uint8Array([0, 1, 2]));
  });

  it("throws a TypeError that says what is wrong for text that is not base64", () => {
    expect(() => decodeImage("not base64!")).toThrow(/decodeImage: the string is not valid base64 \(11 characters/);
  });

  it("works without Buffer (browser and edge runtimes)", () => {
    const saved = globalThis.Buffer;
    try {
      Reflect.deleteProperty(globalThis, "Buffer");
      expect(decodeImage(encodeImage(new Uint8Array([255, 216, 255])))).toEqual(new Uint8Array([255, 216, 255]));
    } finally {
      globalThis.Buffer = saved;
    }
  });
});
