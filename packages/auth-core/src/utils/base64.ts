/** Standard base64 of a string's UTF-8 bytes; `btoa` alone fails on characters beyond Latin-1. */
export function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
