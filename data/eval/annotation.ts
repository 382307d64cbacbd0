/**
 * Turns a readable annotation file into an evaluation record with exact offsets.
 *
 * File format (see data/README.md):
 *
 *     id: ours/01-wire-port-strike
 *     genre: wire
 *     title: Dockworkers walk out at …
 *     ---
 *     the article text, verbatim
 *     ---
 *     direct | Dockworkers' union leader Ramon Ortiz | said | "We will stay out."
 *
 * Each annotation line is `type | source | cue | content`; source `-` means no source. A `#n` suffix picks the n-th
 * occurrence of that string in the text (1-based). Without it, a content must occur once, the cue is the occurrence
 * nearest the content and the source the occurrence nearest the cue — writing offsets by hand is how spans go wrong.
 */

export const EVAL_TYPES = ['direct', 'indirect', 'mixed'] as const;
export type EvalType = (typeof EVAL_TYPES)[number];

export type SpanTuple = [number, number];

export interface EvalAttribution {
  source: string | null;
  cue: string;
  content: string;
  sourceSpan: SpanTuple | null;
  cueSpan: SpanTuple;
  contentSpan: SpanTuple;
  type: EvalType;
}

export interface EvalRecord {
  id: string;
  text: string;
  meta: { genre: string; title: string };
  attributions: EvalAttribution[];
}

const SEPARATOR = '\n---\n';
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/** Every start offset of `needle` in `text`, not cutting through a word at either end. */
export function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const cutsStart = isWordChar(needle[0]) && isWordChar(text[at - 1]);
    const cutsEnd = isWordChar(needle[needle.length - 1]) && isWordChar(text[at + needle.length]);
    if (!cutsStart && !cutsEnd) found.push(at);
  }
  return found;
}

/** Splits `phrase#n` into the phrase and its 1-based occurrence index. */
function parseRef(ref: string): { phrase: string; nth?: number } {
  const m = /^(.*?)#(\d+)$/s.exec(ref);
  return m?.[1] && m[2] ? { phrase: m[1], nth: Number(m[2]) } : { phrase: ref };
}

const gap = (a: SpanTuple, b: SpanTuple): number => Math.max(0, a[0] - b[1], b[0] - a[1]);
const overlaps = (a: SpanTuple, b: SpanTuple): boolean => a[0] < b[1] && b[0] < a[1];
const crossesParagraph = (text: string, a: SpanTuple, b: SpanTuple): boolean =>
  text.slice(Math.min(a[1], b[1]), Math.max(a[0], b[0])).includes('\n\n');

/**
 * Locates a phrase: its n-th occurrence when asked, else the occurrence nearest `anchor` that overlaps none of
 * `avoid`; with no anchor the phrase must be unique. Throws with `where` in the message when that is not possible.
 */
export function locate(
  text: string,
  ref: string,
  where: string,
  anchor?: SpanTuple,
  avoid: SpanTuple[] = [],
): SpanTuple {
  const { phrase, nth } = parseRef(ref);
  const starts = occurrences(text, phrase);
  const spans = starts.map((s): SpanTuple => [s, s + phrase.length]);
  if (nth !== undefined) {
    const span = spans[nth - 1];
    if (!span) throw new Error(`${where}: "${phrase}" occurs ${spans.length} times, not ${nth}`);
    return span;
  }
  const free = spans.filter((s) => !avoid.some((a) => overlaps(a, s)));
  if (free.length === 0) throw new Error(`${where}: "${phrase}" not found in the text`);
  if (!anchor) {
    if (free.length > 1) throw new Error(`${where}: "${phrase}" occurs ${free.length} times; add #n`);
    return free[0] as SpanTuple;
  }
  // A cue or source in the anchor's own paragraph beats a nearer one across a paragraph break.
  const cost = (s: SpanTuple): number => gap(s, anchor) + (crossesParagraph(text, s, anchor) ? text.length : 0);
  const sorted = [...free].sort((a, b) => cost(a) - cost(b));
  const [best, next] = sorted;
  if (next && cost(next) === cost(best as SpanTuple))
    throw new Error(`${where}: "${phrase}" is equally near twice; add #n`);
  return best as SpanTuple;
}

/** Parses one `type | source | cue | content` line into an attribution with located spans. */
export function annotate(text: string, line: string, where: string): EvalAttribution {
  // A literal backslash-n stands for a line break, so a content running over paragraphs still fits on one line.
  const parts = line.split(' | ').map((p) => p.trim().replaceAll('\\n', '\n'));
  const [type, source, cue, content] = parts;
  if (parts.length !== 4 || !type || !source || !cue || !content)
    throw new Error(`${where}: expected "type | source | cue | content"`);
  if (!(EVAL_TYPES as readonly string[]).includes(type))
    throw new Error(`${where}: type must be one of ${EVAL_TYPES.join(', ')}, not "${type}"`);
  const contentSpan = locate(text, content, `${where}: content`);
  const cueSpan = locate(text, cue, `${where}: cue`, contentSpan, [contentSpan]);
  const sourceSpan = source === '-' ? null : locate(text, source, `${where}: source`, cueSpan, [contentSpan, cueSpan]);
  const slice = (s: SpanTuple): string => text.slice(s[0], s[1]);
  return {
    source: sourceSpan ? slice(sourceSpan) : null,
    cue: slice(cueSpan),
    content: slice(contentSpan),
    sourceSpan,
    cueSpan,
    contentSpan,
    type: type as EvalType,
  };
}

/** Parses a whole annotation file (header, text, annotations) into a record. `name` prefixes every error. */
export function parseAnnotationFile(raw: string, name: string): EvalRecord {
  const parts = raw.replace(/\r\n/g, '\n').split(SEPARATOR);
  if (parts.length !== 3) throw new Error(`${name}: expected header, text and annotations separated by "---" lines`);
  const [header = '', text = '', body = ''] = parts;
  const fields = new Map(
    header.split('\n').map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()] as const),
  );
  const id = fields.get('id');
  if (!id) throw new Error(`${name}: header has no id`);
  const attributions = body
    .split('\n')
    .map((l, i) => ({ l: l.trim(), n: i }))
    .filter(({ l }) => l !== '' && !l.startsWith('//'))
    .map(({ l, n }) => annotate(text, l, `${name}: annotation line ${n + 1}`));
  return { id, text, meta: { genre: fields.get('genre') ?? '', title: fields.get('title') ?? '' }, attributions };
}
