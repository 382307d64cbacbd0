import type { ContentSpan } from './content';
import type { Mention } from './entities';
import type { NounPhrase } from './noun-phrase';
import type { Sentence, Token } from './nlp';
import type { CueSource } from './rules';
import type { Attribution, FactRelation, ViaSpan } from './types';
import { stripTrailingJoiner } from './linear-trim';

const CLOSING_QUOTE = /["\u201d\u00bb]/;

/**
 * "U.S. officials have not said why …, but Ambassador Mohib says …": a content runs up to the next
 * attributing clause of its sentence, not through it.
 */
export function clipContent(
  text: string,
  s: Sentence,
  cs: CueSource,
  content: ContentSpan,
  found: readonly { cs: CueSource }[],
): ContentSpan {
  const cueEnd = s.tokens[cs.cue.to]!.end;
  let end = content.end;
  for (const other of found) {
    if (other.cs === cs) continue;
    // A gerund borrows its speaker from earlier in the sentence: its own clause starts at the cue.
    const from = s.tokens[other.cs.pattern === 'gerund' ? other.cs.cue.from : other.cs.clauseFrom]!.start;
    if (from > cueEnd && from > content.start && from < end) end = from;
  }
  // "…, according to Reuters." folded into the clause as its via: not part of what was said.
  const viaAt = cs.viaCue && cs.viaCue.from > cs.cue.to ? s.tokens[cs.viaCue.from]!.start : end;
  if (viaAt > content.start && viaAt < end) end = viaAt;
  if (end === content.end) return content;
  const trimmed = stripTrailingJoiner(text.slice(content.start, end));
  return trimmed.length > 0 ? { ...content, end: content.start + trimmed.length } : content;
}

/**
 * "played down by the White House, with spokeswoman Anna Kelly insisting …": whoever speaks in the
 * sentence of a dispute speaks for it, and disputes the same targets.
 */
export function sharedDisputes(
  s: Sentence,
  mine: readonly Attribution[],
  made: readonly FactRelation[],
): FactRelation[] {
  const out: FactRelation[] = [];
  for (const d of made.filter((r) => r.kind === 'disputes' && r.start === s.start)) {
    for (const a of mine) {
      if (!a.source || a.source.key === d.source || a.stance !== 'asserts') continue;
      // "… and said the president expected …": someone the disputer quotes is not a disputer.
      const src = a.source;
      if (mine.some((b) => b !== a && b.content.start <= src.start && src.end <= b.content.end)) continue;
      out.push({
        kind: 'disputes',
        source: a.source.key,
        target: d.target,
        start: s.start,
        end: s.end,
        cue: a.cue.text,
        confidence: Math.round(a.confidence * 0.8 * 1000) / 1000,
      });
    }
  }
  return out;
}

/** The next quoted sentence of the same speaker: same source and cue, the quotation as content. */
export function continuation(text: string, a: Attribution, s: Sentence): Attribution {
  let end = s.end;
  for (let i = s.end; i < Math.min(text.length, s.end + 3000) && text[i] !== '\n'; i++) {
    if (CLOSING_QUOTE.test(text[i]!)) {
      end = i + 1;
      break;
    }
  }
  const body = text.slice(s.start, end);
  const closed = (body.match(/["\u201c\u201d]/g)?.length ?? 0) >= 2;
  const content = { text: closed ? body : text.slice(s.start, s.end), start: s.start, end: closed ? end : s.end };
  const confidence = Math.round(a.confidence * 0.9 * 1000) / 1000;
  return { ...a, content, type: 'direct', confidence };
}

/** Whom a source was obtained through, with the words saying so ("obtained by", or the cue found with it). */
export function viaSpan(
  text: string,
  toks: readonly Token[],
  via: NounPhrase,
  viaCue: NounPhrase | undefined,
  m: Mention,
): ViaSpan {
  const cue = text.slice(toks[viaCue?.from ?? via.from - 2]!.start, toks[viaCue?.to ?? via.from - 1]!.end);
  return { text: m.text, start: m.start, end: m.end, kind: m.entity.kind, key: m.entity.key, cue };
}
