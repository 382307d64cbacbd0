import { useRef } from 'react';
import { selectImportProgress, selectStatus, useAppStore, useAppStoreApi } from '../store';
import { ImportProgress } from './ImportProgress';
import { ImportReportView } from './ImportReportView';
import { PasteDialog } from './PasteDialog';
import { importOrOpen } from './import-or-open';

const ACCEPT =
  '.sourcetrace.json,.graphml,.gexf,.txt,.text,.md,.html,.htm,.xhtml,.json,.jsonl,.ndjson,.rss,.atom,.xml,text/*,application/json';

/** Import by file picker (many files) or pasted text, with the running import's progress and the last report. */
export function ImportControls() {
  const store = useAppStoreApi();
  const input = useRef<HTMLInputElement>(null);
  const busy = useAppStore(selectImportProgress) !== null;
  const loading = useAppStore(selectStatus) === 'loading';
  return (
    <section className="import-controls" aria-label="Import articles">
      <button type="button" disabled={busy || loading} onClick={() => input.current?.click()}>
        Import files…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label="Choose files to import"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = ''; // picking the same file again must fire change again
          if (files.length > 0) void importOrOpen(store, files);
        }}
      />
      <PasteDialog />
      <ImportProgress />
      <ImportReportView />
    </section>
  );
}
