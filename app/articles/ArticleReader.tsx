import { useMemo } from 'react';
import type { SourcetraceGraph } from '../../src/model';
import {
  selectImportedArticles,
  selectReaderArticle,
  selectSelection,
  useAppStore,
  useAppStoreApi,
  useGraphRevision,
} from '../store';
import type { Highlight, HighlightTarget } from '../workers/ingest-types';
import { evidenceHighlights } from './article-highlights';
import { segmentText } from './segment-text';

const ROLE_NAMES: Record<Highlight['role'], string> = {
  source: 'source',
  cue: 'attribution cue',
  claim: 'claim',
  evidence: 'attribution',
};

function sameTarget(a: HighlightTarget | null, b: { type: string; key: string } | null): boolean {
  return a !== null && b !== null && a.type === b.type && a.key === b.key;
}

function articleOf(graph: SourcetraceGraph, key: string | null) {
  if (!key || !graph.hasNode(key)) return null;
  const attrs = graph.getNodeAttributes(key);
  return attrs.kind === 'article' ? attrs : null;
}

/**
 * The open article's text with its sources, cues and claims marked. Every run is a React text node
 * (never HTML); a marked run with a graph element behind it acts as a button selecting that element.
 */
export function ArticleReader() {
  const store = useAppStoreApi();
  const revision = useGraphRevision();
  const { graph } = revision;
  const key = useAppStore(selectReaderArticle);
  const imported = useAppStore(selectImportedArticles);
  const selection = useAppStore(selectSelection);
  const article = articleOf(graph, key);
  const segments = useMemo(() => {
    if (!article || !key) return [];
    const highlights = imported[key]?.highlights ?? evidenceHighlights(revision.graph, key);
    return segmentText(article.text, highlights);
  }, [article, key, imported, revision]);
  if (!article || !key) return null;
  const outlet = article.outlet && graph.hasNode(article.outlet) ? graph.getNodeAttribute(article.outlet, 'label') : '';
  const select = (target: HighlightTarget) =>
    target.type === 'node' ? store.getState().reveal(target.key) : store.getState().select(target);
  return (
    <section className="article-reader" aria-label="Reader">
      <header className="reader-header">
        <h2>{article.title}</h2>
        <button type="button" aria-label="Close the reader" onClick={() => store.getState().openArticle(null)}>
          ×
        </button>
      </header>
      <p className="article-meta">
        {[outlet, article.author, article.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ')}
      </p>
      {article.summary && (
        <p className="summary-note" role="note">
          Only a feed summary, not the full article: attributions the full text makes are missing here.
        </p>
      )}
      <p className="reader-key" aria-hidden="true">
        <mark className="hl hl-source">source</mark> <mark className="hl hl-cue">cue</mark>{' '}
        <mark className="hl hl-claim">claim</mark> — click a mark to select it in the graph
      </p>
      <div className="reader-text">
        {segments.map((seg) => {
          const h = seg.highlight;
          if (!h) return <span key={seg.start}>{seg.text}</span>;
          if (!h.target)
            return (
              <mark key={seg.start} className={`hl hl-${h.role}`}>
                {seg.text}
              </mark>
            );
          const target = h.target;
          // A <mark> acting as a button: a real <button> cannot wrap across lines like the text around it.
          return (
            <mark
              key={seg.start}
              role="button"
              tabIndex={0}
              className={`hl hl-${h.role}${sameTarget(target, selection) ? ' hl-selected' : ''}`}
              title={`Select this ${ROLE_NAMES[h.role]} in the graph`}
              onClick={() => select(target)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter' && e.key !== ' ') return;
                e.preventDefault();
                select(target);
              }}
            >
              {seg.text}
            </mark>
          );
        })}
      </div>
    </section>
  );
}
