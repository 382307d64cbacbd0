import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';
import { fixtureBytes, utf8 } from './fixtures.test-helper';

const reason = (bytes: Uint8Array, max?: number) => {
  const out = decodeText(bytes, max);
  return out.ok ? `ok:${out.text}` : out.reason;
};

describe('decodeText', () => {
  it('decodes UTF-8 with and without BOM, keeping non-ASCII letters', () => {
    expect(reason(utf8('Nicolás said'))).toBe('ok:Nicolás said');
    const withBom = decodeText(fixtureBytes('bom-crlf.txt'));
    expect(withBom.ok && withBom.text.startsWith('The ministry')).toBe(true);
  });

  it('refuses empty and whitespace-only files', () => {
    expect(reason(new Uint8Array())).toBe('empty file');
    expect(reason(utf8(' \n\t '))).toMatch(/^empty file/);
  });

  it('names UTF-16 and UTF-32 byte-order marks', () => {
    expect(reason(fixtureBytes('utf16.txt'))).toMatch(/not UTF-8: the file is UTF-16 \(little-endian/);
    expect(reason(new Uint8Array([0xfe, 0xff, 0, 65]))).toMatch(/UTF-16 \(big-endian/);
    expect(reason(new Uint8Array([0xff, 0xfe, 0, 0, 65, 0, 0, 0]))).toMatch(/UTF-32/);
  });

  it('refuses invalid UTF-8 instead of guessing', () => {
    expect(reason(fixtureBytes('latin1.txt'))).toMatch(/^not UTF-8: invalid byte sequence/);
  });

  it('refuses binary content', () => {
    expect(reason(fixtureBytes('image.png'))).toMatch(/^binary file/);
    const controls = new Uint8Array(200).fill(1);
    expect(reason(controls)).toMatch(/^binary file/);
  });

  it('refuses files over the size limit before decoding them', () => {
    expect(reason(utf8('x'.repeat(2048)), 1024)).toMatch(/^too large \(2,048 bytes; the limit is 1,024 bytes/);
    expect(reason(new Uint8Array(21 * 1024 * 1024))).toMatch(/^too large \(21\.0 MB; the limit is 20\.0 MB\)/);
  });

  it('shows sizes in bytes when MB rounding would make a file just over the limit look equal to it', () => {
    const limit = 20 * 1024 * 1024;
    expect(reason(new Uint8Array(limit + 1))).toBe(
      'too large (20,971,521 bytes; the limit is 20,971,520 bytes, 20.0 MB)',
    );
  });
});
