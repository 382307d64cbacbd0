import { z } from 'zod';
import { serializedGraphSchema } from '../model';
import { jsonDepthAtMost } from './json-depth';

export const SNAPSHOT_TYPE = 'sourcetrace-snapshot';
/** The version this code writes. Older versions are migrated up to it on read (see `migrate-snapshot.ts`). */
export const SNAPSHOT_VERSION = 1;

const id = z.string().max(10_000);
const point = z.object({ x: z.number().finite(), y: z.number().finite() });

/**
 * Deepest view state accepted. The app's own is a few levels; a file nested thousands deep would open but
 * could never be saved again (JSON.stringify recurses and overflows the stack).
 */
export const MAX_VIEW_DEPTH = 64;

/**
 * What was on screen. The known fields are typed; everything else the app adds is kept as plain JSON,
 * so a newer app's extra view state survives a round trip through an older one.
 */
export const viewStateSchema = z
  .looseObject({
    positions: z.record(id, point).optional(),
    /** The app's filter state (outlets, kinds, confidence, …); its shape belongs to the app. */
    filters: z.record(z.string(), z.unknown()).optional(),
    selection: z.array(id).optional(),
    focus: id.nullable().optional(),
    viewport: z.object({ zoom: z.number().positive().finite(), pan: point }).optional(),
    mode: z.string().max(100).optional(),
  })
  .refine((view) => jsonDepthAtMost(view, MAX_VIEW_DEPTH), `nested deeper than ${MAX_VIEW_DEPTH} levels`);
export type ViewState = z.infer<typeof viewStateSchema>;

/** An article as imported, so the corpus can be rebuilt or re-extracted from the snapshot alone. */
export const snapshotArticleSchema = z.object({
  id,
  text: z.string().max(50_000_000),
  outlet: id.optional(),
  url: id.optional(),
  publishedAt: id.optional(),
  title: id.optional(),
  author: id.optional(),
  /** Only a feed item's summary, not the full article. Absent in snapshots written before it existed. */
  summary: z.boolean().optional(),
});
export type SnapshotArticle = z.infer<typeof snapshotArticleSchema>;

/** An article by reference, for a receiver who already has it: its id and the SHA-256 of its text. */
export const articleRefSchema = z.object({ id, sha256: z.string().regex(/^[0-9a-f]{64}$/) });
export type ArticleRef = z.infer<typeof articleRefSchema>;

export const snapshotSchema = z.object({
  type: z.literal(SNAPSHOT_TYPE),
  version: z.literal(SNAPSHOT_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  graph: serializedGraphSchema,
  articles: z.union([z.array(snapshotArticleSchema), z.array(articleRefSchema)]),
  view: viewStateSchema,
});
export type Snapshot = z.infer<typeof snapshotSchema>;
