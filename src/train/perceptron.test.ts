import { describe, expect, it } from 'vitest';
import type { GoldArticle } from '../eval';
import { extractFacts } from '../extract';
import { trainTagger } from './perceptron';
import { prepareArticle } from './training-data';

// Invented sentences with a cue the lexicon lacks ("grumbled"), so only a learned tagger can find them.
const LINES: [string, string, string][] = [
  ['Harbour master Ole Brun', 'grumbled', 'that the ferry was late'],
  ['The baker Mia Holt', 'grumbled', 'that bread prices rose again'],
  ['Coach Ida Berg', 'grumbled', 'that the pitch was flooded'],
  ['Farmer Jon Dahl', 'grumbled', 'that the rain came too early'],
  ['Teacher Eva Lind', 'grumbled', 'that the school bus broke down'],
  ['Pilot Tor Aas', 'grumbled', 'that the runway was icy'],
];

function article(i: number): GoldArticle {
  const [source, cue, content] = LINES[i]!;
  const text = `${source} ${cue} ${content}.`;
  const span = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
  return {
    id: `g${i}`,
    text,
    attributions: [
      {
        source: span(source),
        sourceFragments: [span(source)],
        cue: span(cue),
        cueFragments: [span(cue)],
        content: span(content),
        contentFragments: [span(content)],
      },
    ],
  };
}

describe('trainTagger', () => {
  it('learns a cue it was shown and finds its source and content in a new sentence', () => {
    const data = LINES.map((_, i) => prepareArticle(article(i), 14)).flatMap((p) => p.sequences);
    const tagger = trainTagger(data, { bits: 14, epochs: 10, seed: 1 });
    const text = 'Councillor Rui Sand grumbled that the harbour road was closed.';
    const untrained = extractFacts({ text }, { attributionModel: false }).attributions;
    expect(untrained).toEqual([]);
    const [a, ...rest] = extractFacts({ text }, { tagger, rules: false }).attributions;
    expect(rest).toEqual([]);
    expect(a!.cue.text).toBe('grumbled');
    expect(a!.source?.text).toBe('Councillor Rui Sand');
    expect(a!.content.text).toMatch(/^that the harbour road was closed/);
  });
});
