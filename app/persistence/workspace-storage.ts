import type { SerializedSourcetraceGraph, SourcetraceGraph } from '../../src/model';
import type { ImportedArticle } from '../workers/ingest-types';
import { graphFromTrustedJson } from '../workers/trusted-graph';
import { graphFromTrustedParts, splitGraph } from './graph-chunks';
import { readFirstFrame, type FirstFrame } from './first-frame';
import type { SearchEntry, SearchRecord } from './search-record';
import { GRAPH_MARK, loadSearch, newGraphMark, saveSearch } from './search-storage';
import { CURRENT, openWorkspaceDb, type WorkspaceDb } from './workspace-db';

/** A workspace as it is kept between visits: the whole graph and what the app knows of its imported articles. */
export interface Workspace {
  graph: SourcetraceGraph;
  articles: ImportedArticle[];
}

export type SaveMode = 'replace' | 'add';

/** Where the workspace lives; the corpus slice depends on this, tests pass fakes that fail on purpose. */
export interface WorkspaceStorage {
  /** The stored workspace, or null when none was ever saved. Throws (naming the module) when it is unreadable. */
  load: () => Promise<Workspace | null>;
  /**
   * Writes the graph and article records in one transaction: either all of it is written or nothing
   * changes. `replace` (the default) drops records not given; `add` keeps them (an import adds articles).
   */
  save: (graph: SerializedSourcetraceGraph, articles: readonly ImportedArticle[], mode?: SaveMode) => Promise<void>;
  /**
   * What the canvas last drew of the stored workspace, or null when there is no usable record (none,
   * outdated, corrupt). Never throws: the record only speeds a reopen up.
   */
  loadFirstFrame: () => Promise<FirstFrame | null>;
  /**
   * Keeps the first frame of the stored workspace (only ever of a stored one: the caller checks); a later
   * `save` of the graph drops it again.
   */
  saveFirstFrame: (frame: FirstFrame) => Promise<void>;
  /**
   * What search knows of the stored workspace's nodes, with the fingerprint of the review decisions they
   * were made with, or null when there is no usable record. Never throws, like `loadFirstFrame`.
   */
  loadSearch: () => Promise<{ entries: SearchEntry[]; decisions: string } | null>;
  /**
   * Keeps the search record of the stored workspace (the caller checks it is the stored one); `save` drops
   * it. False when the graph was saved again meanwhile, so the record was not kept.
   */
  saveSearch: (record: SearchRecord) => Promise<boolean>;
}

/** More parts than any graph this app can hold (a billion nodes and edges): a count above it is corrupt. */
const MAX_PARTS = 200_000;

