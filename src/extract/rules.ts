import type { CueMatch } from './cues';
import type { Token } from './nlp';
import {
  authoredDocument,
  citedPhrase,
  citedSource,
  citingClause,
  quotedAsSaying,
  obtainedAside,
  spokenTo,
  withoutDatedParticiple,
} from './citing-phrases';
import { canFind, speaks } from './source-ability';
import { appositionSubject, appositiveName } from './apposition';

export { appositionSubject };
import type { NounPhrase } from './noun-phrase';
import {
  authorsDocument,
  beforeParenthesis,
  coordinatedLeft,
  isCapitalised,
  isHead,
  inversionEnd,
  isModifiedNoun,
  isQuote,
  leftNounPhrase,
  locatedSubject,
  withPartitive,
  rightNounPhrase,
  withPostModifiers,
} from './noun-phrase';
import {
  BE_FORMS,
  DATE_WORD_PATTERN as CALENDAR_WORDS,
  HUMAN_HEADS,
  OBTAINED_BY,
  OBTAINED_OR_STUDIED_BY,
  REPORT_NOUNS,
  SKIPPABLE_BEFORE_CUE,
  TIME_NOUN_PATTERN as TIME_NOUNS,
} from './words';

export type Pattern = 'subject' | 'apposition' | 'inverted' | 'according' | 'passive' | 'credit' | 'gerund';

/** A cue with its source phrase(s) found, before entities and content are resolved. */
export interface CueSource {
  cue: CueMatch;
  sources: NounPhrase[];
  pattern: Pattern;
  /** "memos obtained by [The Washington Post]": who obtained the source. */
  via?: NounPhrase;
  /** The words that say how `via` relates ("quoted"); absent, the two words before it ("obtained by"). */
  viaCue?: NounPhrase;
  /** "told [the Herald]": to whom it was said. */
  recipient?: NounPhrase;
  /** "[memos] first reported by Reuters": what a reduced passive reports. */
  object?: NounPhrase;
  /** "A company spokeswoman, [Judith Keane], said": the name a role source goes by. */
  named?: NounPhrase;
  /** Token range of source + cue (+ recipient): the attributing clause, never part of the content. */
  clauseFrom: number;
  clauseTo: number;
}

const PARTICIPLES = /ed$|^(said|told|thought|found|shown|written|known|seen)$/;
const INFINITIVE_AFTER = new Set(['belief', 'finding']);

function cueSource(cue: CueMatch, sources: NounPhrase[], pattern: Pattern, extra: Partial<CueSource> = {}): CueSource {
  const froms = [cue.from, ...sources.map((s) => s.from)];
  const tos = [cue.to, ...sources.map((s) => s.to)];
  if (extra.recipient) tos.push(extra.recipient.to);
  // A via may come before the cue as well ("The Herald's sources said"): the clause spans it either way.
  if (extra.via) {
    froms.push(extra.via.from);
    tos.push(extra.via.to);
  }
  if (extra.clauseTo !== undefined) tos.push(extra.clauseTo);
  return { cue, sources, pattern, ...extra, clauseFrom: Math.min(...froms), clauseTo: Math.max(...tos) };
}

/** The source of the nearest cue verb before token `j`: "Starmer told parliament, [adding] …". */
function subjectOfEarlierCue(
  tokens: readonly Token[],
  j: number,
  verbs: ReadonlyMap<string, unknown>,
): NounPhrase | null {
  for (let k = j - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' || !verbs.has(t.lower) || /ing$/.test(t.lower)) continue;
    let b = k - 1;
    while (b >= 0 && SKIPPABLE_BEFORE_CUE.has(tokens[b]!.lower)) b--;
    if (b >= 0 && isHead(tokens[b])) {
      const np = leftNounPhrase(tokens, b);
      return np ? withPostModifiers(tokens, np, HUMAN_HEADS) : null;
    }
    if (tokens[b]?.text === ',') {
      const appo = appositionSubject(tokens, b);
      if (appo) return appo;
    }
    const right = rightNounPhrase(tokens, k + 1, j);
    return right && isHead(tokens[right.to]) ? right : null;
  }
  return null;
}

