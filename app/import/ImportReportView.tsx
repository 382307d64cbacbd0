import { selectImportReport, useAppStore, useAppStoreApi } from '../store';
import type { FileReport } from '../workers/ingest-types';
import { fileLoadedText, importHeadline } from './report-text';

function FileLine({ report }: { report: FileReport }) {
  return (
    <li>
      <span className="report-file">{report.file}</span>
      {report.format && <span className="report-format"> ({report.format})</span>}
      {': '}
      {fileLoadedText(report)}
      {report.problems.length > 0 && (
        <ul className="report-problems">
          {report.problems.map((p, i) => (
            <li key={i} className="error">
              {p}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The last import's per-file report: what each file gave and what was skipped, and why (as plain text). */
export function ImportReportView() {
  const store = useAppStoreApi();
  const report = useAppStore(selectImportReport);
  if (!report) return null;
  const skipped = report.files.reduce((n, f) => n + f.problems.length, 0);
  const headline = report.status === 'done' ? importHeadline(report.articles, report.files) : report.message;
  return (
    <section className="import-report" aria-label="Import report" aria-live="polite">
      <p className={report.status === 'failed' || skipped ? 'report-headline error' : 'report-headline'}>{headline}</p>
      {report.files.length > 0 && (
        <ul>
          {report.files.map((f, i) => (
            <FileLine key={i} report={f} />
          ))}
        </ul>
      )}
      <button type="button" onClick={() => store.getState().dismissImportReport()}>
        Dismiss
      </button>
    </section>
  );
}
