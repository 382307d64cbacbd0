import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// One word as the tokeniser gives it: lower case, NFC, straight apostrophes, no blank.
const word = z
  .string()
  .regex(/^[\p{Ll}\p{N}&'.-]+$/u, 'must be one lower-case word with straight apostrophes')
  .refine((w) => w === w.normalize('NFC'), 'must be NFC');
const list = z.array(word).min(1);
// Abbreviations and legal forms are listed bare: the code adds the dot ("sen" → "sen.", "inc" → "inc.").
const bareList = z.array(word.refine((w) => !w.endsWith('.'), 'must be listed without its final dot')).min(1);
const about = z.string().min(20);

const schemas = {
  'calendar.json': z.strictObject({
    about,
    weekdays: list.length(7),
    months: list.length(12),
    ambiguousMonths: list,
    relativeDays: list,
    dayParts: list,
    periods: list,
    seasons: list,
    timeModifiers: list,
    timePrepositions: list,
  }),
  'function-words.json': z.strictObject({ about, skippableBeforeCue: list, beForms: list, determiners: list }),
  'reference-words.json': z.strictObject({
    about,
    reportNouns: list,
    pointing: list,
    modifiers: list,
    falsehoods: list,
    blameNouns: list,
    obtainedBy: list,
    studiedBy: list,
    misrepresents: list,
    disagreesWith: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)+$/)).min(1),
  }),
  'name-words.json': z.strictObject({
    about,
    particles: list,
    gluedParticles: list,
    connectors: list,
    descriptors: list,
    acronymSkips: list,
  }),
  'organisation-words.json': z.strictObject({
    about,
    heads: list,
    companyWords: list,
    industries: list,
    legalForms: bareList,
    eventHeads: list,
  }),
  'outlet-words.json': z.strictObject({
    about,
    heads: list,
    leads: list,
    nouns: list,
    compoundLeads: list,
    compoundHeads: list,
    generic: list,
  }),
  'place-words.json': z.strictObject({ about, heads: list, prefixes: list, stateForms: list }),
  'pronouns.json': z.strictObject({
    about,
    personal: z.record(
      z.enum(['i', 'we', 'you', 'he', 'she', 'it', 'they']),
      z.strictObject({ subject: word, object: word, determiner: word, possessive: word, reflexive: word }),
    ),
    relative: z.record(word, z.strictObject({ subject: word, object: word, determiner: word })),
  }),
  'source-heads.json': z.strictObject({ about, human: list, document: list }),
  'titles.json': z.strictObject({ about, titles: list, courtesyTitles: bareList, abbreviatedTitles: bareList }),
} as const;
type FileName = keyof typeof schemas;

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'));
const files = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, schema.parse(read(name))])) as {
  [F in FileName]: z.infer<(typeof schemas)[F]>;
};
const calendar = files['calendar.json'];
const names = files['name-words.json'];
const titles = files['titles.json'];

/** The word lists of a file by name (the `about` text aside). */
const listsOf = (data: object): [string, string[]][] =>
  Object.entries(data).filter((e): e is [string, string[]] => Array.isArray(e[1]));
const repeated = (words: readonly string[]): string[] => words.filter((w, i) => words.indexOf(w) !== i);
const shared = (a: readonly string[], b: readonly string[]): string[] => a.filter((w) => b.includes(w));

describe('data/words', () => {
  it('has a schema for every file in it', () => {
    const json = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.json'));
    expect(json.sort()).toEqual(Object.keys(schemas).sort());
  });

  it('lists no word twice in one list', () => {
    for (const [file, data] of Object.entries(files))
      for (const [name, words] of listsOf(data)) expect(repeated(words), `${file}: ${name}`).toEqual([]);
  });

  it('keeps apart the lists the code joins into one set, so a word is written once', () => {
    const disjoint: [string, object][] = [
      ['calendar.json', { ...calendar, ambiguousMonths: [] }],
      ['titles.json', titles],
      ['organisation-words.json', files['organisation-words.json']],
      ['name-words.json (particles, connectors)', { particles: names.particles, connectors: names.connectors }],
      [
        'place heads and calendar words',
        { heads: files['place-words.json'].heads, weekdays: calendar.weekdays, months: calendar.months },
      ],
      ['titles and descriptors', { titles: Object.values(titles).flat(), descriptors: names.descriptors }],
    ];
    for (const [what, data] of disjoint) {
      const lists = listsOf(data);
      for (const [i, [a, wa]] of lists.entries())
        for (const [b, wb] of lists.slice(i + 1)) expect(shared(wa, wb), `${what}: ${a} and ${b}`).toEqual([]);
    }
  });

  it('writes no particle as a title, descriptor or calendar word: "describes" never drops one from a name', () => {
    const describing = [
      ...Object.values(titles).flat(),
      ...names.descriptors,
      ...listsOf(calendar).flatMap((l) => l[1]),
    ];
    expect(shared(names.particles, describing)).toEqual([]);
  });

  it('takes the ambiguous months from the months', () => {
    expect(shared(calendar.ambiguousMonths, calendar.months)).toEqual(calendar.ambiguousMonths);
  });

  it('writes the titles proper without a dot: abbreviations go in their own lists', () => {
    expect(titles.titles.filter((t) => t.includes('.'))).toEqual([]);
  });
});

describe('data/places.json', () => {
  const placesFile = z.strictObject({
    about,
    countries: z.array(z.string()),
    cities: z.array(z.string()),
    usStates: z.array(z.string()),
    regions: z.array(z.string()),
  });
  const data = placesFile.parse(read('../places.json'));

  // isPlaceName reads a hyphenated word as spaced ("Hong-Kong"), so a place written with a hyphen never matches.
  it('writes each place trimmed, with single spaces and no hyphen ("Hong Kong")', () => {
    for (const [name, words] of listsOf(data)) for (const p of words) expect(p, name).toMatch(/^[^\s-]+(?: [^\s-]+)*$/);
  });

  it('lists no place twice in one list, whatever the case', () => {
    for (const [name, words] of listsOf(data)) expect(repeated(words.map((p) => p.toLowerCase())), name).toEqual([]);
  });
});
