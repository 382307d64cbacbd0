import { useCallback, useState } from 'react';
import { useAppStoreApi } from '../store';
import type { BuiltFile } from './build-export';
import { downloadBlob } from './download';

/**
 * Runs one export at a time: builds the file, downloads it, and reports the outcome in the export
 * notice. `busy` disables the buttons while a large file is being built.
 */
export function useExportRunner(): { busy: boolean; run: (build: () => BuiltFile | Promise<BuiltFile>) => void } {
  const store = useAppStoreApi();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    (build: () => BuiltFile | Promise<BuiltFile>) => {
      const { setExportNotice } = store.getState();
      setBusy(true);
      void (async () => {
        try {
          const file = await build();
          downloadBlob(file.blob, file.fileName);
          setExportNotice({ tone: 'info', text: `Saved ${file.fileName} (${formatBytes(file.blob.size)})` });
        } catch (err) {
          setExportNotice({ tone: 'error', text: err instanceof Error ? err.message : String(err) });
        } finally {
          setBusy(false);
        }
      })();
    },
    [store],
  );
  return { busy, run };
}

/** `512 B`, `12.3 kB`, `4.5 MB`. */
export function formatBytes(n: number): string {
  if (n < 1000) return `${n} B`;
  if (n < 1e6) return `${(n / 1e3).toFixed(1)} kB`;
  return `${(n / 1e6).toFixed(1)} MB`;
}
