import { z } from 'zod';
import { deserializeGraph, type SerializedSourcetraceGraph, type SourcetraceGraph } from '../../src/model';
import { HIGHLIGHT_ROLES, type ImportedArticle } from '../workers/ingest-types';
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
}

const targetSchema = z.object({ type: z.enum(['node', 'edge']), key: z.string() });
const articleSchema = z.object({
  key: z.string(),
  file: z.string(),
  highlights: z.array(
    z.object({
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      role: z.enum(HIGHLIGHT_ROLES),
      target: targetSchema.nullable(),
    }),
  ),
});

async function load(db: WorkspaceDb): Promise<Workspace | null> {
  const tx = db.transaction(['workspace', 'articles']);
  const [stored, articles] = await Promise.all([
    tx.objectStore('workspace').get(CURRENT),
    tx.objectStore('articles').getAll(),
  ]);
  if (!stored) return null;
  try {
    return { graph: deserializeGraph(stored.graph), articles: z.array(articleSchema).parse(articles) };
  } catch (err) {
    throw new Error(`app/persistence: the saved workspace is unreadable: ${(err as Error).message}`, { cause: err });
  }
}

async function save(
  db: WorkspaceDb,
  graph: SerializedSourcetraceGraph,
  articles: readonly ImportedArticle[],
  mode: SaveMode,
) {
  const tx = db.transaction(['workspace', 'articles'], 'readwrite');
  const articleStore = tx.objectStore('articles');
  const pending: Promise<unknown>[] = [tx.done];
  try {
    pending.push(tx.objectStore('workspace').put({ graph, savedAt: new Date().toISOString() }, CURRENT));
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
  };
}
