import type { FileReport } from '../workers/ingest-types';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Said beside a count of articles, so a user knows some texts are feed teasers, not the full reports. */
function summaryNote(summaries: number, articles: number): string {
  if (summaries === 0) return '';
  if (summaries === articles) return ` (${articles === 1 ? 'only a feed summary' : 'all only feed summaries'})`;
  return ` (${summaries} only a feed summary)`;
}

/** What one file gave, e.g. "3 articles (1 only a feed summary), 1 graph merged", or "nothing loaded". */
export function fileLoadedText(report: FileReport): string {
  const loaded = [
    report.articles > 0 ? plural(report.articles, 'article') + summaryNote(report.summaries, report.articles) : '',
    report.graphs > 0 ? `${plural(report.graphs, 'graph')} merged` : '',
  ].filter(Boolean);
  return loaded.length > 0 ? loaded.join(', ') : 'nothing loaded';
}

/** The headline of a finished import: articles added, from how many files, how many summaries, what was skipped. */
export function importHeadline(articles: number, files: readonly FileReport[]): string {
  const skipped = files.reduce((n, f) => n + f.problems.length, 0);
  const summaries = files.reduce((n, f) => n + f.summaries, 0);
  const partial = summaries ? `, ${summaries} of them only a feed summary, not the full article` : '';
  return `Imported ${plural(articles, 'article')} from ${plural(files.length, 'file')}${partial}${skipped ? `; ${skipped} skipped` : ''}.`;
}
