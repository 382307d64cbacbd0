import { describe, expect, it } from 'vitest';
import type { GoldArticle } from '../eval';
import { TAG_LABELS } from '../extract';
import { goldLabels } from './training-data';

// "Ana said Ben told her it rained." — Ben's attribution nests inside Ana's content.
const text = 'Ana said Ben told her it rained.';
const words = text.match(/\w+|\./g)!;
let at = 0;
const tokens = words.map((w) => {
  const start = text.indexOf(w, at);
  at = start + w.length;
  return { start, end: at };
});
const r = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
const attribution = (source: string, cue: string, content: string) => ({
  source: r(source),
  sourceFragments: [r(source)],
  cue: r(cue),
  cueFragments: [r(cue)],
  content: r(content),
  contentFragments: [r(content)],
});
const gold: GoldArticle = {
  id: 'nest',
  text,
  attributions: [attribution('Ana', 'said', 'Ben told her it rained'), attribution('Ben', 'told her', 'it rained')],
};

describe('goldLabels', () => {
  it('labels each token by the innermost span over it, B at a span start and I inside', () => {
    const labels = [...goldLabels(tokens, gold)].map((l) => TAG_LABELS[l]);
    expect(labels).toEqual(['B-SOURCE', 'B-CUE', 'B-SOURCE', 'B-CUE', 'I-CUE', 'B-CONTENT', 'I-CONTENT', 'O']);
  });
});
