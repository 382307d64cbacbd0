import { useRef, useState } from 'react';
import { selectExportNotice, useAppStore } from '../store';
import type { ExportScope } from './build-export';
import { DataExport } from './DataExport';
import { ImageExport } from './ImageExport';
import { SnapshotControls } from './SnapshotControls';

function NoticeLine() {
  const notice = useAppStore(selectExportNotice);
  if (!notice) return null;
  return (
    <p className={`export-notice ${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      {notice.text}
    </p>
  );
}

/**
 * The Export button and its dialog: images, data files for other tools, snapshots and share links.
 * A native modal `<dialog>`: focus stays inside, Esc closes it, focus returns to the button.
 */
export function ExportMenu() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [scope, setScope] = useState<ExportScope>('filtered');
  return (
    <>
      <button type="button" className="export-open" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        Export…
      </button>
      <dialog ref={dialog} className="export-dialog" aria-labelledby="export-title">
        <div className="export-head">
          <h2 id="export-title">Export and snapshots</h2>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        <fieldset>
          <legend>What to export</legend>
          <label className="check">
            <input
              type="radio"
              name="export-scope"
              checked={scope === 'filtered'}
              onChange={() => setScope('filtered')}
            />
            Respect current filters
          </label>
          <label className="check">
            <input type="radio" name="export-scope" checked={scope === 'whole'} onChange={() => setScope('whole')} />
            Whole graph
          </label>
        </fieldset>
        <ImageExport scope={scope} />
        <DataExport scope={scope} />
        <SnapshotControls />
        <NoticeLine />
      </dialog>
    </>
  );
}
