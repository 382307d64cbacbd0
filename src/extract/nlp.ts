import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One word or punctuation mark, with absolute offsets into the article text. */
export interface Token {
  text: string;
  /** Lower-cased text with curly quotes and apostrophes folded to straight ones. */
  lower: string;
  start: number;
  end: number;
  /** Universal POS tag from wink-eng-lite-web-model (NOUN, PROPN, VERB, PUNCT, …). */
  pos: string;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
  /** Index of the line (paragraph) the sentence belongs to. */
  block: number;
  /** True when the sentence is the last one of its block. */
  lastInBlock: boolean;
}

// wink-nlp is built once per process (or worker): building the model is the expensive part.
let nlp: ReturnType<typeof winkNLP> | undefined;
function getNlp(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

const MAX_SENTENCE_TOKENS = 400;
const NON_ASCII = /[\u0080-\uffff]/;
const NOT_SPACE = /\S/;

export function foldText(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"');
}

/**
 * Tokens and sentences of a whole text, one wink document (one call is ~3× faster than one per paragraph).
 * Sentences never cross a line break; each is tagged with the index of its block (see `splitBlocks`).
 */
export function analyseText(text: string, blocks: readonly Block[]): Sentence[] {
  const w = getNlp();
  const its = w.its;
  const doc = w.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const all: (Token | null)[] = [];
  // Whether wink's token i is kept (not whitespace); computed once, read again when mapping sentence ends.
  const kept = new Uint8Array(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const space = spaces[i] ?? '';
    at += space.length;
    const value = values[i] ?? '';
    // wink is lossless (doc.out() === text), so offsets follow from values and preceding spaces.
    // A line break (in a space or a SPACE token) ends the sentence: null marks it.
    if (space.length > 0 && space.includes('\n')) all.push(null);
    if (tags[i] === 'SPACE' || !NOT_SPACE.test(value)) {
      if (value.includes('\n')) all.push(null);
    } else {
      kept[i] = 1;
      all.push({ text: value, lower: foldText(value), start: at, end: at + value.length, pos: tags[i] ?? 'X' });
    }
    at += value.length;
  }
  // Map wink's sentence ends (token indices) onto our filtered list.
  const ends = new Set<number>();
  for (const [, to] of doc.sentences().out(its.span) as unknown as [number, number][]) ends.add(to);
  const out: Sentence[] = [];
  let current: Token[] = [];
  let b = 0;
  const flush = () => {
    if (current.length === 0) return;
    const start = current[0]!.start;
    while (b < blocks.length - 1 && blocks[b]!.end <= start) b++;
    out.push({ start, end: current[current.length - 1]!.end, tokens: current, block: b, lastInBlock: false });
    current = [];
  };
  let wi = 0;
  for (const t of all) {
    if (t === null) {
      flush();
      continue;
    }
    // Advance the wink token index in step with kept tokens (SPACE tokens were dropped).
    while (wi < values.length && kept[wi] === 0) wi++;
    current.push(t);
    // No real sentence is this long; chunking keeps every per-sentence rule linear on hostile input.
    if (ends.has(wi) || current.length >= MAX_SENTENCE_TOKENS) flush();
    wi++;
  }
  flush();
  for (let i = 0; i < out.length; i++) out[i]!.lastInBlock = out[i + 1]?.block !== out[i]!.block;
  return out;
}

export interface Block {
  start: number;
  end: number;
  index: number;
}

/** Lines of the article, trimmed; empty lines dropped. News paragraphs and GUM lines are one per line. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) blocks.push({ start: s, end: e, index: blocks.length });
    start = end + 1;
  }
  return blocks;
}
