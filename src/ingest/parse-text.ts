import type { IngestResult } from './types';
import { emptyResult, refused } from './types';

/**
 * A plain-text article. Line endings are normalised to `\n` so offsets match what every viewer
 * shows; the text is otherwise kept as written.
 */
export function parseText(text: string, file: string): IngestResult {
  const normalised = text.replace(/\r\n?/g, '\n');
  if (normalised.trim() === '') return refused(file, 'ingest/text: empty file', 'text');
  return { ...emptyResult(file, 'text'), articles: [{ text: normalised }] };
}
