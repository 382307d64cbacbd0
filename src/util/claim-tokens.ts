// Function words carry no claim; negations and modality do ("will not resign" ≠ "will resign"), so they stay.
const STOPWORDS = new Set(
  (
    "a an the and or but of to in on at by for from with as that this these those it its it's is are was were be been " +
    'being has have had having do does did will would shall should can could may might must he she they we you i his ' +
    'her their our your him them us me my there here which who whom whose what when where while than then so also ' +
    'said says say told according about into over after before just very more most some any all both each other such ' +
    'up out if because since yet'
  ).split(' '),
);

/** Crude English stemming: enough for "asked/asks/asking", "files/file"; never shorter than 3 letters. */
function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}

/**
 * A claim's content words, folded, stemmed, de-duplicated: the unit both MinHash and the similarity
 * work on. "91%" and "91 percent" meet; "$40,000" and "40,000" meet.
 */
export function claimTokens(text: string): string[] {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/%/g, ' percent ')
    .replace(/(\d),(\d{3})/g, '$1$2')
    .replace(/[’']s\b/g, '')
    .split(/[^a-z0-9.]+/);
  const out = new Set<string>();
  for (const raw of words) {
    const word = raw.replace(/^\.+|\.+$/g, '');
    if (word && !STOPWORDS.has(word)) out.add(stem(word));
  }
  return [...out];
}
