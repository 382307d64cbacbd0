import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBrat } from './read-brat';
import { isBratFolder, readBratFolder } from './read-brat-folder';

// Invented events, written for these tests.
const TEXT = 'Mayor Ines Varga said the ferry will run again. "We are ready," the harbour office added, "for spring."';
const at = (s: string, from = 0): [number, number] => {
  const i = TEXT.indexOf(s, from);
  return [i, i + s.length];
};
const t = (id: string, label: string, ...rs: [number, number][]) =>
  `${id}\t${label} ${rs.map((r) => r.join(' ')).join(';')}\t${rs.map((r) => TEXT.slice(...r)).join(' ')}`;

const ANN = [
  t('T1', 'Source', at('Mayor Ines Varga')),
  t('T2', 'Cue', at('said')),
  t('T3', 'Content', at('the ferry will run again')),
  t('T4', 'Attribution', at('said')),
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  t('T5', 'Content', at('"We are ready,"')),
  t('T6', 'Source', at('the harbour office')),
  t('T7', 'Cue', at('added')),
  t('T8', 'Content', at('"for spring."')),
  t('T9', 'Attribution', at('added')),
  'E2\tAttribution:T9 Cue:T7 Source:T6 Content:T5 Content2:T8',
  t('T10', 'Discuss', at('We are ready')),
  'E3\tDiscuss:T10',
  '#1\tAnnotatorNotes T3\tnot gold',
].join('\n');

describe('parseBrat', () => {
  it('reads events into attributions with hulls and fragments, in text order', () => {
    const gold = parseBrat(ANN, TEXT, 'x.ann');
    expect(gold).toHaveLength(2);
    expect(gold[0]).toMatchObject({ source: at('Mayor Ines Varga'), cue: at('said') });
    const second = gold[1]!;
    expect(second.contentFragments).toEqual([at('"We are ready,"'), at('"for spring."')]);
    expect(second.content).toEqual([at('"We are ready,"')[0], at('"for spring."')[1]]);
    expect(TEXT.slice(...second.source!)).toBe('the harbour office');
  });

  it('keeps attributions without a source, and drops notes and relations without content', () => {
    const ann = [
      t('T1', 'Cue', at('said')),
      t('T2', 'Content', at('the ferry will run again')),
      t('T3', 'Attribution-no-source', at('said')),
      'E1\tAttribution-no-source:T3 Cue:T1 Content:T2',
      t('T4', 'Attribution', at('added')),
      'E2\tAttribution:T4 ',
    ].join('\n');
    const gold = parseBrat(ann, TEXT, 'x.ann');
    expect(gold).toHaveLength(1);
    expect(gold[0]!.source).toBeNull();
    expect(gold[0]!.sourceFragments).toEqual([]);
  });

  it('maps code-point offsets to string indices past characters outside the BMP', () => {
    const text = '\u{1F600} Ana said it.';
    const ann = [
      'T1\tSource 2 5\tAna',
      'T2\tCue 6 10\tsaid',
      'T3\tContent 11 13\tit',
      'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3',
    ];
    const [g] = parseBrat(ann.join('\n'), text, 'e.ann');
    expect(text.slice(...g!.source!)).toBe('Ana');
    expect(text.slice(...g!.content)).toBe('it');
  });

  it('names the file and line of a dangling reference', () => {
    expect(() => parseBrat('E1\tAttribution:T9 Cue:T8', TEXT, 'bad.ann')).toThrow(/bad\.ann: line 1: Cue refers to T8/);
  });
});

describe('readBratFolder', () => {
  it('reads text/ + attributions/, choosing the first annotator file of a text by name', async () => {
    const root = await mkdtemp(join(tmpdir(), 'brat-'));
    await mkdir(join(root, 'text'));
    await mkdir(join(root, 'attributions'));
    await writeFile(join(root, 'text', 'ferry.txt'), TEXT);
    await writeFile(join(root, 'attributions', 'ferry_b222.ann'), t('T1', 'Cue', at('said')));
    await writeFile(join(root, 'attributions', 'ferry_a111.ann'), ANN);
    expect(await isBratFolder(root)).toBe(true);
    const [article, ...rest] = await readBratFolder(root);
    expect(rest).toEqual([]);
    expect(article!.id).toBe('ferry');
    expect(article!.attributions).toHaveLength(2);
  });

  it('refuses an annotation file without its text', async () => {
    const root = await mkdtemp(join(tmpdir(), 'brat-'));
    await writeFile(join(root, 'lonely_a111.ann'), ANN);
    await expect(readBratFolder(root)).rejects.toThrow(/lonely_a111\.ann: no text lonely\.txt/);
  });
});
