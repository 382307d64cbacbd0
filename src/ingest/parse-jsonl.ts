import { readArticleRecord } from './article-record';
import type { IngestResult } from './types';
import { emptyResult } from './types';

/**
 * Parses JSON Lines of our article schema. Each bad line becomes a problem naming its 1-based line
 * number; every good line still loads. Blank lines are ignored.
 */
export function parseJsonl(text: string, file: string): IngestResult {
  const result = emptyResult(file, 'jsonl');
  let lineNo = 0;
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    lineNo++;
    const line = text.slice(from, to).trim();
    from = to + 1;
    if (line === '') continue;
    const problem = (reason: string) =>
      result.problems.push({ file, line: lineNo, message: `ingest/jsonl: line ${lineNo}: ${reason}` });
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      problem('not valid JSON');
      continue;
    }
    const record = readArticleRecord(data);
    if ('error' in record) problem(record.error);
    else result.articles.push(record.article);
  }
  return result;
}
