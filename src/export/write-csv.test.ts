import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField } from './write-csv';

const FORMULA = /^[ ]*[=+\-@\t\r]/;

/** Reads one CSV record the way a spreadsheet set to `delimiter` does: quotes respected, quotes doubled. */
function cellsWith(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (!quoted && c === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  return [...cells, cell];
}

// Text made mostly of the characters that matter here, so the property hits the edge cases often.
const hostileText = fc.string({
  unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ',', ';', ' ', '"', "'", 'a', '1'),
  maxLength: 12,
});

describe('csvField', () => {
  it('quotes fields holding a semicolon or a tab, which other locales split on', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('a\tb')).toBe('"a\tb"');
  });

  it('guards every piece a spreadsheet could split off, not just the start of the field', () => {
    expect(csvField('Reuters;=HYPERLINK("x")')).toBe('"Reuters;\'=HYPERLINK(""x"")"');
    expect(csvField('a,@SUM(A1)')).toBe('"a,\'@SUM(A1)"');
    expect(csvField('a; -1')).toBe('"a;\' -1"');
    expect(csvField('\t=x')).toBe('"\'\t\'=x"');
    expect(csvField('a;=b', false)).toBe('"a;=b"');
    expect(csvField(-3)).toBe('-3');
  });

  it('leaves no cell starting a formula, whichever delimiter the spreadsheet uses', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 4 }), (values) => {
        const line = values.map((v) => csvField(v)).join(',');
        for (const delimiter of [',', ';', '\t']) {
          for (const cell of cellsWith(line, delimiter)) {
            // A quote-unaware importer splits inside cells too; every piece must be safe.
            for (const piece of cell.split(/[,;\t]/)) expect(piece).not.toMatch(FORMULA);
            expect(cell).not.toMatch(FORMULA);
          }
        }
        // Read back with the delimiter we wrote, the values are intact apart from the guards.
        expect(cellsWith(line, ',').map((c) => c.replace(/'/g, ''))).toEqual(values.map((v) => v.replace(/'/g, '')));
      }),
      { numRuns: 2000 },
    );
  });
});
