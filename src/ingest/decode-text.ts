/** Files above this size are refused before parsing: a saved page or feed is far smaller. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const SNIFF_BYTES = 8192;

/**
 * "too large (…; the limit is …)", in MB when that tells the two sizes apart and in bytes when rounding
 * would make a file just over the limit look equal to it.
 */
export function tooLarge(size: number, limit: number): string {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  if (mb(size) !== mb(limit)) return `too large (${mb(size)} MB; the limit is ${mb(limit)} MB)`;
  const bytes = (n: number) => n.toLocaleString('en-US');
  return `too large (${bytes(size)} bytes; the limit is ${bytes(limit)} bytes, ${mb(limit)} MB)`;
}

export type DecodeOutcome = { ok: true; text: string } | { ok: false; reason: string };

function describeBom(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'UTF-32 (little-endian byte-order mark)';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32 (big-endian byte-order mark)';
  if (a === 0xff && b === 0xfe) return 'UTF-16 (little-endian byte-order mark)';
  if (a === 0xfe && b === 0xff) return 'UTF-16 (big-endian byte-order mark)';
  return undefined;
}

/**
 * Binary files betray themselves early: a NUL byte, or many control characters that text never holds.
 * Only the first 8 KB are looked at, so a huge file costs nothing here.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const byte = bytes[i]!;
    if (byte === 0) return true;
    const allowed = byte === 9 || byte === 10 || byte === 12 || byte === 13 || byte === 27;
    if ((byte < 32 && !allowed) || byte === 127) control++;
  }
  return n > 0 && control / n > 0.05;
}

/**
 * Decodes a file's bytes as UTF-8 (a leading BOM is dropped) or says why it is refused: empty, oversize,
 * binary, another encoding, or invalid UTF-8. The reason is a phrase to put after the file name.
 */
export function decodeText(bytes: Uint8Array, maxBytes = MAX_FILE_BYTES): DecodeOutcome {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.length > maxBytes) return { ok: false, reason: tooLarge(bytes.length, maxBytes) };
  const bom = describeBom(bytes);
  if (bom) return { ok: false, reason: `not UTF-8: the file is ${bom}; save it as UTF-8` };
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file (NUL bytes or control characters), not text' };
  let text: string;
  try {
    // `fatal` makes invalid sequences an error instead of U+FFFD, so Latin-1 files are caught, not garbled.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not UTF-8: invalid byte sequence (Latin-1 or Windows-1252?); save it as UTF-8' };
  }
  if (text.trim() === '') return { ok: false, reason: 'empty file (only whitespace)' };
  return { ok: true, text };
}
