import type { TaggedAttribution, TaggedSpan } from './attribution-tagger';
import type { Token } from './nlp';
import type { Attribution, AttributionModelOptions } from './types';

/** The combination chosen by cross-validation on PolNeAR train (data/models/README.md). */
// Ungated, the model's additions cost gum-news and data/eval precision (their annotation is not PolNeAR's);
// from 0.8 up they do not, and a source the model only lengthens to the left ("Spokeswoman [Haley Morris]")
// is right on all three sets.
export const DEFAULT_MODEL_OPTIONS: Required<AttributionModelOptions> = {
  minConfidence: 0.8,
  sourceSpans: 'extend-left',
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

// The same attribution has its cue within this many characters of the model's spans; a bounded window keeps
// merging linear on a paragraph of thousands of attributions.
const WINDOW = 600;
const MAX_CANDIDATES = 48;

/** Rules (sorted by cue start) whose cue starts near the model attribution's spans. */
function nearby(byCue: readonly Attribution[], m: ModelAttribution): Attribution[] {
  const from = Math.min(m.cue.start, m.content.start, m.source?.start ?? Infinity) - WINDOW;
  const to = Math.max(m.cue.end, m.content.end, m.source?.end ?? 0) + WINDOW;
  let lo = 0;
  let hi = byCue.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byCue[mid]!.cue.start < from) lo = mid + 1;
    else hi = mid;
  }
  // Nearest to the model's cue first, so the window's cap drops the farthest.
  const out: Attribution[] = [];
  for (let i = lo; i < byCue.length && byCue[i]!.cue.start <= to; i++) out.push(byCue[i]!);
  if (out.length <= MAX_CANDIDATES) return out;
  return out
    .sort((a, b) => Math.abs(a.cue.start - m.cue.start) - Math.abs(b.cue.start - m.cue.start))
    .slice(0, MAX_CANDIDATES);
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
  const byCue = [...rules].sort((a, b) => a.cue.start - b.cue.start);
  for (const m of model) {
    const rule = nearby(byCue, m).find(
      (r) => overlaps(r.cue, m.cue) || (overlaps(r.source, m.source) && overlaps(r.content, m.content)),
    );
    if (!rule) {
      if (m.source && m.tagged.confidence >= options.minConfidence) out.added.push(m);
      continue;
    }
    const r = rule.source;
    const holds = !!r && !!m.source && m.source.start <= r.start && m.source.end >= r.end;
    const takes =
      options.sourceSpans === 'model' ||
      (options.sourceSpans === 'extend' && holds) ||
      (options.sourceSpans === 'extend-left' && holds && m.source!.end === r!.end);
    const source = takes && m.source && r && overlaps(r, m.source) && !same(r, m.source) ? m.source : undefined;
    const content =
      options.contentSpans === 'model' && overlaps(rule.content, m.content) && !same(rule.content, m.content)
        ? m.content
        : undefined;
    if (source || content) out.reshaped.push({ rule, ...(source ? { source } : {}), ...(content ? { content } : {}) });
  }
  return out;
}
