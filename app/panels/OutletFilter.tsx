import { outletColor } from '../canvas';
import { selectHiddenOutlets, useAppStore, useAppStoreApi, useGraphRevision } from '../store';
import { outletSummaries } from './outlet-summaries';

/** Outlet multi-select: a swatch in the outlet's stable colour, article counts, and "only this outlet". */
export function OutletFilter({ hiddenNodes }: { hiddenNodes: ReadonlySet<string> }) {
  const store = useAppStoreApi();
  const { graph } = useGraphRevision();
  const hiddenOutlets = useAppStore(selectHiddenOutlets);
  const outlets = outletSummaries(graph, hiddenNodes);
  const all = outlets.map((o) => o.key);
  const { toggleOutlet, onlyOutlet } = store.getState();
  return (
    <fieldset className="outlet-filter">
      <legend>Outlets</legend>
      <ul>
        {outlets.map((o) => {
          const shown = !hiddenOutlets.includes(o.key);
          return (
            <li key={o.key}>
              <label className="check">
                <input type="checkbox" checked={shown} onChange={() => toggleOutlet(o.key)} />
                <span className="swatch" style={{ background: outletColor(o.key) }} aria-hidden="true" />
                {o.label}{' '}
                <span className="count">
                  {o.articles === o.visibleArticles ? `(${o.articles})` : `(${o.visibleArticles}/${o.articles})`}
                </span>
              </label>
              <button
                type="button"
                className="only"
                aria-label={`Only ${o.label}`}
                title={`Show only ${o.label}`}
                onClick={() => onlyOutlet(o.key, all)}
              >
                only
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
