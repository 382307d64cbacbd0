/** Hex SHA-256 of a text's UTF-8 bytes, via Web Crypto (present in browsers, workers and Node ≥ 20). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
