import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { IngestedArticle } from '../ingest';
import { parseText } from '../ingest';
import type { ChainArticleEntry, ExpectedClaim } from './chain-manifest';
import { parseChainManifest } from './chain-manifest';

export const CHAIN_MANIFEST = 'chains.json';

/** One article of a chain set: what the extractor is given, and the chains expected of its claims. */
export interface ChainSetArticle {
  file: string;
  input: IngestedArticle;
  claims: ExpectedClaim[];
}

export interface ChainSet {
  name: string;
  articles: ChainSetArticle[];
}

/** The article as `sourcetrace build` would ingest the .txt file, plus the manifest's page metadata. */
function inputOf(entry: ChainArticleEntry, raw: string): IngestedArticle {
  const ingested = parseText(raw, entry.file);
  const article = ingested.articles[0];
  if (!article) throw new Error(`eval/chains: ${entry.file}: ${ingested.problems[0]?.message ?? 'no article'}`);
  return { ...article, id: basename(entry.file, '.txt'), ...entry.meta };
}

/**
 * Reads a chain set folder: `chains.json` and the `.txt` articles it lists. A `.txt` file the manifest does
 * not list is an error, so that no article is silently left out of the score.
 */
export async function readChainSet(dir: string): Promise<ChainSet> {
  const manifest = parseChainManifest(await readFile(join(dir, CHAIN_MANIFEST), 'utf8'), CHAIN_MANIFEST);
  const listed = new Set(manifest.articles.map((a) => a.file));
  const unlisted = (await readdir(dir)).filter((f) => f.endsWith('.txt') && !listed.has(f));
  if (unlisted.length) throw new Error(`eval/chains: ${CHAIN_MANIFEST} does not list ${unlisted.join(', ')}`);
  const articles = await Promise.all(
    manifest.articles.map(async (entry) => ({
      file: entry.file,
      input: inputOf(entry, await readFile(join(dir, entry.file), 'utf8')),
      claims: entry.claims,
    })),
  );
  return { name: basename(dir), articles };
}
