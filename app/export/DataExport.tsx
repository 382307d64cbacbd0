import { selectGraph, useAppStoreApi } from '../store';
import { buildFile, FORMAT_LABELS, type ExportScope, type FileFormat } from './build-export';
import { useExportRunner } from './use-export-runner';
import { shownViewOf } from './view-state';

const DATA_FORMATS = ['json', 'graphml', 'gexf', 'csv', 'cyjs'] as const satisfies readonly FileFormat[];

/** The graph as data for other tools: one button per format, each downloading at once. */
export function DataExport({ scope }: { scope: ExportScope }) {
  const store = useAppStoreApi();
  const { busy, run } = useExportRunner();
  const download = (format: FileFormat) =>
    run(() => {
      const s = store.getState();
      const drawn = s.canvas ? { positions: s.canvas.positions(), colors: s.canvas.colors() } : {};
      return buildFile(selectGraph(s), { format, scope, view: shownViewOf(s), ...drawn, date: new Date() });
    });
  return (
    <section className="export-section" aria-labelledby="export-data-title">
      <h3 id="export-data-title">Data</h3>
      <div className="export-buttons">
        {DATA_FORMATS.map((format) => (
          <button key={format} type="button" onClick={() => download(format)} disabled={busy}>
            {FORMAT_LABELS[format]}
          </button>
        ))}
      </div>
    </section>
  );
}
