import { tagSequence } from './attribution-tagger';
import { getLexicon } from './lexicon';
import type { ModelAttribution } from './model-attributions';
import { inText } from './model-attributions';
import type { Sentence } from './nlp';
import { analyseText, splitBlocks } from './nlp';
import type { TaggerModel } from './tagger-model';
import { blockSequence } from './tagger-sequence';
import type { Attribution } from './types';

/** Paragraphs of a text as sentence lists (sentences never cross a line). */
export function paragraphs(text: string): Sentence[][] {
  const out: Sentence[][] = [];
  for (const s of analyseText(text, splitBlocks(text))) {
    const last = out[out.length - 1];
    if (last && last[0]!.block === s.block) last.push(s);
    else out.push([s]);
  }
  return out;
}

/** The rules' attributions whose cue is in the paragraph: what the extractor hands the model with it. */
export function rulesOf(paragraph: readonly Sentence[], rules: readonly Attribution[]): Attribution[] {
  const start = paragraph[0]!.start;
  const end = paragraph[paragraph.length - 1]!.end;
  return rules.filter((r) => r.cue.start >= start && r.cue.start < end);
}

/**
 * Every attribution the tagger finds in a text, before merging with the rules: the same paragraphs and rule
 * marks as extraction, for cross-validation and calibration (extraction runs it paragraph by paragraph).
 */
export function tagArticle(text: string, tagger: TaggerModel, rules: readonly Attribution[]): ModelAttribution[] {
  const lex = getLexicon();
  return paragraphs(text).flatMap((p) => {
    const seq = blockSequence(p, rulesOf(p, rules));
    return tagSequence(tagger, lex, seq).map((t) => inText(seq.tokens, t));
  });
}
