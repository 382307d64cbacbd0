import type { SourcetraceGraph } from '../../src/model';
import { EDGE_KIND_STYLES } from '../canvas';
import { EvidenceItem } from './EvidenceItem';

/** An edge's kind, ends, cue, confidence and every evidence sentence, as plain text. */
export function EdgeDetails({ graph, edgeKey }: { graph: SourcetraceGraph; edgeKey: string }) {
  const a = graph.getEdgeAttributes(edgeKey);
  const source = graph.getNodeAttribute(graph.source(edgeKey), 'label');
  const target = graph.getNodeAttribute(graph.target(edgeKey), 'label');
  const kind = EDGE_KIND_STYLES[a.kind].label;
  return (
    <article className="edge-details" aria-label={`Details of ${source} ${kind} ${target}`}>
      <h2>
        {source} <span className={`edge-kind ${a.kind}`}>{kind}</span> {target}
      </h2>
      <dl>
        <div className="field">
          <dt>Kind</dt>
          <dd>{a.kind}</dd>
        </div>
        <div className="field">
          <dt>Cue</dt>
          <dd>{a.cue ? `“${a.cue}”` : '—'}</dd>
        </div>
        <div className="field">
          <dt>Confidence</dt>
          <dd>{a.confidence === undefined ? 'hand-authored' : `${Math.round(a.confidence * 100)}%`}</dd>
        </div>
      </dl>
      <h3>Evidence ({a.evidence.length})</h3>
      {a.evidence.length === 0 ? (
        <p>No sentence recorded for this edge.</p>
      ) : (
        <ol className="evidence-list">
          {a.evidence.map((ev) => (
            <EvidenceItem key={`${ev.article}:${ev.start}:${ev.end}`} graph={graph} evidence={ev} />
          ))}
        </ol>
      )}
    </article>
  );
}
