/**
 * Text that was UTF-8, read once (or twice) as Latin-1 or Windows-1252 and saved again: "PeÃ±a" for
 * "Peña", "GuantÃ\u0083Â¡namo" for "Guantánamo". Scraped news carries it often, and it breaks names apart
 * ("Enrique PeÃ" and "Enrique Peña" become two people).
 *
 * Only what is unambiguous is repaired: a character that would be a UTF-8 lead byte followed by exactly the
 * continuation bytes it needs, which together decode to one valid character. Real prose almost never
 * holds such pairs ("Ã" then "±"), so correct text is left as it is; anything else stays untouched.
 */

/** Windows-1252's characters in 0x80–0x9F, by the byte they stand for (the rest of 0x80–0xFF is Latin-1). */
const CP1252_BYTE = new Map<number, number>([
  [0x20ac, 0x80],
  [0x201a, 0x82],
  [0x0192, 0x83],
  [0x201e, 0x84],
  [0x2026, 0x85],
  [0x2020, 0x86],
  [0x2021, 0x87],
  [0x02c6, 0x88],
  [0x2030, 0x89],
  [0x0160, 0x8a],
  [0x2039, 0x8b],
  [0x0152, 0x8c],
  [0x017d, 0x8e],
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2022, 0x95],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x02dc, 0x98],
  [0x2122, 0x99],
  [0x0161, 0x9a],
  [0x203a, 0x9b],
  [0x0153, 0x9c],
  [0x017e, 0x9e],
  [0x0178, 0x9f],
] as const);

/** The byte a character stands for when the text was read as Windows-1252 or Latin-1, or -1. */
function byteOf(code: number): number {
  if (code >= 0x80 && code <= 0xff) return code;
  return CP1252_BYTE.get(code) ?? -1;
}

/** How many continuation bytes a lead byte needs (0 when it is no lead). */
function continuations(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

/** A quick test, so text with no candidate costs one scan. */
const CANDIDATE =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** One pass: each lead-and-continuations sequence that decodes to one character is replaced by it. */
function repairOnce(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const lead = byteOf(text.charCodeAt(i));
    const need = continuations(lead);
    if (need === 0 || i + need >= text.length) continue;
    const bytes = new Uint8Array(need + 1);
    bytes[0] = lead;
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const b = byteOf(text.charCodeAt(i + k));
      if (b < 0x80 || b > 0xbf) {
        ok = false;
        break;
      }
      bytes[k] = b;
    }
    if (!ok) continue;
    let decoded: string;
    try {
      decoded = decoder.decode(bytes);
    } catch {
      continue;
    }
    out += text.slice(last, i) + decoded;
    last = i + need + 1;
    i = last - 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** The text with UTF-8 read as Windows-1252/Latin-1 put right, up to three layers deep. */
export function repairMojibake(text: string): string {
  let current = text;
  for (let pass = 0; pass < 3 && CANDIDATE.test(current); pass++) {
    const next = repairOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}
