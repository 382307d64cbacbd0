import type { GoldArticle, Range } from '../eval';
import { blockSequence, extractFacts, featurize, getLexicon, paragraphs, rulesOf } from '../extract';

/** One paragraph ready for the perceptron: its feature ids and gold label per token (TAG_LABELS indices). */
export interface TrainingSequence {
  feats: Uint32Array;
  labels: Uint8Array;
  n: number;
}

export interface PreparedArticle {
  gold: GoldArticle;
  sequences: TrainingSequence[];
}

const FIELD_BASE = { source: 1, cue: 3, content: 5 } as const;

/**
 * Gold BIO labels over a paragraph's tokens. A token takes the innermost gold span over it (the shortest), so
 * a quotation's own "he said" inside a longer content keeps its source and cue; a token overlapping a span at
 * all is in it, as annotators' spans end mid-token only at stray punctuation.
 */
export function goldLabels(tokens: readonly { start: number; end: number }[], gold: GoldArticle): Uint8Array {
  const n = tokens.length;
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  const span = new Int32Array(n).fill(-1);
  const size = new Float64Array(n).fill(Infinity);
  const from = tokens[0]!.start;
  const to = tokens[n - 1]!.end;
  let id = 0;
  for (const a of gold.attributions) {
    const parts: [keyof typeof FIELD_BASE, Range[]][] = [
      ['content', a.contentFragments],
      ['source', a.sourceFragments],
      ['cue', a.cueFragments],
    ];
    for (const [field, fragments] of parts) {
      for (const [s, e] of fragments) {
        id++;
        if (e <= from || s >= to) continue;
        for (let i = 0; i < n; i++) {
          const t = tokens[i]!;
          if (t.end <= s || t.start >= e || e - s >= size[i]!) continue;
          size[i] = e - s;
          span[i] = id;
          labels[i] = FIELD_BASE[field];
        }
      }
    }
  }
  // Inside: the same span as the token before.
  for (let i = 1; i < n; i++) if (labels[i] && span[i] === span[i - 1]) labels[i]! += 1;
  return labels;
}

/** Features and gold labels of an article, with the rules' spans as the extractor gives them to the model. */
export function prepareArticle(gold: GoldArticle, bits: number): PreparedArticle {
  const rules = extractFacts({ id: gold.id, text: gold.text }, { attributionModel: false }).attributions;
  const lex = getLexicon();
  const sequences: TrainingSequence[] = [];
  for (const para of paragraphs(gold.text)) {
    const seq = blockSequence(para, rulesOf(para, rules));
    const n = seq.tokens.length;
    sequences.push({ feats: featurize(seq, lex, bits), labels: goldLabels(seq.tokens, gold), n });
  }
  return { gold, sequences };
}
