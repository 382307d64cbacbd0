import { describe, expect, it, vi } from 'vitest';
import { analyseText, breakLongRuns, splitBlocks } from './nlp';

// Records the length of every text wink reads, passing the call through to the real library.
const readLengths = vi.hoisted(() => [] as number[]);
vi.mock('wink-nlp', async (importActual) => {
  const actual = (await importActual<{ default: (...args: unknown[]) => { readDoc: (t: string) => unknown } }>())
    .default;
  return {
    default: (...args: unknown[]) => {
      const nlp = actual(...args);
      const readDoc = nlp.readDoc.bind(nlp);
      nlp.readDoc = (text: string) => {
        readLengths.push(text.length);
        return readDoc(text);
      };
      return nlp;
    },
  };
});

const paragraph = (i: number) =>
  `Officials said on day ${i} that the talks had failed, but Ambassador Mohib says the deal is off. “We are done,” he said.`;

// Issue 10 row 12: a 19 MB article was one wink document (1.7 GB resident); now memory follows a chunk.
describe('analyseText on a long article', { timeout: 120_000 }, () => {
  it('reads at most 256 KiB per wink document, cut between lines, with the sentences of the whole', () => {
    const lines = Array.from({ length: 3_000 }, (_, i) => paragraph(i));
    const text = lines.join('\n\n');
    readLengths.length = 0;
    const sentences = [...analyseText(text, splitBlocks(text))];
    expect(text.length).toBeGreaterThan(256 * 1024);
    expect(Math.max(...readLengths)).toBeLessThanOrEqual(256 * 1024);
    expect(sentences.length).toBe(lines.length * 2);
    const one = [...analyseText(paragraph(0), splitBlocks(paragraph(0)))];
    for (const [i, s] of sentences.entries()) {
      const model = one[i % 2]!;
      expect(text.slice(s.start, s.end).replace(/\d+/, '0')).toBe(paragraph(0).slice(model.start, model.end));
      expect([s.block, s.lastInBlock]).toEqual([Math.floor(i / 2), i % 2 === 1]);
    }
  });

  it('cuts a single line longer than a chunk at a blank, keeping offsets exact', () => {
    const text = lines(3_000);
    readLengths.length = 0;
    const sentences = [...analyseText(text, splitBlocks(text))];
    expect(Math.max(...readLengths)).toBeLessThanOrEqual(256 * 1024);
    for (const s of sentences) for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(sentences.every((s, i) => s.lastInBlock === (i === sentences.length - 1))).toBe(true);
  });
});

// wink's tokeniser is quadratic in a run without whitespace: 50k of "a-a-" took minutes.
describe('analyseText on long runs without whitespace', { timeout: 300_000 }, () => {
  it('reads 50k characters of "a-a-a-" in well under 5 s, with exact offsets', () => {
    const text = `He said ${'a-'.repeat(25_000)} today.`;
    const started = performance.now();
    const sentences = [...analyseText(text, splitBlocks(text))];
    expect(performance.now() - started).toBeLessThan(5_000);
    for (const s of sentences) for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('breakLongRuns spaces out only runs over 128 characters, keeping the length', () => {
    const normal = 'Officials said the talks failed — https://example.com/a/b?c=d “quoted”.';
    expect(breakLongRuns(normal)).toBe(normal);
    const broken = breakLongRuns(`x ${'ab'.repeat(200)}\n`);
    expect(broken.length).toBe(403);
    expect(broken.split(/\s+/).map((w) => w.length)).toEqual([1, 128, 128, 128, 13, 0]);
    expect(breakLongRuns('\ud83d\ude00'.repeat(100))).not.toMatch(/[\ud800-\udbff] |[^\ud800-\udbff][\udc00-\udfff]/);
  });
});

function lines(n: number): string {
  return Array.from({ length: n }, (_, i) => paragraph(i)).join(' ');
}

describe('analyseText on letters outside Latin-1', () => {
  it('keeps a word whole where the tagger cuts it at "š" or "ł", and leaves ASCII words apart', () => {
    const text = 'Korvaški Vjesnik and Łódź reported it, don’t they?';
    const words = [...analyseText(text, splitBlocks(text))].flatMap((s) => s.tokens.map((t) => t.text));
    expect(words).toContain('Korvaški');
    expect(words).toContain('Łódź');
    for (const t of [...analyseText(text, splitBlocks(text))][0]!.tokens)
      expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
