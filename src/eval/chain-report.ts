import type { ChainCandidate, ChainOutcome, ChainReport, ChainTally } from './chain-accuracy';
import { comparableName } from './chain-accuracy';
import { CONSTRUCTIONS } from './chain-manifest';

const percent = (t: ChainTally) => (t.total ? `${((100 * t.right) / t.total).toFixed(1)} %` : '–');

function expectedText(o: ChainOutcome): string {
  const { outlets, primary, disputers } = o.expected;
  // An outlet primary source already ends the outlets.
  const last = comparableName(outlets[outlets.length - 1]!) === comparableName(primary.label) ? [] : [primary.label];
  const kind = primary.kind ? ` (${primary.kind})` : '';
  const disputed = disputers.length ? `; disputed by ${disputers.map((d) => d.label).join(', ')}` : '';
  return [...outlets, ...last].join(' → ') + kind + disputed;
}

function gotText(found: number, best: ChainCandidate | null): string {
  if (!best) return 'no claim contains the fragment';
  const path = best.path.length
    ? best.path.map((n) => (n.kind === 'article' ? '[article]' : n.label)).join(' → ') +
      ` (${best.path[best.path.length - 1]!.kind})`
    : 'a claim with no path';
  const disputed = best.disputedBy.length ? `; disputed by ${best.disputedBy.join(', ')}` : '';
  const v = best.verdict;
  const wrong = [!v.outlets && 'outlets', !v.primary && 'primary', !v.disputers && 'disputers'].filter(Boolean);
  const others = found > 1 ? `, best of ${found} claims` : '';
  return `${path}${disputed}  [wrong: ${wrong.join(', ')}${others}]`;
}

/** Chain accuracy overall and per construction, then each wrong claim with what was expected and got. */
export function chainReportText(report: ChainReport, listWrong = true): string {
  const { overall } = report;
  const lines = [
    `Chains: ${report.set} (${report.articles} articles, ${overall.total} claims): ${overall.right}/${overall.total} right (${percent(overall)})`,
  ];
  const width = Math.max(...CONSTRUCTIONS.map((c) => c.length));
  for (const c of CONSTRUCTIONS) {
    const t = report.byConstruction[c];
    lines.push(`  ${c.padEnd(width)}  ${`${t.right}/${t.total}`.padStart(7)}  ${percent(t).padStart(7)}`);
  }
  const wrong = report.outcomes.filter((o) => !o.right);
  if (wrong.length && !listWrong)
    return [...lines, `  (${wrong.length} wrong claims, held out: not listed)`].join('\n');
  if (wrong.length) lines.push('', 'Wrong chains:');
  for (const o of wrong) {
    lines.push(`  ${o.file.replace(/\.txt$/, '')}: "${o.expected.claim}" [${o.expected.tests.join(', ')}]`);
    lines.push(`    expected: ${expectedText(o)}`);
    lines.push(`    got:      ${gotText(o.found, o.best)}`);
  }
  return lines.join('\n');
}

/** The report as JSON figures: tallies, and each wrong claim with its best path as labels. */
export function chainReportJson(report: ChainReport) {
  return {
    set: report.set,
    articles: report.articles,
    overall: { ...report.overall, accuracy: report.overall.total ? report.overall.right / report.overall.total : 0 },
    byConstruction: report.byConstruction,
    wrong: report.outcomes
      .filter((o) => !o.right)
      .map((o) => ({
        file: o.file,
        claim: o.expected.claim,
        tests: o.expected.tests,
        found: o.found,
        got: o.best
          ? { path: o.best.path.map((n) => n.label), disputedBy: o.best.disputedBy, verdict: o.best.verdict }
          : null,
      })),
  };
}
