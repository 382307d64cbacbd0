import { slugify } from '../model';
const MAX_OUTLETS_NAMED = 3;

/** An outlet's name or key as a file-name part: the key's own slug rule (src/model), shortened. */
function slug(text: string): string {
  return slugify(text.replace(/^outlet:/, ''))
    .slice(0, 40)
    .replace(/-+$/, '');
}

/**
 * `sourcetrace-<outlets|all>-<YYYY-MM-DD>.<ext>`: says what the file holds. Outlets are names or
 * `outlet:` keys; more than three become `<n>-outlets`. The date is the caller's local calendar day.
 */
export function exportFileName(ext: string, date: Date, outlets: readonly string[] = []): string {
  const unique = [...new Set(outlets.map(slug))].sort();
  const scope =
    unique.length === 0 ? 'all' : unique.length > MAX_OUTLETS_NAMED ? `${unique.length}-outlets` : unique.join('+');
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
  return `sourcetrace-${scope}-${day}.${ext.replace(/^\./, '')}`;
}
