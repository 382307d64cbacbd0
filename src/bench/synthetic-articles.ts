import type { OutletEntry } from '../extract';
import { DEFAULT_OUTLETS } from '../extract';
import type { IngestedArticle } from '../ingest';
import type { Random } from '../util/seeded-random';
import { createRandom } from '../util/seeded-random';
import type { Story } from './story-world';
import { anonymousSource, createStory } from './story-world';

export interface SyntheticCorpusOptions {
  seed?: number;
  /** Approximate article length in characters (default 4,000). */
  targetChars?: number;
  /** Articles per story on average (default 20): how often claims are shared across outlets. */
  articlesPerStory?: number;
}

const DAYS = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'late on Sunday', 'this week'];
const QUOTES = [
  'We have nothing to hide and we will cooperate fully',
  'These reports are false and politically motivated',
  'Every payment was documented and approved',
  'The review is routine and expected',
  'We are looking at all the facts without exception',
  'No decision has been taken',
];
const BACKGROUND = [
  (s: Story) =>
    `${s.place} has been under pressure since its last election, when ${s.company} won its first licence in the region. Analysts say the sector now accounts for a large share of exports and of public revenue.`,
  (s: Story) =>
    `The dispute comes as lenders weigh new credit lines for ${s.place}, whose currency has lost ground this year. Investors have watched the case closely, and shares in ${s.company} have swung on each new report.`,
  (s: Story) =>
    `Opposition lawmakers in ${s.place} have called for hearings, while business groups warned that a long inquiry could delay projects that employ thousands of people across the north of the country.`,
];

// The gazetteer's first outlets are wires and major papers; a Zipf-like pick favours them like real coverage.
const OUTLETS: readonly OutletEntry[] = DEFAULT_OUTLETS.slice(0, 80);
const pickOutlet = (r: Random): OutletEntry => OUTLETS[Math.floor(OUTLETS.length * r.next() ** 2)]!;

function paragraph(r: Random, s: Story, own: OutletEntry): string {
  const claim = () => r.pick(r.pick(s.claims));
  const other = () => {
    let o = pickOutlet(r);
    while (o.name === own.name) o = pickOutlet(r);
    return o.name;
  };
  const p = r.pick(s.people);
  switch (r.int(9)) {
    case 0:
      return `${other()} reported ${r.pick(DAYS)} that ${claim()}.`;
    case 1:
      return `According to ${s.document} obtained by ${other()}, ${claim()}. The documents have not been published.`;
    case 2:
      return `"${r.pick(QUOTES)}," said ${p.name}, a ${p.role} for ${p.body}.`;
    case 3:
      return `${anonymousSource(r)} told ${own.name} that ${claim()}.`;
    case 4:
      return `${p.name} denied that ${claim()}, calling the reports "${r.pick(QUOTES).toLowerCase()}".`;
    case 5:
      return `Both ${other()} and ${other()} reported that ${claim()}.`;
    case 6:
      return `In ${s.document}, ${p.name} wrote that ${claim()}.`;
    case 7:
      return `${p.body.replace(/^./, (c) => c.toUpperCase())} did not respond to a request for comment ${r.pick(DAYS)}.`;
    default:
      return r.pick(BACKGROUND)(s);
  }
}

function isoDate(r: Random, storyIndex: number): string {
  const day = Date.UTC(2025, 0, 1) + (storyIndex % 300) * 86_400_000 + r.int(5 * 86_400) * 1000;
  return new Date(day).toISOString();
}

/**
 * Seeded synthetic news articles (~4 KB each by default): many real outlet names citing each other,
 * shared claims with wording drift, named and anonymous sources, documents, denials. Invented
 * people, places and companies only. Yields lazily so 100,000 articles need no memory up front.
 */
export function* syntheticArticles(count: number, options: SyntheticCorpusOptions = {}): Generator<IngestedArticle> {
  const r = createRandom(options.seed ?? 1);
  const target = options.targetChars ?? 4000;
  const stories: Story[] = Array.from(
    { length: Math.max(1, Math.ceil(count / (options.articlesPerStory ?? 20))) },
    () => createStory(r),
  );
  for (let i = 0; i < count; i++) {
    const storyIndex = r.int(stories.length);
    const story = stories[storyIndex]!;
    const outlet = pickOutlet(r);
    const topic = r.pick(['payments to officials', 'a disputed licence', 'an offshore trust', 'the tender']);
    const paragraphs = [`${story.company} faces new questions in ${story.place} over ${topic}.`];
    let length = paragraphs[0]!.length;
    while (length < target) {
      const next = paragraph(r, story, outlet).replace(/^[a-z]/, (c) => c.toUpperCase());
      paragraphs.push(next);
      length += next.length + 2;
    }
    const article: IngestedArticle = {
      id: `syn-${options.seed ?? 1}-${i}`,
      title: `${story.company} and ${story.place}: ${r.pick(['new questions', 'the inquiry widens', 'what we know', 'denials mount'])}`,
      outlet: outlet.name,
      url: `https://www.${outlet.domain ?? 'example.com'}/news/${i}`,
      author: `${r.pick(story.people).name.split(' ')[0]} ${r.pick(['Hale', 'Moss', 'Grant', 'Pryce', 'Lowe'])}`,
      text: paragraphs.join('\n\n'),
    };
    if (!r.chance(0.05)) article.publishedAt = isoDate(r, storyIndex);
    yield article;
  }
}

/** Serialises synthetic articles as JSONL, our import schema, one article per line. */
export function syntheticJsonl(count: number, options: SyntheticCorpusOptions = {}): string {
  const lines: string[] = [];
  for (const article of syntheticArticles(count, options)) lines.push(JSON.stringify(article));
  return lines.join('\n') + '\n';
}
