import { z } from 'zod';
import { safeHttpUrl } from './safe-url';
import type { IngestedArticle } from './types';

const MAX_TEXT = 20 * 1024 * 1024;

const field = (max: number) =>
  z.string({ error: (issue) => (issue.input === undefined ? 'required' : 'expected a string') }).max(max);

/** Our article schema. Unknown keys (including `__proto__`) are dropped by zod, never copied. */
export const articleRecordSchema = z.object({
  id: field(1000).min(1, 'must not be empty').optional(),
  title: field(10_000).optional(),
  outlet: field(1000).optional(),
  url: field(10_000).optional(),
  publishedAt: field(100)
    .refine((s) => !Number.isNaN(Date.parse(s)), 'not a date (ISO 8601 expected, e.g. 2025-06-10)')
    .optional(),
  author: field(1000).optional(),
  text: field(MAX_TEXT).refine((s) => s.trim() !== '', 'must not be empty'),
  /** The text is only a summary (a feed item's, or a snapshot's article that was one). */
  summary: z.boolean({ error: 'expected true or false' }).optional(),
});

export type ArticleRecord = z.infer<typeof articleRecordSchema>;

function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid record';
  if (issue.path.length === 0) return issue.code === 'invalid_type' ? 'expected an object' : issue.message;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return `${issue.path.map(String).join('.')}: ${issue.message}${more}`;
}

/** Validates one record; on failure returns the reason as `field: message` for the caller to place. */
export function readArticleRecord(data: unknown): { article: IngestedArticle } | { error: string } {
  const parsed = articleRecordSchema.safeParse(data);
  if (!parsed.success) return { error: describeIssues(parsed.error) };
  const article: IngestedArticle = { text: parsed.data.text };
  for (const key of ['id', 'title', 'outlet', 'url', 'author'] as const) {
    const value = key === 'url' ? safeHttpUrl(parsed.data.url) : parsed.data[key]?.trim();
    if (value) article[key] = value;
  }
  if (parsed.data.summary) article.summary = true;
  if (parsed.data.publishedAt) article.publishedAt = new Date(parsed.data.publishedAt).toISOString();
  return { article };
}
