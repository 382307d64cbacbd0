import type { Evidence, SourcetraceGraph } from '../../src/model';
import { segmentText } from '../articles';
import { selectImportedArticles, useAppStore, useAppStoreApi } from '../store';
import type { Highlight } from '../workers/ingest-types';
import { evidenceContext } from './evidence-context';

const ROLE_TITLES = { source: 'source', cue: 'cue', claim: 'content', evidence: '' } as const;

/**
 * One sentence behind an edge: the evidence span outlined inside its sentence, with the source, cue and
 * content marked when the extractor's spans are known (articles imported here), the article it is from,
 * and a way to open the reader there. Everything is React text, never HTML.
 */
export function EvidenceItem({ graph, evidence }: { graph: SourcetraceGraph; evidence: Evidence }) {
  const store = useAppStoreApi();
  const imported = useAppStore(selectImportedArticles);
  const article = graph.hasNode(evidence.article) ? graph.getNodeAttributes(evidence.article) : undefined;
  if (article?.kind !== 'article') {
    return <li className="evidence missing">Article {evidence.article} is not loaded.</li>;
  }
  const ctx = evidenceContext(article.text, evidence.start, evidence.end);
  const roles: Highlight[] = (imported[evidence.article]?.highlights ?? []).filter(
    (h) => h.role !== 'evidence' && h.start < ctx.to && h.end > ctx.from,
  );
  const span: Highlight = { start: evidence.start, end: evidence.end, role: 'evidence', target: null };
  const segments = segmentText(article.text.slice(0, ctx.to), [...roles, span]).filter((seg) => seg.end > ctx.from);
  const outlet = article.outlet && graph.hasNode(article.outlet) ? graph.getNodeAttribute(article.outlet, 'label') : '';
  const inSpan = (start: number) => start >= evidence.start && start < evidence.end;
  return (
    <li className="evidence">
      <blockquote className="evidence-sentence">
        {ctx.truncatedStart && '…'}
        {segments.map((seg) => {
          const text = seg.start < ctx.from ? article.text.slice(ctx.from, seg.end) : seg.text;
          const role = seg.highlight?.role;
          if (!role) return <span key={seg.start}>{text}</span>;
          if (role === 'evidence') return <mark key={seg.start}>{text}</mark>;
          return (
            <mark
              key={seg.start}
              className={`hl hl-${role}${inSpan(seg.start) ? ' in-span' : ''}`}
              title={ROLE_TITLES[role]}
            >
              {text}
            </mark>
          );
        })}
        {ctx.truncatedEnd && '…'}
      </blockquote>
      <p className="evidence-source">
        <cite>{article.title}</cite>
        {outlet && ` — ${outlet}`}
        {article.publishedAt && `, ${article.publishedAt.slice(0, 10)}`}
        {article.summary && <span className="summary-tag"> (feed summary only)</span>}{' '}
        <button type="button" className="link" onClick={() => store.getState().openArticle(evidence.article)}>
          Open in reader
        </button>
      </p>
    </li>
  );
}
