import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectChainTrail, selectMode, useAppStore, useAppStoreApi, useGraphRevision } from '../store';
import { ChainCanvas } from './ChainCanvas';
import { ChainSummary } from './ChainSummary';
import { toChainElements } from './to-chain-elements';

/** The chain view, over the network canvas: breadcrumb, the chain drawn left to right, and its summary. */
export function ChainView() {
  const store = useAppStoreApi();
  const mode = useAppStore(selectMode);
  const trail = useAppStore(useShallow(selectChainTrail));
  const revision = useGraphRevision();
  const { graph } = revision;
  const root = trail[trail.length - 1];
  const picture = useMemo(
    () => (root && revision.graph.hasNode(root) ? toChainElements(revision.graph, root) : null),
    [revision, root],
  );
  if (mode !== 'chain') return null;
  const { chainBack, showNetwork } = store.getState();
  return (
    <section className="chain-view" aria-label="Citation chain">
      <nav className="chain-bar" aria-label="Chain breadcrumb">
        <button type="button" onClick={showNetwork}>
          ← Network
        </button>
        <ol className="breadcrumb">
          {trail.map((key, i) => {
            const label = graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key;
            const current = i === trail.length - 1;
            return (
              <li key={`${i}:${key}`}>
                {current ? (
                  <span aria-current="page">{label}</span>
                ) : (
                  <button type="button" onClick={() => chainBack(i)}>
                    {label}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      </nav>
      {picture ? (
        <>
          <ChainCanvas picture={picture} />
          <ChainSummary picture={picture} />
        </>
      ) : (
        <p className="hint">This node is not in the graph any more.</p>
      )}
    </section>
  );
}
