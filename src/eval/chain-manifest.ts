import { z } from 'zod';
import { NODE_KINDS } from '../model';

/** The constructions a chain set tests; each expected claim names the ones it exercises. */
export const CONSTRUCTIONS = [
  'quoted-block',
  'nested-attribution',
  'source-reference',
  'stance',
  'publisher-line',
] as const;
export type Construction = (typeof CONSTRUCTIONS)[number];

const text = z.string().trim().min(1, 'must not be empty');

/** A node as the manifest names it: its label or one of `also`, matched to a node's label or aliases. */
const whoSchema = z.strictObject({
  label: text,
  also: z.array(text).optional(),
  kind: z.enum(NODE_KINDS).optional(),
});

const claimSchema = z.strictObject({
  /** A case-insensitive substring of the claim's text, as `sourcetrace trace --claim` takes it. */
  claim: text,
  tests: z.array(z.enum(CONSTRUCTIONS)).min(1, 'name at least one construction'),
  /** The outlets the chain passes, in order: the publishing outlet first (and the primary source if it is one). */
  outlets: z.array(text).min(1, 'the publishing outlet at least'),
  primary: whoSchema,
  disputers: z.array(whoSchema),
});

const articleSchema = z.strictObject({
  file: text.regex(/^[\w.-]+\.txt$/, 'a .txt file name in the set folder'),
  /** What an ingest parser would know from the page; absent where the text alone must say who published it. */
  meta: z
    .strictObject({
      outlet: text.optional(),
      url: text.optional(),
      title: text.optional(),
      publishedAt: text.optional(),
    })
    .optional(),
  claims: z.array(claimSchema).min(1),
});

export const chainManifestSchema = z.strictObject({
  version: z.literal(1),
  articles: z.array(articleSchema).min(1),
});

export type ChainManifest = z.infer<typeof chainManifestSchema>;
export type ChainArticleEntry = ChainManifest['articles'][number];
export type ExpectedClaim = ChainArticleEntry['claims'][number];
export type ExpectedNode = z.infer<typeof whoSchema>;

/** Validates a chain set's manifest; errors name the file and the first offending field. */
export function parseChainManifest(json: string, file: string): ChainManifest {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new Error(`eval/chains: ${file}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const parsed = chainManifestSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new Error(`eval/chains: ${file}: ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
}