// Verbs that are attributions only with a clause or a quotation after them: "added a cut-off", "rule it out".
const CLAUSE_ONLY = new Set(['add', 'post', 'rule', 'expect', 'estimate', 'note', 'learn', 'describe', 'recall']);
const TOLD_AUDIENCE = /^(reporters|journalists|jurors|jury|audience|crowd|viewers|listeners|readers|board)$/;
const TOLD_THING = /^(story|stories|truth|lie|lies|difference|time|tale|tales|joke|jokes|secret|secrets)$/;

/** Rejects cue words used in another sense, from what follows them. */
function cueReadsAsAttribution(tokens: readonly Token[], cue: CueMatch): boolean {
  const { to } = cue;
  const lemma = cue.entry.lemma;
  const prev = tokens[cue.from - 1]?.lower ?? '';
  const next = tokens[to + 1];
  const opensContent = !next || next.lower === 'that' || isQuote(next) || /^[,:.;!?\u2014]$/.test(next.text);
  const inverted = isQuote(tokens[cue.from - 1]) || prev === ',';
  if (CLAUSE_ONLY.has(lemma) && !opensContent && !inverted && next.pos !== 'ADP') {
    // A bare noun-phrase object and no clause: "added a second cut-off to all kettles", "rule it out".
    const obj = next.pos === 'PRON' ? { from: to + 1, to: to + 1 } : rightNounPhrase(tokens, to + 1);
    const after = obj ? tokens[obj.to + 1] : undefined;
    const infinitive = after?.lower === 'to' && /^(VERB|AUX)$/.test(tokens[(obj?.to ?? 0) + 2]?.pos ?? '');
    if (obj && !infinitive && (!after || after.pos === 'ADP' || after.pos === 'PART' || /^[,.;:]$/.test(after.text)))
      return false;
  }
  // "I expect it to explain", "urged them to": object control is not a report.
  if (
    (cue.entry.class === 'belief' || cue.entry.class === 'finding') &&
    tokens[to + 2]?.lower === 'to' &&
    next?.pos === 'PRON'
  )
    return false;
  if (lemma === 'comment' && /^(not|n't|to|no)$/.test(prev)) return false;
  if (lemma === 'ask' && /^(not|to|for|about|whether|if)$/.test(next?.lower ?? '')) return false;
  if (lemma === 'tell' && next && !opensContent) {
    const obj = rightNounPhrase(tokens, to + 1);
    if (obj && TOLD_THING.test(tokens[obj.to]!.lower)) return false;
  }
  if (
    lemma === 'show' &&
    next &&
    (next.pos === 'PRON' ||
      TOLD_AUDIENCE.test(tokens[to + 2]?.lower ?? '') ||
      (next.lower === 'the' && TOLD_AUDIENCE.test(tokens[to + 2]?.lower ?? '')))
  )
    return false;
  return true;
}

/** "As (first) reported by [Reuters]," opening the sentence: who reported it, or null. */
function reportedAs(tokens: readonly Token[], from: number, to: number): NounPhrase | null {
  const lead = tokens[1]?.pos === 'ADV' ? 2 : 1;
  if (tokens[0]?.lower !== 'as' || from !== lead || !/ed$/.test(tokens[from]!.lower)) return null;
  const by = tokens[to]!.lower === 'by' ? to : tokens[to + 1]?.lower === 'by' ? to + 1 : -1;
  const np = by > 0 ? rightNounPhrase(tokens, by + 1) : null;
  return np && tokens[np.to + 1]?.text === ',' ? np : null;
}

/** Finds the source of a cue in its sentence by the usual orders of news prose. */
export function findSource(
  tokens: readonly Token[],
  cue: CueMatch,
  verbs: ReadonlyMap<string, unknown>,
): CueSource | null {
  const { from, to } = cue;
  const cueWord = tokens[from]!.lower;
  if (cue.form === 'credit') {
    const np = rightNounPhrase(tokens, to + 2);
    return np ? cueSource(cue, [np], 'credit') : null;
  }
  if (cue.form === 'preposition') {
    // The tagger reads "contracts", "Herald" as verbs now and then; the phrase after "according to" is a noun's.
    const found = rightNounPhrase(tokens, to + 1) ?? citedPhrase(tokens, to + 1);
    if (!found) return null;
    const bare = withoutDatedParticiple(tokens, found);
    // "according to a report by The Guardian": the report with its publisher, who is who speaks.
    const publisher =
      REPORT_NOUNS.has(tokens[bare.to]!.lower) &&
      /^(by|in|from)$/.test(tokens[bare.to + 1]?.lower ?? '') &&
      isCapitalised(tokens[bare.to + 2]?.lower === 'the' ? tokens[bare.to + 3] : tokens[bare.to + 2])
        ? rightNounPhrase(tokens, bare.to + 2)
        : null;
    const np = publisher ? { from: bare.from, to: publisher.to } : bare;
    const by =
      tokens[np.to + 2]?.lower === 'by' ? (rightNounPhrase(tokens, np.to + 3) ?? citedPhrase(tokens, np.to + 3)) : null;
    const via = by && OBTAINED_OR_STUDIED_BY.has(tokens[np.to + 1]!.lower) ? by : undefined;
    return cueSource(cue, [np], 'according', via ? { via } : {});
  }
  if (INFINITIVE_AFTER.has(cue.entry.class) && tokens[to + 1]?.lower === 'to') return null;
  // "As first reported by Reuters, the ministry …": the outlet reports the clause after the comma.
  const asReported = reportedAs(tokens, from, to);
  if (asReported) return { ...cueSource(cue, [asReported], 'passive', { clauseTo: asReported.to + 1 }), clauseFrom: 0 };
  // "The memo, first obtained by Politico, says": an aside naming who obtained the subject (the clause's via).
  if (tokens[to]!.lower === 'by' && tokens[from - (tokens[from - 1]?.pos === 'ADV' ? 2 : 1)]?.text === ',') return null;
  if (!cueReadsAsAttribution(tokens, cue)) return null;
  if (cueWord === 'citing' || cueWord === 'quoting') {
    const cited = citedSource(tokens, to + 1, (np) => speaks(tokens, np));
    return (
      cited &&
      cueSource(cue, [cited.np], 'according', cited.named ? { named: cited.named, clauseTo: cited.named.to } : {})
    );
  }
  const quoted = tokens[from - 1]?.lower === 'as' && /ing$/.test(cueWord) ? quotedAsSaying(tokens, from - 1) : null;
  if (quoted) return cueSource(cue, [quoted.source], 'subject', { via: quoted.via, viaCue: quoted.viaCue });
  // "a forester accused of selling timber": a participle after its noun is a passive, nobody's stance.
  if (cue.entry.lemma === 'accuse' && /ed$/.test(cueWord) && tokens[to + 1]?.lower === 'of') return null;
  // "wrote a letter to the governor": writing a document is authorship, not an attribution of what follows.
  if (/^(write|send|sign|draft|compose|pen)$/.test(cue.entry.lemma) && authorsDocument(tokens, to + 1)) return null;
  // "called the ruling "a long-overdue day"": naming counts as speech only with the words quoted.
  if (cue.entry.lemma === 'call' && (isQuote(tokens[to + 1]) || !tokens.slice(to + 1, to + 8).some(isQuote)))
    return null;

  // Passive: "these claims were later played down by the White House"; agentless passives have no source.
  let j = from - 1;
  let sawBe = false;
  for (;;) {
    while (j >= 0 && SKIPPABLE_BEFORE_CUE.has(tokens[j]!.lower)) {
      if (BE_FORMS.has(tokens[j]!.lower)) sawBe = true;
      j--;
    }
    // "A study by the Trust last year found": a time phrase between subject and verb.
    if (j >= 1 && TIME_NOUNS.test(tokens[j]!.lower) && /^(last|this|next|earlier|that)$/.test(tokens[j - 1]!.lower))
      j -= 2;
    // "A spokeswoman for Norvane on Tuesday denied": a date between subject and verb.
    else if (j >= 1 && CALENDAR_WORDS.test(tokens[j]!.lower) && /^(on|in|since|by)$/.test(tokens[j - 1]!.lower)) j -= 2;
    else break;
  }
  const isParticiple = PARTICIPLES.test(tokens[to]!.lower) || cue.to > cue.from;
  if (tokens[to + 1]?.lower === 'by' && (sawBe || isParticiple)) {
    const agent = rightNounPhrase(tokens, to + 2);
    if (agent && (sawBe || isCapitalised(tokens[agent.to]))) {
      const cs = cueSource(cue, [agent], 'passive');
      // "memos first reported by Reuters": the reported thing is the noun the participle modifies.
      const object = !sawBe && tokens[j] && tokens[j]!.pos === 'NOUN' ? leftNounPhrase(tokens, j) : null;
      if (object) cs.object = object;
      return cs;
    }
  }
  if (sawBe && isParticiple && !/ing$/.test(cueWord)) return null;

  const recipientOf = (): NounPhrase | undefined =>
    cue.entry.lemma === 'tell' || cue.entry.lemma === 'ask'
      ? (rightNounPhrase(tokens, to + 1) ?? undefined)
      : (spokenTo(tokens, from, to) ?? undefined);
  j = beforeParenthesis(tokens, j);
  const left = tokens[j];
  if (left && (left.lower === 'and' || left.lower === 'but') && j > 0) {
    // "… said her party has supported it, and said …", "he smiled and said": the subject of an earlier verb.
    const candidates: number[] = [];
    for (let k = j - 1; k >= 0; k--) {
      if (tokens[k]!.pos === 'VERB' && verbs.has(tokens[k]!.lower)) {
        candidates.push(k);
        break;
      }
    }
    // Else the first verb that has a subject ("he smiled and said").
    for (let k = 1; k < j; k++) {
      if (tokens[k]!.pos === 'VERB' && isHead(tokens[k - 1])) {
        candidates.push(k);
        break;
      }
    }
    for (const v of candidates) {
      let b = v - 1;
      while (b >= 0 && SKIPPABLE_BEFORE_CUE.has(tokens[b]!.lower)) b--;
      const np = b >= 0 && isHead(tokens[b]) ? leftNounPhrase(tokens, b) : null;
      if (np) return cueSource(cue, [withPostModifiers(tokens, np, HUMAN_HEADS)], 'gerund');
    }
  }
  if (left && isHead(left) && tokens[j - 1]?.lower === 'what') return null;
  if (
    left &&
    (left.lower === 'them' || left.lower === 'those' || left.lower === 'us') &&
    tokens[j - 1]?.lower === 'of' &&
    j >= 2
  ) {
    return cueSource(cue, [{ from: j - 2, to: j }], 'subject');
  }
  if (left && (left.text === '%' || left.lower === 'percent') && tokens[j - 1]?.pos === 'NUM') {
    return cueSource(cue, [{ from: j - 1, to: j }], 'subject');
  }
  if (left && isHead(left)) {
    if (left.lower === 'who') {
      const ante = leftNounPhrase(tokens, tokens[j - 1]?.text === ',' ? j - 2 : j - 1);
      // "The Ledger cited three election workers who said": the workers, cited through the Ledger.
      const cited = ante && citingClause(tokens, ante.from);
      if (ante) return cueSource(cue, [ante], 'subject', { ...optional('recipient', recipientOf()), ...cited });
    }
    const np = withPartitive(tokens, locatedSubject(tokens, leftNounPhrase(tokens, j)));
    // "A leaked letter seen by Sky News says", "documents obtained by the Ledger show": the document speaks.
    const by = np && tokens[np.from - 1]?.lower === 'by' ? tokens[np.from - 2] : undefined;
    const doc = np && by && OBTAINED_BY.has(by.lower) ? leftNounPhrase(tokens, np.from - 3) : null;
    // "softer than the surveys had shown": a comparison, not what the surveys say ("more than 40,000 fans" is none).
    const compared = np && tokens[np.from - 1]?.lower === 'than' && tokens[np.from]!.pos !== 'NUM';
    if (np && (compared || (cue.entry.class === 'finding' && !canFind(tokens, doc ?? np)))) return null;
    // "repairs estimated at $11 million", "a video posted on Sunday": a participle modifying a noun.
    const participle = /ed$|^(found|shown|seen)$/.test(cueWord) && tokens[to + 1]?.pos === 'ADP';
    if (np && /^(found|shown|seen)$/.test(cueWord) && tokens[to + 1]?.pos === 'ADP') return null;
    if (np && participle && cue.entry.class !== 'speech' && tokens[j]!.pos === 'NOUN' && isModifiedNoun(tokens, np))
      return null;
    if (np) {
      if (doc) return cueSource(cue, [doc], 'subject', { via: np });
      const cited = sourcesOfOwner(tokens, np);
      if (cited) return cueSource(cue, [cited.sources], 'subject', { via: cited.owner, viaCue: cited.mark });
      // "A draft report prepared by the state Department of Environmental Quality found": the report speaks.
      const authored = authoredDocument(tokens, np.from);
      if (authored) return cueSource(cue, [authored], 'subject');
      const full = withPostModifiers(tokens, np, HUMAN_HEADS);
      const sources = full === np ? coordinatedLeft(tokens, np) : [full];
      return cueSource(cue, sources, 'subject', optional('recipient', recipientOf()));
    }
  }
  // "…," Starmer told parliament, adding that …": the speaker of the earlier cue; else the sentence's subject.
  // '… "fan fiction," telling Mediaite …': the comma may sit inside the closing quote.
  const afterComma = left?.text === ',' || (isQuote(left) && tokens[j - 1]?.text === ',');
  if (/ing$/.test(cueWord) && afterComma) {
    const earlier = subjectOfEarlierCue(tokens, j, verbs);
    if (earlier) return cueSource(cue, [earlier], 'gerund');
    let s = 0;
    while (s < j && !isHead(tokens[s])) s++;
    if (s > 0 && tokens[s - 1]!.pos === 'DET') s--;
    const np = s < j ? rightNounPhrase(tokens, s) : null;
    if (np && np.to < j && speaks(tokens, np)) return cueSource(cue, [np], 'gerund');
  }
  if (left?.text === ',') {
    const np = appositionSubject(tokens, j);
    if (np && j - np.to < 40) {
      const obtainer = obtainedAside(tokens, np.to + 1, j);
      const cs = cueSource(cue, [np], 'apposition', {
        ...optional('recipient', recipientOf()),
        ...optional('via', obtainer ?? undefined),
      });
      const named = appositiveName(tokens, np);
      if (named) cs.named = named;
      return cs;
    }
    // "Lydia Buchtmann for Food Standards Australia, says": a verbless opening phrase is the subject.
    const opening = tokens.slice(0, j);
    if (opening.length > 0 && opening.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && !isQuote(t))) {
      const first = rightNounPhrase(tokens, 0);
      if (first && isHead(tokens[first.to])) return cueSource(cue, [first], 'apposition');
    }
  }
  // Inversion after a quote or a comma: '"…," said Ambassador Mohib.' — never a gerund's ("…, saying the report
  // was wrong" says nothing of the report).
  if (!/ing$/.test(cueWord) && (from === 0 || left?.text === ',' || isQuote(left) || left?.text === ':')) {
    const np = rightNounPhrase(tokens, to + 1);
    if (np && isHead(tokens[np.to])) {
      const cs = cueSource(cue, [np], 'inverted');
      cs.clauseTo = Math.max(cs.clauseTo, inversionEnd(tokens, np));
      return cs;
    }
  }
  return null;
}

/**
 * "The Herald's sources said": sources named by whose they are are the ones that owner cites; the owner is
 * the sources' via, the sources the speakers. Null for any other phrase ("Clinton's aides" are hers, not
 * cited by her).
 */
function sourcesOfOwner(
  tokens: readonly Token[],
  np: NounPhrase,
): { owner: NounPhrase; sources: NounPhrase; mark: NounPhrase } | null {
  const head = tokens[np.to]!.lower;
  if (head !== 'sources' && head !== 'source') return null;
  const poss = tokens.findIndex((t, k) => k > np.from && k < np.to && (t.lower === "'s" || t.lower === "'"));
  if (poss < 0 || !isCapitalised(tokens[poss - 1])) return null;
  const first = tokens[np.from]!.lower === 'the' ? np.from + 1 : np.from;
  if (first >= poss) return null;
  return {
    owner: { from: np.from, to: poss - 1 },
    sources: { from: poss + 1, to: np.to },
    mark: { from: poss, to: poss },
  };
}

function optional<K extends 'recipient' | 'via'>(key: K, value: NounPhrase | undefined): Partial<CueSource> {
  return value ? { [key]: value } : {};
}
