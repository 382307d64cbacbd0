import { useMemo } from 'react';
import type { SourcetraceGraph } from '../../src/model';
import { claimPaths, claimTrust, type ClaimTrust as Trust } from '../../src/query';
import type { GraphRevision } from '../store';
import { DossierExport } from './DossierExport';
import { trustPrimaries } from './trust-primaries';
import { WordDiff } from './WordDiff';

const labelOf = (graph: SourcetraceGraph, key: string | null) =>
  key && graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : (key ?? 'outlet unknown');

/** An upstream article as readers know it: by its outlet (the title when the outlet is unknown). */
function sourceOf(graph: SourcetraceGraph, article: string): string {
  const a = graph.hasNode(article) ? graph.getNodeAttributes(article) : null;
  return a?.kind === 'article' && a.outlet && graph.hasNode(a.outlet)
    ? labelOf(graph, a.outlet)
    : labelOf(graph, article);
}

function Reporters({ graph, trust }: { graph: SourcetraceGraph; trust: Trust }) {
  return (
    <>
      <h4>Who reported first</h4>
      <ol className="trust-reporters" aria-label="Reporters by publication date">
        {trust.first.reporters.map((r) => (
          <li key={r.article} className={r.first ? 'first' : undefined}>
            <span className="trust-date">{r.when ? r.when.day : 'date unknown'}</span> {labelOf(graph, r.outlet)}:{' '}
            <cite>{r.title}</cite>
            {r.first && <strong className="first-mark"> first</strong>}
          </li>
        ))}
      </ol>
      {trust.first.note && <p className="hint">{trust.first.note}</p>}
    </>
  );
}

function Drift({ graph, trust }: { graph: SourcetraceGraph; trust: Trust }) {
  if (trust.drift.steps.length < 2) return null;
  return (
    <>
      <h4>Wording drift</h4>
      <ol className="trust-drift" aria-label="Wording hop by hop">
        {trust.drift.steps.map((s) => (
          <li key={s.article}>
            <div className="drift-hop">
              {labelOf(graph, s.outlet)}
              {s.upstream ? `, repeating ${sourceOf(graph, s.upstream)}` : ' (origin)'}
              {s.changes && ` — ${s.wordsAdded} added, ${s.wordsRemoved} removed`}
            </div>
            <q>{s.changes ? <WordDiff changes={s.changes} /> : s.text}</q>
          </li>
        ))}
      </ol>
    </>
  );
}

/**
 * A claim's trust signals: independent confirmations, primary sources, who disputes it, who reported first,
 * wording drift. The primary sources and the disputers are claimPaths' (the chain view's), from the same
 * traces as the signals.
 */
export function ClaimTrust({ revision, claimKey }: { revision: GraphRevision; claimKey: string }) {
  const { graph } = revision;
  const { trust, traced, primaries } = useMemo(() => {
    const trust = claimTrust(revision.graph, claimKey);
    const traced = claimPaths(revision.graph, claimKey, trust.traces);
    return { trust, traced, primaries: trustPrimaries(revision.graph, traced, trust) };
  }, [revision, claimKey]);
  return (
    <section className="claim-trust" aria-label="Trust signals">
      <h3>Trust</h3>
      <p className="trust-summary" data-testid="independent-summary">
        {trust.confirmations.summary}
      </p>
      <p>{trust.primary.description}</p>
      <ul className="trust-primaries" aria-label="Primary sources">
        {primaries.map((p) => (
          <li key={p.key}>{p.text}</li>
        ))}
      </ul>
      {traced.disputedBy.length > 0 && (
        <p className="trust-disputed">Disputed by {traced.disputedBy.map((d) => d.label).join(', ')}.</p>
      )}
      <Reporters graph={graph} trust={trust} />
      <Drift graph={graph} trust={trust} />
      <DossierExport claimKey={claimKey} />
    </section>
  );
}
