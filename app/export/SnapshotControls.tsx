import { useState } from 'react';
import { useAppStoreApi } from '../store';
import { openWorkspaceFile, GRAPH_SUFFIXES, SNAPSHOT_SUFFIX } from './open-file';
import { buildSnapshotFile, type ArticleMode } from './save-snapshot';
import { linkToView, type SharedView } from '../url';
import { useExportRunner } from './use-export-runner';
import { filtersOf } from './view-state';

const ACCEPT = [SNAPSHOT_SUFFIX, ...GRAPH_SUFFIXES].join(',');

/** Save and open snapshots, merge graph files from other tools, and copy a link to the current view. */
export function SnapshotControls() {
  const store = useAppStoreApi();
  const { busy, run } = useExportRunner();
  const [articleMode, setArticleMode] = useState<ArticleMode>('full');
  const [link, setLink] = useState('');

  const save = () => run(() => buildSnapshotFile(store.getState(), articleMode, new Date()));
  const open = (files: FileList | null) => {
    void (async () => {
      for (const file of Array.from(files ?? [])) await openWorkspaceFile(store, file);
    })();
  };
  const copyLink = () => {
    const s = store.getState();
    const view: SharedView = { filters: filtersOf(s), selection: s.selection, viewport: s.canvas?.viewport() };
    const href = linkToView(window.location.href, view);
    setLink(href);
    if (href !== window.location.href) {
      s.setAppliedLink(new URL(href).hash);
      window.history.replaceState(window.history.state, '', href);
    }
    const manual = () => s.setExportNotice({ tone: 'info', text: 'Copy the link from the box below' });
    // No clipboard API outside secure contexts (plain http on another host): the box still shows the link.
    if (!navigator.clipboard) return manual();
    navigator.clipboard
      .writeText(href)
      .then(
        () => s.setExportNotice({ tone: 'info', text: 'Link copied: it opens this view of the same graph' }),
        manual,
      );
  };

  return (
    <section className="export-section" aria-labelledby="export-snapshot-title">
      <h3 id="export-snapshot-title">Snapshot</h3>
      <fieldset>
        <legend>Articles in the snapshot</legend>
        <label className="check">
          <input
            type="radio"
            name="article-mode"
            checked={articleMode === 'full'}
            onChange={() => setArticleMode('full')}
          />
          Full texts
        </label>
        <label className="check">
          <input
            type="radio"
            name="article-mode"
            checked={articleMode === 'refs'}
            onChange={() => setArticleMode('refs')}
          />
          Ids and hashes only
        </label>
      </fieldset>
      <div className="export-buttons">
        <button type="button" onClick={save} disabled={busy}>
          Save snapshot
        </button>
        <button type="button" onClick={copyLink}>
          Copy share link
        </button>
      </div>
      {link && (
        <label className="export-field">
          Share link
          <input type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
        </label>
      )}
      <div className="export-open-file">
        <label className="export-field">
          Open snapshot or graph file
          <input
            type="file"
            accept={ACCEPT}
            multiple
            onChange={(e) => {
              open(e.target.files);
              e.target.value = '';
            }}
          />
        </label>
        <p className="hint">
          Snapshots ({SNAPSHOT_SUFFIX}) replace the workspace; GraphML, GEXF and JSON graphs merge into it.
        </p>
      </div>
    </section>
  );
}
