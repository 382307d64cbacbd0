import { attributionType } from './content';
import type { Entity, EntityResolver } from './entities';
import type { Lexicon } from './lexicon';
import type { ModelAttribution } from './model-attributions';
import type { Sentence } from './nlp';
import { foldText } from './nlp';
import { firstEndingAfter } from './tagger-sequence';
import type { Attribution } from './types';

/**
 * Where an apposition, a relative clause or a second conjunct starts inside a source span: the entity ends
 * before it ("Republican Donald Trump and Democrat Hillary Clinton" was one entity holding both names).
 */
const SPAN_BREAK = new Set([',', '(', '\u2014', '\u2013', '--', 'who', 'whose', 'which', 'and', 'or']);

/** A model attribution read into the article: the attribution, its source entity and its sentence. */
export interface ModelFact {
  attribution: Attribution;
  entity: Entity;
  sentence: Sentence;
}

/**
 * A model attribution as the rules' ones are made: its source resolved in the sentence holding it (with the
 * voice that sentence speaks in as the citer), its cue's stance from the lexicon. Null when the source
 * resolves to nothing.
 */
export function readModelAttribution(
  m: ModelAttribution,
  sentences: readonly Sentence[],
  text: string,
  resolver: EntityResolver,
  lex: Lexicon,
  citerOf: (s: Sentence) => Entity | undefined,
): ModelFact | null {
  // The sentence holding the source: the last one starting at or before it (binary search, paragraphs can be long).
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= m.source!.start) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo - 1];
  if (!s) return null;
  const from = firstEndingAfter(s.tokens, m.source!.start);
  const to = firstEndingAfter(s.tokens, m.source!.end - 1);
  if (from >= s.tokens.length || to >= s.tokens.length) return null;
  // The model's source span holds appositions and relative clauses ("Tim Scott, Republican of South
  // Carolina", "Eric Woolson, who managed …"): the entity is the phrase before them; the span stays whole.
  let head = from;
  while (head < to && !SPAN_BREAK.has(s.tokens[head + 1]!.lower)) head++;
  const resolved = resolver.resolve(s.tokens, { from, to: head }, citerOf(s));
  if (!resolved) return null;
  const entity = resolved.entity;
  const cueText = text.slice(m.cue.start, m.cue.end);
  const contentText = text.slice(m.content.start, m.content.end);
  const attribution: Attribution = {
    source: {
      text: text.slice(m.source!.start, m.source!.end),
      start: m.source!.start,
      end: m.source!.end,
      kind: entity.kind,
      key: entity.key,
      ...(entity.anonymous ? { anonymous: true } : {}),
    },
    cue: { text: cueText, ...m.cue },
    content: { text: contentText, ...m.content },
    type: attributionType(contentText),
    stance: lex.verbs.get(foldText(cueText.split(/\s+/).at(-1) ?? ''))?.stance ?? 'asserts',
    confidence: Math.round(m.tagged.confidence * 1000) / 1000,
  };
  return { attribution, entity, sentence: s };
}
