import { describe, expect, it } from 'vitest';
import { annotate, locate, occurrences, parseAnnotationFile } from './annotation';

describe('occurrences', () => {
  it('finds whole-word matches only', () => {
    expect(occurrences('He said it was unsaid, she said.', 'said')).toEqual([3, 27]);
  });

  it('lets a phrase start or end with punctuation', () => {
    expect(occurrences('"Yes," he said.', '"Yes,"')).toEqual([0]);
  });
});

describe('locate', () => {
  const text = 'A said x. B said y.\n\nC told us z, D said.';

  it('picks the n-th occurrence when asked', () => {
    expect(locate(text, 'said#2', 't')).toEqual([12, 16]);
  });

  it('picks the occurrence nearest the anchor, preferring the anchor’s paragraph', () => {
    const z = locate(text, 'z', 't');
    expect(locate(text, 'said', 't', z)).toEqual([36, 40]);
    expect(locate('x. A said.\n\n"q" B said', 'said', 't', [12, 15])).toEqual([18, 22]);
  });

  it('rejects an ambiguous, missing or miscounted phrase, naming the place', () => {
    expect(() => locate(text, 'said', 'f: line 1')).toThrow(/^f: line 1: "said" occurs 3 times; add #n/);
    expect(() => locate(text, 'claimed', 'f')).toThrow('f: "claimed" not found');
    expect(() => locate(text, 'said#9', 'f')).toThrow('f: "said" occurs 3 times, not 9');
    expect(() => locate('a said b said a', 'said', 'f', [7, 8])).toThrow('equally near twice');
  });
});

describe('annotate', () => {
  const text = 'The mayor said the bridge will close. It was reported that tolls rise.';

  it('locates source, cue and content and slices them from the text', () => {
    const a = annotate(text, 'indirect | The mayor | said | the bridge will close', 'f');
    expect(a).toMatchObject({ source: 'The mayor', sourceSpan: [0, 9], cueSpan: [10, 14], contentSpan: [15, 36] });
  });

  it('accepts "-" for an attribution without a source', () => {
    const a = annotate(text, 'indirect | - | was reported | that tolls rise', 'f');
    expect(a.source).toBeNull();
    expect(a.sourceSpan).toBeNull();
  });

  it('rejects malformed lines and unknown types', () => {
    expect(() => annotate(text, 'indirect | The mayor | said', 'f: line 2')).toThrow('f: line 2: expected');
    expect(() => annotate(text, 'quoted | The mayor | said | the bridge will close', 'f')).toThrow('type must be');
  });
});

describe('parseAnnotationFile', () => {
  it('reads header, text and annotations, skipping blank and comment lines', () => {
    const raw =
      'id: ours/x\ngenre: wire\ntitle: T\n---\nShe said it rained.\n---\n// note\n\nindirect | She | said | it rained\n';
    const record = parseAnnotationFile(raw, 'x.txt');
    expect(record.id).toBe('ours/x');
    expect(record.meta).toEqual({ genre: 'wire', title: 'T' });
    expect(record.attributions).toHaveLength(1);
  });

  it('names the file when the layout is wrong', () => {
    expect(() => parseAnnotationFile('id: a\nno separators', 'bad.txt')).toThrow(/^bad\.txt: expected header/);
  });
});
