import { selectGraph, useAppStore, useAppStoreApi } from '../store';
import type { ChainPicture } from './chain-picture';
import { ChainPaths } from './ChainPaths';
import { STATUS_TEXT } from './status-text';

/** What the chain comes down to: a claim's paths, its primary sources (anonymous ones flagged) and who disputes what. */
export function ChainSummary({ picture }: { picture: ChainPicture }) {
  const store = useAppStoreApi();
  const graph = useAppStore(selectGraph);
  const label = (key: string) => (graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key);
  const anonymous = picture.primaries.filter((p) => p.status === 'anonymous').length;
  const { select } = store.getState();
  return (
    <aside className="chain-summary" aria-label="Chain summary">
      {graph.hasNode(picture.root) && graph.getNodeAttribute(picture.root, 'kind') === 'claim' && (
        <ChainPaths paths={picture.paths} />
      )}
      <h2>Primary sources</h2>
      {picture.onlyAnonymous && <p className="warning">Every source behind this ends in anonymity.</p>}
      {picture.primaries.length === 0 ? (
        <p className="hint">No source found behind this.</p>
      ) : (
        <ul>
          {picture.primaries.map((p) => (
            <li key={p.key} className={`primary-${p.status}`}>
              <button type="button" className="link" onClick={() => select({ type: 'node', key: p.key })}>
                {label(p.key)}
              </button>{' '}
              <span className="badge">{STATUS_TEXT[p.status]}</span>
            </li>
          ))}
        </ul>
      )}
      {anonymous > 0 && !picture.onlyAnonymous && (
        <p className="note">
          {anonymous} of {picture.primaries.length} end in anonymous sources.
        </p>
      )}
      {picture.disputers.length > 0 && (
        <>
          <h2>Disputed by</h2>
          <ul className="chain-disputers" aria-label="Disputed by">
            {picture.disputers.map((key) => (
              <li key={key}>
                <button type="button" className="link" onClick={() => select({ type: 'node', key })}>
                  {label(key)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {picture.stances.length > 0 && (
        <>
          <h2>Disputes and support</h2>
          <ul>
            {picture.stances.map((s) => (
              <li key={s.edge} className={s.kind}>
                <button type="button" className="link" onClick={() => select({ type: 'edge', key: s.edge })}>
                  {label(s.source)} {s.kind === 'disputes' ? 'disputes' : 'supports'} {label(s.target)}
                </button>
                {s.cue && <span className="badge">“{s.cue}”</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {picture.reporters.length > 0 && <p className="note">Reported by {picture.reporters.length} article(s).</p>}
    </aside>
  );
}