async function readStored(db: WorkspaceDb) {
  const tx = db.transaction(['workspace', 'articles', 'graphParts']);
  const stored = await tx.objectStore('workspace').get(CURRENT);
  if (!stored) return null;
  const count: unknown = stored.parts;
  const counted = typeof count === 'number' && Number.isInteger(count) && count >= 0 && count <= MAX_PARTS;
  // Every part is its own request, so the browser rebuilds each in a task of its own (graph-chunks.ts).
  const parts = counted
    ? Promise.all(Array.from({ length: count }, (_, i) => tx.objectStore('graphParts').get(i)))
    : null;
  const [graphParts, articles] = await Promise.all([parts, tx.objectStore('articles').getAll()]);
  // No count: a record from before parts, the whole graph in it. A count that is not one: unreadable.
  const partList = count === undefined ? null : counted ? (graphParts as unknown[]) : ('bad count' as const);
  return { graph: stored.graph as unknown, parts: partList, articles: articles as unknown };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Rebuilds the workspace as this app stored it, without checking it field by field again: what is stored
 * was checked when it was made (an import in the worker, an opened file) and only this app writes here.
 * Checking a 10,000-article graph again took seconds (zod, in a worker as well: the graph then crossed
 * threads once more), so only the shape is checked; graphology refuses edges between missing nodes.
 */
async function rebuild(graph: unknown, parts: unknown[] | null | 'bad count', articles: unknown): Promise<Workspace> {
  if (!Array.isArray(articles) || !articles.every((a) => isObject(a) && typeof a.key === 'string')) {
    throw new Error('an article record has no key');
  }
  if (parts === 'bad count') throw new Error('the graph record does not say how many parts it has');
  if (parts) return { graph: await graphFromTrustedParts(graph, parts), articles: articles as ImportedArticle[] };
  // A record written before version 4: the whole graph in one.
  if (!isObject(graph) || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) {
    throw new Error('the graph record has no node and edge lists');
  }
  return { graph: graphFromTrustedJson(graph as SerializedSourcetraceGraph), articles: articles as ImportedArticle[] };
}

async function load(db: WorkspaceDb): Promise<Workspace | null> {
  const stored = await readStored(db);
  if (!stored) return null;
  try {
    return await rebuild(stored.graph, stored.parts, stored.articles);
  } catch (err) {
    throw new Error(`app/persistence: the saved workspace is unreadable: ${(err as Error).message}`, { cause: err });
  }
}

async function loadFirstFrame(db: WorkspaceDb): Promise<FirstFrame | null> {
  // Only the small record: touching the graph's record (even to count it) would have the browser read all
  // of it first. Saving the graph drops the record, so one that is there shows the stored graph.
  return readFirstFrame(await db.get('firstFrame', CURRENT));
}

async function save(
  db: WorkspaceDb,
  graph: SerializedSourcetraceGraph,
  articles: readonly ImportedArticle[],
  mode: SaveMode,
) {
  const tx = db.transaction(['workspace', 'graphParts', 'articles', 'firstFrame', 'search'], 'readwrite');
  const articleStore = tx.objectStore('articles');
  const partStore = tx.objectStore('graphParts');
  const pending: Promise<unknown>[] = [tx.done];
  try {
    const { head, parts } = splitGraph(graph);
    const record = { graph: head, parts: parts.length, savedAt: new Date().toISOString() };
    pending.push(tx.objectStore('workspace').put(record, CURRENT));
    pending.push(partStore.clear());
    parts.forEach((part, i) => pending.push(partStore.put(part, i)));
    // The old first frame shows the old graph: gone with it, in the same transaction, until the page draws anew.
    pending.push(tx.objectStore('firstFrame').delete(CURRENT));
    // The same for the old graph's search record, and a record of it being compressed now is refused.
    pending.push(tx.objectStore('search').delete(CURRENT));
    pending.push(tx.objectStore('search').put(newGraphMark(), GRAPH_MARK));
    if (mode === 'replace') pending.push(articleStore.clear());
    for (const a of articles) pending.push(articleStore.put(a));
    await Promise.all(pending);
  } catch (err) {
    // A request can throw before it is queued (a value that cannot be cloned), and IndexedDB would then
    // commit the requests already queued: aborting keeps the write all-or-nothing.
    for (const p of pending) p.catch(() => undefined); // their rejections are this same failure
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request itself.
    }
    throw err;
  }
}

/** IndexedDB-backed storage (via idb). The database opens on first use, so creating this costs nothing. */
export function createWorkspaceStorage(name?: string): WorkspaceStorage {
  let db: Promise<WorkspaceDb> | undefined;
  const open = () => (db ??= openWorkspaceDb(name));
  const wrap = (what: string, err: unknown) =>
    err instanceof Error && err.message.startsWith('app/persistence')
      ? err
      : new Error(`app/persistence: could not ${what} the workspace: ${(err as Error)?.message ?? String(err)}`);
  return {
    load: async () => {
      try {
        return await load(await open());
      } catch (err) {
        throw wrap('read', err);
      }
    },
    save: async (graph, articles, mode = 'replace') => {
      try {
        await save(await open(), graph, articles, mode);
      } catch (err) {
        throw wrap('save', err);
      }
    },
    loadFirstFrame: async () => {
      try {
        return await loadFirstFrame(await open());
      } catch {
        return null; // a cache that cannot be read is one that is not there: the whole graph still loads
      }
    },
    saveFirstFrame: async (frame) => {
      try {
        await (await open()).put('firstFrame', frame, CURRENT);
      } catch (err) {
        throw wrap('save the first frame of', err);
      }
    },
    loadSearch: async () => {
      try {
        return await loadSearch(await open());
      } catch {
        return null; // search then waits for the whole graph
      }
    },
    saveSearch: async (record) => {
      try {
        return await saveSearch(await open(), record);
      } catch (err) {
        throw wrap('save the search record of', err);
      }
    },
  };
}
