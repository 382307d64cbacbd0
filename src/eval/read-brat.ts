import type { GoldAttribution, Range } from './gold';

/**
 * Brat standoff (.ann) attributions, as PolNeAR writes them, in our gold format.
 *
 * Text-bound annotations `T1\tSource 201 220\tO'Malley's campaign` (fragments joined by `;`) are the spans;
 * events `E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1` tie them into one attribution. Events with a
 * label other than Attribution or Attribution-no-source (Discuss, Discard) are annotators' notes, not gold.
 */

interface TextBound {
  label: string;
  fragments: Range[];
}

const EVENT_LABELS = new Set(['Attribution', 'Attribution-no-source']);

/**
 * Brat counts offsets in code points (it is written in Python); JS strings count UTF-16 units. The map
 * is only built when the text has a character outside the BMP, which news text rarely does.
 */
function codePointToUnit(text: string): (offset: number) => number {
  if (!/[\ud800-\udbff]/.test(text)) return (o) => o;
  const units: number[] = [];
  let u = 0;
  for (const ch of text) {
    units.push(u);
    u += ch.length;
  }
  units.push(u);
  return (o) => units[Math.min(o, units.length - 1)]!;
}

function parseTextBound(rest: string, where: string, toUnit: (o: number) => number): TextBound {
  const [head = ''] = rest.split('\t');
  const space = head.indexOf(' ');
  if (space < 0) throw new Error(`${where}: a text-bound annotation needs a label and offsets`);
  const fragments = head
    .slice(space + 1)
    .split(';')
    .map((f): Range => {
      const [a, b] = f.trim().split(' ').map(Number);
      if (!Number.isInteger(a) || !Number.isInteger(b) || a! > b!) throw new Error(`${where}: bad offsets "${f}"`);
      return [toUnit(a!), toUnit(b!)];
    });
  return { label: head.slice(0, space), fragments };
}

const hull = (rs: readonly Range[]): Range => [Math.min(...rs.map((r) => r[0])), Math.max(...rs.map((r) => r[1]))];

/** Parses one .ann file against its text; errors name the file and line. */
export function parseBrat(ann: string, text: string, file: string): GoldAttribution[] {
  const toUnit = codePointToUnit(text);
  const spans = new Map<string, TextBound>();
  const events: { args: [string, string][]; where: string }[] = [];
  ann.split('\n').forEach((line, i) => {
    const where = `eval/read-brat: ${file}: line ${i + 1}`;
    const tab = line.indexOf('\t');
    if (tab < 0) return;
    const id = line.slice(0, tab);
    const rest = line.slice(tab + 1);
    if (id.startsWith('T')) spans.set(id, parseTextBound(rest, where, toUnit));
    else if (id.startsWith('E')) {
      const args = rest
        .trim()
        .split(/\s+/)
        .map((a): [string, string] => {
          const colon = a.indexOf(':');
          return [a.slice(0, colon), a.slice(colon + 1)];
        });
      if (EVENT_LABELS.has(args[0]?.[0] ?? '')) events.push({ args: args.slice(1), where });
    }
  });
  const out: GoldAttribution[] = [];
  for (const { args, where } of events) {
    const roles = { Source: [] as Range[], Cue: [] as Range[], Content: [] as Range[] };
    for (const [role, ref] of args) {
      const span = spans.get(ref);
      if (!span) throw new Error(`${where}: ${role} refers to ${ref}, which is not annotated`);
      // "Content2" is the second part of a content split by the cue ("…," he said, "…").
      const base = /^(Source|Cue|Content)\d*$/.exec(role)?.[1] as keyof typeof roles | undefined;
      if (base) roles[base].push(...span.fragments);
    }
    // An attribution without content has nothing to score against (annotators' unfinished relations).
    if (roles.Content.length === 0) continue;
    out.push({
      source: roles.Source.length ? hull(roles.Source) : null,
      sourceFragments: roles.Source,
      cue: roles.Cue.length ? hull(roles.Cue) : null,
      cueFragments: roles.Cue,
      content: hull(roles.Content),
      contentFragments: roles.Content,
    });
  }
  return out.sort((a, b) => a.content[0] - b.content[0] || (a.cue?.[0] ?? 0) - (b.cue?.[0] ?? 0));
}
