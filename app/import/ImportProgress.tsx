import { selectImportProgress, useAppStore, useAppStoreApi } from '../store';

/** Files done of total, the file being read, and a cancel button that stops the worker at once. */
export function ImportProgress() {
  const progress = useAppStore(selectImportProgress);
  const store = useAppStoreApi();
  if (!progress) return null;
  const { filesDone, filesTotal, current, articlesDone } = progress;
  const articles = `${articlesDone} article${articlesDone === 1 ? '' : 's'}`;
  return (
    <div className="import-progress" role="group" aria-label="Import">
      <progress aria-label="Import progress" max={filesTotal} value={filesDone} />
      <span className="import-progress-text">
        {filesDone}/{filesTotal} files{current ? ` — reading ${current}` : ''} ({articles})
      </span>
      <button type="button" onClick={() => store.getState().cancelImport()}>
        Cancel import
      </button>
    </div>
  );
}
