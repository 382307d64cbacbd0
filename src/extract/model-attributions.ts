import type { TaggedAttribution, TaggedSpan } from './attribution-tagger';
import type { Token } from './nlp';
import type { Attribution, AttributionModelOptions } from './types';

/** The combination chosen by cross-validation on PolNeAR train (data/models/README.md). */
export const DEFAULT_MODEL_OPTIONS: Required<AttributionModelOptions> = {
  minConfidence: 0,
  sourceSpans: 'rules',
  contentSpans: 'rules',
};

export interface CharSpan {
  start: number;
  end: number;
}

/** A tagged attribution in text offsets. */
export interface ModelAttribution {
  tagged: TaggedAttribution;
  source: CharSpan | null;
  cue: CharSpan;
  content: CharSpan;
}

export interface ModelMerge {
  /** Model attributions the rules did not find, to be added. */
  added: ModelAttribution[];
  /** Rule attributions whose source or content takes the model's boundaries. */
  reshaped: { rule: Attribution; source?: CharSpan; content?: CharSpan }[];
}

const overlaps = (a: CharSpan | null, b: CharSpan | null) => !!a && !!b && a.start < b.end && b.start < a.end;
const same = (a: CharSpan, b: CharSpan) => a.start === b.start && a.end === b.end;

function chars(tokens: readonly Token[], s: TaggedSpan): CharSpan {
  return { start: tokens[s.from]!.start, end: tokens[s.to]!.end };
}

export function inText(tokens: readonly Token[], t: TaggedAttribution): ModelAttribution {
  return {
    tagged: t,
    source: t.source ? chars(tokens, t.source) : null,
    cue: chars(tokens, t.cue),
    content: chars(tokens, t.content),
  };
}

/**
 * How the model's attributions of a paragraph join the rules': one that the rules also found (the cues
 * overlap, or both source and content do) is the rules' — they are exact on outlets, "according to",
 * "obtained by" and disputes — unless the options give the model the last word on its boundaries; one they
 * did not find is added when it has a source and enough confidence.
 */
export function mergeModelAttributions(
  rules: readonly Attribution[],
  model: readonly ModelAttribution[],
  options: Required<AttributionModelOptions>,
): ModelMerge {
  const out: ModelMerge = { added: [], reshaped: [] };
  for (const m of model) {
    const rule = rules.find(
      (r) => overlaps(r.cue, m.cue) || (overlaps(r.source, m.source) && overlaps(r.content, m.content)),
    );
    if (!rule) {
      if (m.source && m.tagged.confidence >= options.minConfidence) out.added.push(m);
      continue;
    }
    const r = rule.source;
    const takes =
      options.sourceSpans === 'model' ||
      (options.sourceSpans === 'extend' && !!r && !!m.source && m.source.start <= r.start && m.source.end >= r.end);
    const source = takes && m.source && r && overlaps(r, m.source) && !same(r, m.source) ? m.source : undefined;
    const content =
      options.contentSpans === 'model' && overlaps(rule.content, m.content) && !same(rule.content, m.content)
        ? m.content
        : undefined;
    if (source || content) out.reshaped.push({ rule, ...(source ? { source } : {}), ...(content ? { content } : {}) });
  }
  return out;
}
