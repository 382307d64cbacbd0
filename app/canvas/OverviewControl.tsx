import { selectMapSources, selectOverview, useAppStore, useAppStoreApi } from '../store';

/** How many of the most-cited people, organisations and documents "Outlets + sources" adds to the map. */
export const MAP_TOP_SOURCES = 25;

const CHOICES = [
  { id: 'outlets', label: 'Outlets', overview: 'map', sources: 0 },
  { id: 'sources', label: `Outlets + top ${MAP_TOP_SOURCES} sources`, overview: 'map', sources: MAP_TOP_SOURCES },
  { id: 'detail', label: 'Detailed', overview: 'detail', sources: 0 },
] as const;

/**
 * "Overview: Outlets / Outlets + top sources / Detailed" in the canvas toolbar: what is drawn above the
 * element budget while nothing is focused. Radios, like the renderer control (one combobox, the search).
 */
export function OverviewControl() {
  const store = useAppStoreApi();
  const overview = useAppStore(selectOverview);
  const sources = useAppStore(selectMapSources);
  const current = overview === 'detail' ? 'detail' : sources > 0 ? 'sources' : 'outlets';
  return (
    <span className="overview-control" role="radiogroup" aria-label="Overview">
      Overview:
      {CHOICES.map((c) => (
        <label key={c.id}>
          <input
            type="radio"
            name="overview"
            value={c.id}
            checked={current === c.id}
            onChange={() => {
              const s = store.getState();
              s.setOverview(c.overview);
              if (c.overview === 'map') s.setMapSources(c.sources);
            }}
          />
          {c.label}
        </label>
      ))}
    </span>
  );
}
