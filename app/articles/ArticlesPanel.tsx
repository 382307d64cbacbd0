import { useMemo } from 'react';
import { selectImportProgress, selectReaderArticle, useAppStore, useAppStoreApi, useGraphRevision } from '../store';
import { ClearWorkspaceButton } from './ClearWorkspaceButton';
import { listArticles, type ArticleRow } from './list-articles';

function Row({ row, open }: { row: ArticleRow; open: boolean }) {
  const store = useAppStoreApi();
  const meta = [row.outlet || 'unknown outlet', row.publishedAt.slice(0, 10) || 'undated'].join(' · ');
  return (
    <li className={open ? 'article-row open' : 'article-row'}>
      <button
        type="button"
        className="article-open"
        aria-pressed={open}
        onClick={() => store.getState().openArticle(open ? null : row.key)}
      >
        <span className="article-title">{row.title || row.key}</span>
        <span className="article-meta">
          {meta} · {row.attributions} attribution{row.attributions === 1 ? '' : 's'}
          {row.summary && <span className="summary-tag"> · feed summary only</span>}
        </span>
      </button>
      <button
        type="button"
        className="article-remove"
        aria-label={`Remove ${row.title || row.key}`}
        title="Remove this article and what only it attested"
        onClick={() => void store.getState().removeArticle(row.key)}
      >
        ×
      </button>
    </li>
  );
}

/** The workspace's articles (outlet, title, date, attributions): open one in the reader or remove it. */
export function ArticlesPanel() {
  const revision = useGraphRevision();
  const { graph } = revision;
  const reader = useAppStore(selectReaderArticle);
  const importing = useAppStore(selectImportProgress) !== null;
  const rows = useMemo(() => listArticles(revision.graph), [revision]);
  return (
    <section className="articles-panel" aria-label="Articles">
      <h2>Articles ({rows.length})</h2>
      {rows.length === 0 ? (
        <p className="hint">No articles yet. Import files, paste text, or drop files anywhere on the page.</p>
      ) : (
        <ul className="article-list">
          {rows.map((row) => (
            <Row key={row.key} row={row} open={row.key === reader} />
          ))}
        </ul>
      )}
      <ClearWorkspaceButton disabled={importing || graph.order === 0} />
    </section>
  );
}
