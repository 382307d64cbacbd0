import type { Entity, EntityResolver, Mention } from './entities';
import { salientPerson } from './entity';
import { getLexicon } from './lexicon';
import type { Sentence, Token } from './nlp';
import { leftNounPhrase, rightNounPhrase } from './noun-phrase';
import { appositionSubject } from './rules';
import type { FactRelation } from './types';
import { SKIPPABLE_BEFORE_CUE } from './words';

const AFFILIATING_ROLES =
  /\b(spokes(?:man|woman|person|people)|official|aide|advis[eo]r|secretary|minister|director|chair(?:man|woman)?|ceo|executive|officer|head|chief|ambassador|coach|representative|editor|press secretary|counsel|attorney|deputy|member)\b/i;
const LETTERISH = new Set([
  'letter',
  'letters',
  'memo',
  'memos',
  'email',
  'emails',
  'message',
  'messages',
  'note',
  'cable',
]);
const ADDRESSING = new Set(['meant', 'addressed', 'intended', 'sent', 'written', 'delivered']);

/** The subject of the verb at `v`: "Maduro, according to the documents, also composed …" → Maduro. */
function subjectOf(tokens: readonly Token[], v: number) {
  let j = v - 1;
  while (j >= 0 && SKIPPABLE_BEFORE_CUE.has(tokens[j]!.lower)) j--;
  if (tokens[j]?.text === ',') return appositionSubject(tokens, j);
  return j >= 0 ? leftNounPhrase(tokens, j) : null;
}

/**
 * Relations a sentence states besides attributions: persons affiliated with organisations ("the White
 * House, with spokeswoman Anna Kelly") and documents with their authors ("Maduro … composed a letter to Xi").
 */
export function sentenceRelations(
  s: Sentence,
  mentions: Mention[],
  resolver: EntityResolver,
  articleKey: string,
): FactRelation[] {
  const out: FactRelation[] = [];
  const ev = { start: s.start, end: s.end };
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  for (const m of ordered) {
    const p = m.entity;
    if (p.affiliation && p.affiliation !== p.key)
      out.push({ kind: 'affiliated', source: p.key, target: p.affiliation, ...ev, confidence: 0.8 });
    if (p.kind !== 'person' || p.anonymous || !p.role || !AFFILIATING_ROLES.test(p.role)) continue;
    const org = ordered
      .filter((o) => o.entity.kind === 'organization' && !o.entity.anonymous && o.start < m.start)
      .at(-1);
    if (org) out.push({ kind: 'affiliated', source: p.key, target: org.entity.key, ...ev, confidence: 0.7 });
  }
  const tokens = s.tokens;
  const lex = getLexicon();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!LETTERISH.has(t.lower) || t.pos !== 'NOUN') continue;
    let k = i + 1;
    if (ADDRESSING.has(tokens[k]?.lower ?? '')) k++;
    const to = tokens[k]?.lower;
    const rnp = to === 'to' || to === 'for' ? rightNounPhrase(tokens, k + 1) : null;
    const recipient = rnp ? resolver.resolve(tokens, rnp, undefined, 'mention') : null;
    if (!recipient || recipient.entity.kind !== 'person') continue;
    const doc = resolver.document(`${t.lower.replace(/s$/, '')} to ${recipient.entity.label}`, t.lower);
    mentions.push({ entity: doc, start: t.start, end: t.end, text: t.text, resolution: 'explicit' });
    let author: Entity | undefined;
    let confidence = 0.8;
    const np = leftNounPhrase(tokens, i);
    for (let v = (np?.from ?? i) - 1; v >= 0 && !author; v--) {
      if (!lex.authoring.has(tokens[v]!.lower) || tokens[v]!.pos !== 'VERB') continue;
      const subj = subjectOf(tokens, v);
      const m = subj ? resolver.resolve(tokens, subj, undefined) : null;
      if (m && m.entity.kind !== 'document') author = m.entity;
    }
    if (!author) {
      // An unsigned letter in a story about one protagonist is theirs; say so with lower confidence.
      author = salientPerson(resolver.entities.values(), recipient.entity);
      confidence = 0.5;
    }
    if (author) out.push({ kind: 'authored', source: author.key, target: doc.key, ...ev, confidence });
    out.push({ kind: 'mentions', source: articleKey, target: recipient.entity.key });
  }
  return out;
}
