import type { Bin } from './reliability';
import type { Scores } from './score';
import { FIELDS, MODES, prf } from './score';

const pct = (x: number) => x.toFixed(3);

/** A fixed-width table of precision/recall/F1 per field and mode, one row per scored set or file. */
export function scoreTable(rows: { name: string; scores: Scores }[]): string {
  const head = ['set', ...FIELDS.flatMap((f) => MODES.map((m) => `${f} ${m} P/R/F1`))];
  const lines = rows.map((r) => [
    r.name,
    ...FIELDS.flatMap((f) =>
      MODES.map((m) => {
        const c = r.scores[f][m];
        const { p, r: rec, f: f1 } = prf(c);
        return `${pct(p)}/${pct(rec)}/${pct(f1)}`;
      }),
    ),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [fmt(head), ...lines.map(fmt)].join('\n');
}

export function countsLine(name: string, s: Scores): string {
  const c = s.source.overlap;
  return `${name}: ${c.gold} gold attributions with a source, ${c.predicted} predicted, ${c.tp} matched (source overlap)`;
}

export function reliabilityTable(bins: Bin[], ece: number): string {
  const lines = ['confidence   n     mean conf  observed precision'];
  for (const b of bins) {
    if (!b.count) continue;
    lines.push(
      `${b.from.toFixed(1)}–${b.to.toFixed(1)}  ${String(b.count).padStart(5)}  ${b.meanConfidence.toFixed(3).padStart(9)}  ${(b.correct / b.count).toFixed(3)}`,
    );
  }
  lines.push(`expected calibration error: ${ece.toFixed(3)}`);
  return lines.join('\n');
}
