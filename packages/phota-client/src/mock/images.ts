/**
 * Tiny, valid 1×1 images for the fake's answers: small enough to keep tests fast, real enough
 * that a decoder (or a test checking magic bytes) accepts them. Each image carries its id in a
 * comment, so two results can be told apart. Built by hand, without Node's Buffer or zlib, so the
 * fake runs in a browser worker too.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function u32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

function latin1(text: string): number[] {
  return Array.from(text, (ch) => ch.charCodeAt(0) & 0xff);
}

function pngChunk(type: string, data: number[]): number[] {
  const body = new Uint8Array([...latin1(type), ...data]);
  return [...u32(data.length), ...body, ...u32(crc32(body))];
}

/** A colour derived from the id, so that different images also look different. */
function colourOf(id: string): [number, number, number] {
  let hash = 2166136261;
  for (const ch of id) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619);
  return [hash & 0xff, (hash >>> 8) & 0xff, (hash >>> 16) & 0xff];
}

/** A 1×1 RGB PNG whose `tEXt` comment is `id`. */
export function tinyPng(id: string): Uint8Array {
  const scanline = new Uint8Array([0, ...colourOf(id)]); // filter byte 0, then R G B
  // zlib stream with one stored (uncompressed) deflate block: no compressor needed.
  const zlib = [0x78, 0x01, 0x01, scanline.length, 0x00, ~scanline.length & 0xff, 0xff, ...scanline, ...u32(adler32(scanline))];
  return new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ...pngChunk("IHDR", [...u32(1), ...u32(1), 8, 2, 0, 0, 0]),
    ...pngChunk("tEXt", [...latin1("Comment"), 0, ...latin1(id)]),
    ...pngChunk("IDAT", zlib),
    ...pngChunk("IEND", []),
  ]);
}

// Baseline grayscale JPEG, 1×1, one Huffman code per table: DC category 0, then AC end-of-block.
const JPEG_QUANT = [0xff, 0xdb, 0x00, 0x43, 0x00, ...new Array<number>(64).fill(1)];
const JPEG_FRAME = [0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00];
const jpegHuffman = (tableClass: number) => [0xff, 0xc4, 0x00, 0x14, tableClass, 1, ...new Array<number>(15).fill(0), 0x00];
const JPEG_SCAN = [0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 0x3f]; // header, then bits "00" padded with 1s

/** A 1×1 grey baseline JPEG whose `COM` segment is `id`. */
export function tinyJpeg(id: string): Uint8Array {
  const comment = latin1(id).slice(0, 60000);
  const length = comment.length + 2;
  return new Uint8Array([
    0xff, 0xd8,
    0xff, 0xfe, (length >>> 8) & 0xff, length & 0xff, ...comment,
    ...JPEG_QUANT, ...JPEG_FRAME, ...jpegHuffman(0x00), ...jpegHuffman(0x10), ...JPEG_SCAN,
    0xff, 0xd9,
  ]);
}

/** The tiny image for an output format. */
export function tinyImage(format: "png" | "jpg", id: string): Uint8Array {
  return format === "png" ? tinyPng(id) : tinyJpeg(id);
}
