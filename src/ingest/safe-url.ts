const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * The one gate for URLs entering from articles (JSON/JSONL records, feed links, HTML metadata and body
 * links): an absolute http(s) URL in its normalised form, or undefined. `javascript:`, `data:`, `vbscript:`,
 * `file:` and anything unparsable are dropped, since the app and the exports turn these into links.
 * Relative URLs resolve against `base` when it is given (and is itself http(s)).
 */
export function safeHttpUrl(raw: string | null | undefined, base?: string): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  try {
    const url = base === undefined ? new URL(text) : new URL(text, safeHttpUrl(base));
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
