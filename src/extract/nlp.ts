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

export function foldText(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"');
}

/** Tokens and sentences of one block of text starting at `offset` in the article. Linear in its length. */
export function analyseBlock(block: string, offset: number, blockIndex: number): Sentence[] {
  const w = getNlp();
  const its = w.its;
  const doc = w.readDoc(block);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const all: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += (spaces[i] ?? '').length;
    const text = values[i] ?? '';
    // wink is lossless (doc.out() === text), so offsets follow from values and preceding spaces.
    all.push({ text, lower: foldText(text), start: offset + at, end: offset + at + text.length, pos: tags[i] ?? 'X' });
    at += text.length;
  }
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const out: Sentence[] = [];
  for (const [from, to] of spans) {
    const toks = all.slice(from, to + 1).filter((t) => t.pos !== 'SPACE' && t.text.trim() !== '');
    if (toks.length === 0) continue;
    out.push({
      start: toks[0]!.start,
      end: toks[toks.length - 1]!.end,
      tokens: toks,
      block: blockIndex,
      lastInBlock: false,
    });
  }
  if (out.length > 0) out[out.length - 1]!.lastInBlock = true;
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
