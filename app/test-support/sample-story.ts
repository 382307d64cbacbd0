import {
  createGraph,
  upsertEdge,
  upsertNode,
  type EdgeKind,
  type Evidence,
  type NodeAttributes,
  type SourcetraceGraph,
} from '../../src/model';

// A small hand-authored story for unit tests, in our own words, shaped like the seed article's chain.

const A = 'article:sample-aggregator';
const P = 'article:sample-post';
const J = 'article:sample-journal';
const H = 'article:sample-herald';
const AID = 'claim:venezuela-asked-russia-and-china-for-military-help';
const STRIKES = 'claim:u-s-plans-strikes-inside-venezuela';

const ARTICLES: [key: string, outlet: string, title: string, date: string, text: string][] = [
  [
    A,
    'outlet:gateway-pundit',
    'Caracas turns to Moscow and Beijing as pressure mounts',
    '2025-11-01',
    'Venezuela is looking abroad for help as American warships gather offshore. Internal U.S. government memos obtained by The Washington Post describe requests to Russia and China for radars and spare parts. The Wall Street Journal reported that the administration has drawn up plans for strikes on targets inside Venezuela. The Miami Herald, citing sources with knowledge of the situation, wrote that strikes on military sites could begin within days. White House spokeswoman Anna Kelly played down the reports, saying any decision would be announced by the President himself.',
  ],
  [
    P,
    'outlet:washington-post',
    'Memos show Venezuela asked allies for military help',
    '2025-10-31',
    'Venezuela has asked Russia and China for radars, aircraft repairs and possibly missiles, according to U.S. government memos reviewed by the Post. A letter to the Kremlin was to be carried by a senior aide, the memos say.',
  ],
  [
    J,
    'outlet:wall-street-journal',
    'U.S. weighs strikes on targets inside Venezuela',
    '2025-10-31',
    'The administration has identified targets inside Venezuela for possible air strikes, U.S. officials said. No final decision has been taken, the officials added.',
  ],
  [
    H,
    'outlet:miami-herald',
    'Strikes on Venezuelan military sites could come soon',
    '2025-10-31',
    'Sources with knowledge of the situation told the Herald that the administration has decided to hit military installations inside Venezuela. The strikes could come within days, the sources said.',
  ],
];

const NODES: [string, NodeAttributes][] = [
  ['outlet:gateway-pundit', { kind: 'outlet', label: 'The Gateway Pundit', aliases: ['Gateway Pundit'] }],
  ['outlet:washington-post', { kind: 'outlet', label: 'The Washington Post', aliases: ['The Post', 'WaPo'] }],
  ['outlet:wall-street-journal', { kind: 'outlet', label: 'The Wall Street Journal', aliases: ['WSJ', 'The Journal'] }],
  ['outlet:miami-herald', { kind: 'outlet', label: 'Miami Herald', aliases: ['The Herald'] }],
  [
    'document:us-government-memos',
    { kind: 'document', label: 'U.S. government memos', aliases: [], description: 'memos' },
  ],
  ['person:us-officials', { kind: 'person', label: 'U.S. officials', aliases: [], anonymous: true }],
  [
    'person:sources-with-knowledge-of-the-situation',
    { kind: 'person', label: 'sources with knowledge of the situation', aliases: [], anonymous: true },
  ],
  [
    'person:anna-kelly',
    { kind: 'person', label: 'Anna Kelly', aliases: ['Kelly'], anonymous: false, role: 'spokeswoman' },
  ],
  ['organization:white-house', { kind: 'organization', label: 'White House', aliases: [], anonymous: false }],
  [AID, { kind: 'claim', label: 'Venezuela asked Russia and China for military help', aliases: [], text: 'aid' }],
  [STRIKES, { kind: 'claim', label: 'U.S. plans strikes inside Venezuela', aliases: [], text: 'strikes' }],
];

type EdgeRow = [EdgeKind, string, string, string | undefined, [article: string, phrase: string][]];

const EDGES: EdgeRow[] = [
  ['cites', A, 'outlet:washington-post', 'obtained by', [[A, 'memos obtained by The Washington Post']]],
  ['cites', A, 'outlet:wall-street-journal', 'reported', [[A, 'The Wall Street Journal reported']]],
  ['cites', A, 'outlet:miami-herald', 'wrote', [[A, 'The Miami Herald, citing sources']]],
  ['cites', A, 'person:anna-kelly', 'saying', [[A, 'Anna Kelly played down the reports, saying']]],
  ['cites', P, 'document:us-government-memos', 'according to', [[P, 'according to U.S. government memos']]],
  ['cites', J, 'person:us-officials', 'said', [[J, 'U.S. officials said']]],
  ['cites', H, 'person:sources-with-knowledge-of-the-situation', 'told', [[H, 'Sources with knowledge']]],
  ['asserts', 'document:us-government-memos', AID, undefined, [[P, 'Venezuela has asked Russia and China']]],
  ['asserts', 'person:us-officials', STRIKES, undefined, [[J, 'The administration has identified targets']]],
  ['asserts', 'person:sources-with-knowledge-of-the-situation', STRIKES, undefined, [[H, 'decided to hit']]],
  ['disputes', 'person:anna-kelly', STRIKES, 'played down', [[A, 'played down the reports']]],
  ['affiliated', 'person:anna-kelly', 'organization:white-house', undefined, [[A, 'White House spokeswoman']]],
  ['reports', A, AID, undefined, [[A, 'describe requests to Russia and China']]],
  ['reports', A, STRIKES, undefined, [[A, 'plans for strikes on targets inside Venezuela']]],
  ['reports', P, AID, undefined, [[P, 'Venezuela has asked Russia and China']]],
  ['reports', J, STRIKES, undefined, [[J, 'identified targets inside Venezuela']]],
  ['reports', H, STRIKES, undefined, [[H, 'hit military installations inside Venezuela']]],
];

/**
 * The story as a graph: an aggregator citing a newspaper citing memos, two papers citing anonymous
 * officials, a spokeswoman disputing. Evidence offsets are found in the texts, so they slice them exactly.
 */
export function sampleStory(): SourcetraceGraph {
  const g = createGraph();
  const texts = new Map(ARTICLES.map(([key, , , , text]) => [key, text]));
  const evidence = (article: string, phrase: string): Evidence => {
    const start = (texts.get(article) ?? '').indexOf(phrase);
    if (start < 0) throw new Error(`app/test-support: phrase not in ${article}: ${phrase}`);
    return { article, start, end: start + phrase.length };
  };
  for (const [key, attrs] of NODES) upsertNode(g, key, attrs);
  for (const [key, outlet, title, publishedAt, text] of ARTICLES) {
    upsertNode(g, key, { kind: 'article', label: title, aliases: [], title, outlet, publishedAt, text });
    upsertEdge(g, { kind: 'publishes', source: outlet, target: key });
  }
  for (const [kind, source, target, cue, spans] of EDGES) {
    const ev = spans.map(([article, phrase]) => evidence(article, phrase));
    upsertEdge(g, { kind, source, target, cue, evidence: ev, confidence: cue ? 0.9 : undefined });
  }
  return g;
}
