import type { EntityScores } from './gum-entities';
import { CONFUSION_COLUMNS, CONFUSION_ROWS, entitySummary } from './gum-entities';
import { SCORED_TYPES } from './entity-alignment';

const f3 = (x: number) => x.toFixed(3);
const prf = (x: { p: number; r: number; f: number }) => `${f3(x.p)}/${f3(x.r)}/${f3(x.f)}`;

/** Mention detection, typing and coreference of one set against GUM's person/organization/place mentions. */
export function entityTable(name: string, s: EntityScores): string {
  const sum = entitySummary(s);
  const m = sum.mentions;
  const typing = SCORED_TYPES.map((t) => `${t} ${f3(sum.typingByType[t])} (${s.typed[t].matched})`).join(', ');
  const lines = [
    `${name} (${s.documents} documents with entity annotations):`,
    `  mentions P/R/F1 ${prf(m)}  (${m.predicted} predicted, ${m.gold} gold, ${m.matched} aligned, ` +
      `${f3(sum.exactShare)} of them exactly)`,
    `  typing accuracy ${f3(sum.typingAccuracy)} over aligned mentions: ${typing}`,
    `  coreference on ${sum.coreference.mentions} aligned mentions: MUC P/R/F1 ${prf(sum.coreference.muc)}, ` +
      `B³ P/R/F1 ${prf(sum.coreference.b3)}`,
    `  without pronouns, on ${sum.coreferenceWithoutPronouns.mentions}: MUC P/R/F1 ` +
      `${prf(sum.coreferenceWithoutPronouns.muc)}, B³ P/R/F1 ${prf(sum.coreferenceWithoutPronouns.b3)}`,
  ];
  const head = ['gold \\ ours', ...CONFUSION_COLUMNS];
  const rows = CONFUSION_ROWS.map((r) => [r, ...CONFUSION_COLUMNS.map((c) => String(s.confusion[r][c]))]);
  // No mention on both sides is not counted.
  rows[rows.length - 1]![rows[0]!.length - 1] = '';
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (cells: string[]) =>
    '  ' + cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  lines.push(fmt(head), ...rows.map(fmt));
  return lines.join('\n');
}

/** One line per genre (gum-train mixes five), so in-sample and held-out genres can be told apart. */
export function entityGenreLines(byGenre: ReadonlyMap<string, EntityScores>): string {
  if (byGenre.size < 2) return '';
  const lines = ['  by genre: mentions F1, typing accuracy, MUC F1, B³ F1'];
  for (const [genre, s] of [...byGenre].sort((a, b) => a[0].localeCompare(b[0]))) {
    const sum = entitySummary(s);
    lines.push(
      `    ${genre.padEnd(10)} ${f3(sum.mentions.f)}  ${f3(sum.typingAccuracy)}  ${f3(sum.coreference.muc.f)}  ` +
        `${f3(sum.coreference.b3.f)}  (${s.documents} documents)`,
    );
  }
  return lines.join('\n') + '\n';
}
