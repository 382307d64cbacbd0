import { OVERVIEWS, type Overview } from '../store';

/** What the canvas draws above the element budget: the toolbar's overview choice. */
export interface OverviewChoice {
  overview: Overview;
  /** How many of the most-cited sources the citation map adds. */
  mapSources: number;
}

/** Most sources a link may ask the map for: the toolbar offers 25, a hand-edited link gets a bound. */
const MAX_SOURCES = 1000;

/**
 * Adds the overview choice to a hash's parameters: `overview=detail`, or `overview=map&sources=25`. The
 * default (the outlets-only map) adds nothing, so links that never changed it read as before.
 */
export function appendOverview(q: URLSearchParams, choice: OverviewChoice): void {
  if (choice.overview === 'map' && choice.mapSources === 0) return;
  q.set('overview', choice.overview);
  if (choice.overview === 'map') q.set('sources', String(choice.mapSources));
}

/**
 * The overview choice a hash names, or null when it names none (an older link: the current choice stays).
 * An unknown overview is ignored; a bad source count means none.
 */
export function decodeOverview(hash: string): OverviewChoice | null {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const overview = q.get('overview');
  if (!(OVERVIEWS as readonly (string | null)[]).includes(overview)) return null;
  const sources = Math.round(Number(q.get('sources')));
  const mapSources = overview === 'map' && Number.isFinite(sources) ? Math.min(MAX_SOURCES, Math.max(0, sources)) : 0;
  return { overview: overview as Overview, mapSources };
}
