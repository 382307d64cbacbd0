import { describe, expect, it } from 'vitest';
import type { TaggedSpan } from './attribution-tagger';
import { linkSpans, spansOf, viterbi } from './attribution-tagger';
import { LABEL_COUNT } from './tagger-model';
import { createRandom } from '../util/seeded-random';

const L = LABEL_COUNT;
const model = {
  bits: 1,
  weights: new Float32Array(0),
  transitions: new Float32Array((L + 1) * L),
  calibration: { weights: [], intercept: 0 },
};

/** Emissions favouring one label per token by a margin. */
function emit(labels: number[], margin = 5): Float32Array {
  const em = new Float32Array(labels.length * L);
  labels.forEach((l, i) => (em[i * L + l] = margin));
  return em;
}

describe('viterbi', () => {
  it('never puts an inside label after O, even when the emissions ask for it', () => {
    // O, I-SOURCE, I-SOURCE: the best valid reading starts the span with B-SOURCE or leaves it out.
    const em = emit([0, 2, 2]);
    em[1 * L + 1] = 4.9;
    const labels = [...viterbi(em, 3, model.transitions)];
    expect(labels).toEqual([0, 1, 2]);
  });

  it('finds the best valid sequence, as a search over all of them does', () => {
    const random = createRandom(7);
    const valid = (prev: number, l: number) => l % 2 === 1 || l === 0 || prev === l || prev === l - 1;
    for (let round = 0; round < 20; round++) {
      const n = 1 + random.int(4);
      const em = Float32Array.from({ length: n * L }, () => random.next() * 4 - 2);
      const transitions = Float32Array.from({ length: (L + 1) * L }, () => random.next() * 4 - 2);
      let best = -Infinity;
      let bestLabels: number[] = [];
      for (let code = 0; code < L ** n; code++) {
        const labels = Array.from({ length: n }, (_, i) => Math.floor(code / L ** i) % L);
        let score = 0;
        labels.forEach((l, i) => {
          const prev = i === 0 ? L : labels[i - 1]!;
          score += valid(prev, l) ? transitions[prev * L + l]! + em[i * L + l]! : -Infinity;
        });
        if (score > best) [best, bestLabels] = [score, labels];
      }
      expect([...viterbi(em, n, transitions)]).toEqual(bestLabels);
    }
  });
});

describe('spansOf', () => {
  it('reads B/I runs as spans with a probability in (0, 1]', () => {
    const labels = Uint8Array.from([1, 2, 3, 0, 5, 6, 6]);
    const spans = spansOf(labels, emit([...labels]), model.transitions);
    expect(spans.map((s) => [s.field, s.from, s.to])).toEqual([
      ['source', 0, 1],
      ['cue', 2, 2],
      ['content', 4, 6],
    ]);
    for (const s of spans) expect(s.score).toBeGreaterThan(0.9);
  });
});

describe('linkSpans', () => {
  const span = (field: TaggedSpan['field'], from: number, to: number): TaggedSpan => ({ field, from, to, score: 0.9 });

  it('gives each cue the nearest source of its sentence and the content after it', () => {
    // [A] said [X] . [B] told reporters [Y]  — two sentences
    const spans = [
      span('source', 0, 0),
      span('cue', 1, 1),
      span('content', 2, 4),
      span('source', 6, 6),
      span('cue', 7, 8),
      span('content', 9, 12),
    ];
    const sentenceOf = Int32Array.from([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1]);
    const linked = linkSpans(spans, sentenceOf);
    expect(linked.map((a) => [a.source?.from, a.cue.from, a.content.from])).toEqual([
      [0, 1, 2],
      [6, 7, 9],
    ]);
  });

  it('takes a quotation before the cue when nothing follows it, and no source from another sentence', () => {
    // "[…]," said [B] .  then a new sentence with a lone source
    const spans = [span('content', 0, 3), span('cue', 4, 4), span('source', 5, 6), span('source', 8, 8)];
    const sentenceOf = Int32Array.from([0, 0, 0, 0, 0, 0, 0, 0, 1]);
    const [a, ...rest] = linkSpans(spans, sentenceOf);
    expect(rest).toEqual([]);
    expect([a!.content.from, a!.source?.from]).toEqual([0, 5]);
  });
});
