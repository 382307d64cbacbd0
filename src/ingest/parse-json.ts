import { deserializeGraph } from '../model';
import { readArticleRecord } from './article-record';
import type { IngestResult } from './types';
import { emptyResult, refused } from './types';

/** Our graph JSON (from `build` or an export) has top-level `nodes` and `edges` arrays. */
export function looksLikeGraph(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const record = data as Record<string, unknown>;
  return Array.isArray(record.nodes) && Array.isArray(record.edges);
}

function loadGraph(data: unknown, file: string): IngestResult {
  try {
    return { ...emptyResult(file, 'graph'), graphs: [deserializeGraph(data)] };
  } catch (err) {
    return refused(file, `ingest/graph: ${(err as Error).message}`, 'graph');
  }
}

/**
 * Parses a JSON file: one article, an array of articles, `{ "articles": [...] }`, or our graph JSON
 * (validated by the model and returned for merging). Bad records are skipped one by one.
 */
export function parseJson(text: string, file: string): IngestResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return refused(file, `ingest/json: not valid JSON (${(err as Error).message})`, 'json');
  }
  if (looksLikeGraph(data)) return loadGraph(data, file);
  // A workspace snapshot carries its graph inside; the rest of it (view state) is the app's business.
  const snapshot = data as { type?: unknown; graph?: unknown } | null;
  if (snapshot?.type === 'sourcetrace-snapshot' && looksLikeGraph(snapshot.graph))
    return loadGraph(snapshot.graph, file);
  const wrapped = typeof data === 'object' && data !== null && !Array.isArray(data) && 'articles' in data;
  const list = wrapped ? (data as { articles: unknown }).articles : data;
  if (wrapped && !Array.isArray(list)) return refused(file, 'ingest/json: articles: expected an array', 'json');
  // An empty list loads nothing; say so, or the file would vanish from the report without a reason.
  if (Array.isArray(list) && list.length === 0)
    return refused(file, `ingest/json: ${wrapped ? 'articles is' : 'the array is'} empty: no articles`, 'json');
  const result = emptyResult(file, 'json');
  const records = Array.isArray(list) ? list : [list];
  records.forEach((item, i) => {
    const record = readArticleRecord(item);
    if ('article' in record) result.articles.push(record.article);
    else {
      const where = Array.isArray(list) ? `${wrapped ? 'articles' : ''}[${i}]: ` : '';
      result.problems.push({ file, message: `ingest/json: ${where}${record.error}` });
    }
  });
  return result;
}
