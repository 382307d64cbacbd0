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

// wink's document for a text costs some 80 bytes a character (a 19 MB article took 1.7 GB), so long texts
// are read in pieces of whole lines; below this size one piece is the whole text, as before.
const CHUNK_CHARS = 256 * 1024;

/**
 * Tokens and sentences of a text, yielded in order. Sentences never cross a line break; each is tagged
 * with the index of its block (see `splitBlocks`). wink reads the text in chunks of whole lines (one call
 * per chunk is ~3× faster than one per paragraph), and a chunk's document is garbage once its sentences
 * are yielded, so memory follows the chunk, not the article.
 */
export function* analyseText(text: string, blocks: readonly Block[]): Generator<Sentence> {
  const cursor = { block: 0 };
  // Held back one sentence: whether it ends its block shows only with the next one, maybe in the next chunk.
  let pending: Sentence | undefined;
  for (const [from, to] of chunkBounds(text, blocks)) {
    for (const s of analyseChunk(text, from, to, blocks, cursor)) {
      if (pending) {
        pending.lastInBlock = pending.block !== s.block;
        yield pending;
      }
      pending = s;
    }
  }
  if (pending) {
    pending.lastInBlock = true;
    yield pending;
  }
}

/** [from, to) pieces tiling the text, cut where a line starts; a line longer than a chunk is cut at a blank. */
function* chunkBounds(text: string, blocks: readonly Block[]): Generator<[number, number]> {
  let from = 0;
  for (const b of blocks) {
    if (b.start - from > 0 && b.end - from > CHUNK_CHARS) {
      yield [from, b.start];
      from = b.start;
    }
    while (b.end - from > CHUNK_CHARS) {
      const cut = cutAtBlank(text, from, from + CHUNK_CHARS);
      yield [from, cut];
      from = cut;
    }
  }
  yield [from, text.length];
}

/** The last whitespace in the second half of [from, limit), else `limit` (never inside a surrogate pair). */
function cutAtBlank(text: string, from: number, limit: number): number {
  for (let i = limit - 1; i > from + (limit - from) / 2; i--) if (/\s/.test(text[i]!)) return i;
  const high = text.charCodeAt(limit - 1);
  return high >= 0xd800 && high <= 0xdbff ? limit - 1 : limit;
}

// wink's tokeniser is quadratic in the length of a run without whitespace (16,000 characters of "a-a-"
// take 13 s), and no word or name is anywhere near this long.
const MAX_RUN = 128;

/**
 * The text with a space put in place of one character every MAX_RUN characters of a run without
 * whitespace. The length is kept, so offsets still hold; the replaced characters are simply in no token.
 */
export function breakLongRuns(text: string): string {
  let out: string[] | undefined;
  let copied = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 0x80 && !NOT_SPACE.test(text[i]!))) run = 0;
    else if (++run > MAX_RUN && (c < 0xd800 || c > 0xdfff)) {
      (out ??= []).push(text.slice(copied, i), ' ');
      copied = i + 1;
      run = 0;
    }
  }
  return out ? out.join('') + text.slice(copied) : text;
}

/** One wink document over text[from, to): its sentences, offsets into the whole text. */
function analyseChunk(
  text: string,
  from: number,
  to: number,
  blocks: readonly Block[],
  cursor: { block: number },
): Sentence[] {
  const w = getNlp();
  const its = w.its;
  const doc = w.readDoc(breakLongRuns(from === 0 && to === text.length ? text : text.slice(from, to)));
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const all: (Token | null)[] = [];
  // Tokens of ours that no wink token stands for (the period split off a name): they do not advance it.
  const extra = new WeakSet<Token>();
  // Whether wink's token i is kept (not whitespace); computed once, read again when mapping sentence ends.
  const kept = new Uint8Array(values.length);
  let at = from;
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
      const prev = all[all.length - 1];
      if (prev && splitWord(prev, value, at)) {
        // "Korvaški" came as "Korva", "š", "ki": one word again (its wink token stays unkept).
        prev.text += value;
        prev.lower = foldText(prev.text);
        prev.end = at + value.length;
        if (tags[i] === 'PROPN') prev.pos = 'PROPN';
      } else {
        kept[i] = 1;
        const token = { text: value, lower: foldText(value), start: at, end: at + value.length, pos: tags[i] ?? 'X' };
        if (endsOnDayName(prev, value, values[i + 1], spaces[i + 1])) {
          // "according to the Baltimore Sun." is no "Sun." for Sunday: the name, then a period ending the
          // sentence (wink read the abbreviation and joined the next sentence on).
          all.push({ ...token, text: value.slice(0, -1), lower: token.lower.slice(0, -1), end: token.end - 1 });
          const stop = { text: '.', lower: '.', start: token.end - 1, end: token.end, pos: 'PUNCT' };
          extra.add(stop);
          all.push(stop, null);
        } else all.push(token);
      }
    }
    at += value.length;
  }
  // Map wink's sentence ends (token indices) onto our filtered list.
  const ends = new Set<number>();
  for (const [, end] of doc.sentences().out(its.span) as unknown as [number, number][]) ends.add(end);
  return sentencesOf(all, kept, ends, blocks, cursor, extra);
}

const LETTERS = /^\p{L}+$/u;
const DAY_ABBREVIATION = /^(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat)\.$/;

/**
 * A day's abbreviation ending a name ("the Las Vegas Sun.") at the end of a sentence: after a capitalised
 * word, and before a line break, the end of the text, or a capitalised word (a new sentence).
 */
function endsOnDayName(prev: Token | null | undefined, value: string, next?: string, space?: string): boolean {
  if (!DAY_ABBREVIATION.test(value) || !prev || !/^\p{Lu}/u.test(prev.text)) return false;
  return next === undefined || (space ?? '').includes('\n') || /^[\p{Lu}"“‘'\n]/u.test(next);
}

/** wink cuts words at letters outside Latin-1 ("Korva|š|ki"): letters touching letters, one side not ASCII. */
function splitWord(prev: Token, value: string, at: number): boolean {
  return (
    prev.end === at &&
    LETTERS.test(value) &&
    LETTERS.test(prev.text) &&
    (NON_ASCII.test(value) || NON_ASCII.test(prev.text))
  );
}

/** Groups kept tokens into sentences at wink's sentence ends, line breaks and the length cap. */
function sentencesOf(
  all: readonly (Token | null)[],
  kept: Uint8Array,
  ends: ReadonlySet<number>,
  blocks: readonly Block[],
  cursor: { block: number },
  extra: WeakSet<Token>,
): Sentence[] {
  const out: Sentence[] = [];
  let current: Token[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const start = current[0]!.start;
    while (cursor.block < blocks.length - 1 && blocks[cursor.block]!.end <= start) cursor.block++;
    const end = current[current.length - 1]!.end;
    out.push({ start, end, tokens: current, block: cursor.block, lastInBlock: false });
    current = [];
  };
  let wi = 0;
  for (const t of all) {
    if (t === null) {
      flush();
      continue;
    }
    if (extra.has(t)) {
      current.push(t);
      continue;
    }
    // Advance the wink token index in step with kept tokens (SPACE tokens were dropped).
    while (wi < kept.length && kept[wi] === 0) wi++;
    current.push(t);
    // No real sentence is this long; chunking keeps every per-sentence rule linear on hostile input.
    if (ends.has(wi) || current.length >= MAX_SENTENCE_TOKENS) flush();
    wi++;
  }
  flush();
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
