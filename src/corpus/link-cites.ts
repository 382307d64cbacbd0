import type { ArticleLink } from '../ingest';
import type { SourcetraceGraph } from '../model';
import { upsertEdge, upsertNode } from '../model';
import type { OutletDirectory } from './outlet-directory';

// A link next to a reporting word is an explicit citation; a bare link is likelier a "read more".
const REPORTING = /\b(?:report|said|says|told|according|wrote|revealed|first|cited|published|obtained)/i;
const WINDOW = 120;

function hostOf(href: string): string | undefined {
  try {
    return new URL(href).hostname;
  } catch {
    return undefined;
  }
}

/**
 * Adds `article —cites→ outlet` for each body link to another outlet's site (known by its domain in
 * the gazetteer). The evidence is the link's text span; the edge keeps the first `href`. Links to the
 * article's own outlet and to unknown sites are left out. Returns the number of edges touched.
 */
export function addLinkCites(
  graph: SourcetraceGraph,
  articleKey: string,
  links: readonly ArticleLink[],
  dir: OutletDirectory,
): number {
  const article = graph.getNodeAttributes(articleKey);
  if (article.kind !== 'article') return 0;
  let added = 0;
  for (const link of links) {
    const host = hostOf(link.href);
    const entry = host ? dir.byHost(host) : undefined;
    if (!entry || link.end > article.text.length || article.text.slice(link.start, link.end) !== link.text) continue;
    const outlet = dir.keyOf(entry);
    if (outlet === article.outlet) continue;
    upsertNode(graph, outlet, {
      kind: 'outlet',
      label: entry.name,
      aliases: [],
      ...(entry.domain ? { domain: entry.domain } : {}),
    });
    const context = article.text.slice(Math.max(0, link.start - WINDOW), link.end + WINDOW);
    const key = upsertEdge(graph, {
      kind: 'cites',
      source: articleKey,
      target: outlet,
      evidence: [{ article: articleKey, start: link.start, end: link.end }],
      cue: 'link',
      confidence: REPORTING.test(context) ? 0.9 : 0.6,
    });
    if (graph.getEdgeAttribute(key, 'href') === undefined) graph.setEdgeAttribute(key, 'href', link.href);
    added++;
  }
  return added;
}
