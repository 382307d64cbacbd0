import { selectImportProgress, useAppStore, useAppStoreApi } from '../store';
import type { IngestProgress } from '../workers/ingest-protocol';

function describe({ phase, filesDone, filesTotal, current, articlesDone }: IngestProgress): string {
  const articles = `${articlesDone} article${articlesDone === 1 ? '' : 's'}`;
  if (phase === 'merging') return `Merging ${articles} into the workspace…`;
  if (phase === 'saving') return 'Saving the workspace…';
  return `${filesDone}/${filesTotal} files${current ? ` — reading ${current}` : ''} (${articles})`;
}

/** Files done of total, the file being read, and a cancel button that stops the worker at once. */
export function ImportProgress() {
  const progress = useAppStore(selectImportProgress);
  const store = useAppStoreApi();
  if (!progress) return null;
  return (
    <div className="import-progress" role="group" aria-label="Import">
      <progress aria-label="Import progress" max={progress.filesTotal} value={progress.filesDone} />
      <span className="import-progress-text">{describe(progress)}</span>
      {/* Once saving, the one transaction runs to its end: cutting it short could leave doubt about what was stored. */}
      <button type="button" disabled={progress.phase === 'saving'} onClick={() => store.getState().cancelImport()}>
        Cancel import
      </button>
    </div>
  );
}
