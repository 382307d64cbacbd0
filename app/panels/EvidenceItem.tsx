import type { Evidence, SourcetraceGraph } from '../../src/model';
import { evidenceContext } from './evidence-context';

/** One sentence behind an edge: the span highlighted inside its sentence, with the article it is from. */
export function EvidenceItem({ graph, evidence }: { graph: SourcetraceGraph; evidence: Evidence }) {
  const article = graph.hasNode(evidence.article) ? graph.getNodeAttributes(evidence.article) : undefined;
  if (article?.kind !== 'article') {
    return <li className="evidence missing">Article {evidence.article} is not loaded.</li>;
  }
  const ctx = evidenceContext(article.text, evidence.start, evidence.end);
  const outlet = article.outlet && graph.hasNode(article.outlet) ? graph.getNodeAttribute(article.outlet, 'label') : '';
  return (
    <li className="evidence">
      <blockquote className="evidence-sentence">
        {ctx.truncatedStart && '…'}
        {ctx.before}
        <mark>{ctx.span}</mark>
        {ctx.after}
        {ctx.truncatedEnd && '…'}
      </blockquote>
      <p className="evidence-source">
        <cite>{article.title}</cite>
        {outlet && ` — ${outlet}`}
        {article.publishedAt && `, ${article.publishedAt.slice(0, 10)}`}
      </p>
    </li>
  );
}
