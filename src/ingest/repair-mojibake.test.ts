import { describe, expect, it } from 'vitest';
import { repairMojibake } from './repair-mojibake';

/** What a UTF-8 text looks like after being read `layers` times as Windows-1252 (Latin-1 for 0x80–0x9F). */
function garble(text: string, layers = 1): string {
  let out = text;
  for (let i = 0; i < layers; i++) out = String.fromCharCode(...new TextEncoder().encode(out));
  return out;
}

describe('repairMojibake', () => {
  it('puts right UTF-8 read once or twice as Latin-1', () => {
    expect(garble('Peña')).toBe('PeÃ±a');
    expect(repairMojibake('Enrique PeÃ±a Nieto')).toBe('Enrique Peña Nieto');
    expect(repairMojibake(garble('Guantánamo and Ciudad Juárez', 2))).toBe('Guantánamo and Ciudad Juárez');
    expect(repairMojibake(garble('日本 — “quoted”', 1))).toBe('日本 — “quoted”');
  });

  it('reads Windows-1252 punctuation as the bytes it stands for', () => {
    // "’" is E2 80 99; read as Windows-1252 that is "â€™".
    expect(repairMojibake('Quill\u00e2\u20ac\u2122s plan')).toBe('Quill\u2019s plan');
  });

  it('leaves correct text alone, accented or not', () => {
    for (const text of ['Peña, Gómez and Müller', 'café «bien»', 'Â alone, £5 and ©', 'naïve façade — “x”', '']) {
      expect(repairMojibake(text)).toBe(text);
    }
  });

  it('keeps a lead with too few continuations as it is', () => {
    expect(repairMojibake('SÃ')).toBe('SÃ');
    expect(repairMojibake('â€ cut')).toBe('â€ cut');
  });
});
