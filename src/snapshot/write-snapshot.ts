import type { SourcetraceGraph } from '../model';
import { SourcetraceError, serializeGraph } from '../model';
import { sha256Hex } from './sha256';
import type { ArticleRef, Snapshot, SnapshotArticle, ViewState } from './snapshot-schema';
import { SNAPSHOT_TYPE, SNAPSHOT_VERSION, viewStateSchema } from './snapshot-schema';

export interface SnapshotInput {
  graph: SourcetraceGraph;
  view: ViewState;
  /** The articles as imported; taken from the graph's article nodes when absent. */
  articles?: readonly SnapshotArticle[];
  /** `full` (default) stores the articles; `refs` stores only their ids and text hashes. */
  articleMode?: 'full' | 'refs';
  createdAt?: Date;
}

/** Article inputs rebuilt from the graph's article nodes, for callers that kept no copy of their own. */
export function articlesFromGraph(graph: SourcetraceGraph): SnapshotArticle[] {
  const out: SnapshotArticle[] = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== 'article') return;
    const article: SnapshotArticle = { id: key.replace(/^article:/, ''), text: attrs.text, title: attrs.title };
    const outlet =
      attrs.outlet && graph.hasNode(attrs.outlet) ? graph.getNodeAttribute(attrs.outlet, 'label') : undefined;
    if (outlet) article.outlet = outlet;
    for (const field of ['url', 'publishedAt', 'author'] as const)
      if (attrs[field] !== undefined) article[field] = attrs[field];
    if (attrs.summary) article.summary = true;
    out.push(article);
  });
  return out;
}

/** Builds the snapshot object: the graph, its articles (or their hashes) and the view. */
export async function createSnapshot(input: SnapshotInput): Promise<Snapshot> {
  const articles = input.articles ?? articlesFromGraph(input.graph);
  const stored: SnapshotArticle[] | ArticleRef[] =
    input.articleMode === 'refs'
      ? await Promise.all(articles.map(async (a) => ({ id: a.id, sha256: await sha256Hex(a.text) })))
      : articles.map((a) => ({ ...a }));
  return {
    type: SNAPSHOT_TYPE,
    version: SNAPSHOT_VERSION,
    createdAt: (input.createdAt ?? new Date()).toISOString(),
    graph: serializeGraph(input.graph),
    articles: stored,
    view: checkedView(input.view),
  };
}

// Validated on the way out too, so a view the reader would refuse is caught when saving, not when opening.
function checkedView(view: ViewState): ViewState {
  const parsed = viewStateSchema.safeParse(view);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new SourcetraceError('snapshot', `view.${issue?.path.map(String).join('.')}: ${issue?.message}`);
}

/** The `.sourcetrace.json` file text for a snapshot. */
export async function writeSnapshot(input: SnapshotInput): Promise<string> {
  return JSON.stringify(await createSnapshot(input), null, 2) + '\n';
}
