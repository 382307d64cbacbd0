import { describe, expect, it } from 'vitest';
import { extractArticle } from '../corpus';

const keysOf = (text: string, outlet?: string) =>
  extractArticle({ text, ...(outlet ? { outlet } : {}) }).attributions.map((a) => a.source?.key ?? '');
const nodesOf = (text: string) => extractArticle({ text }).graph.nodes();

// One sentence per typing rule; [rule, text, the key one of its sources must have].
const SOURCE_KEYS: [string, string, string][] = [
  ['legal suffix', 'Kestrel Mining LLP said the deal was off.', 'organization:kestrel-mining'],
  ['participle inside a name', 'The Associated Press reported that the vote was close.', 'outlet:associated-press'],
  ['legal suffix SA', 'Halden Andes SA said the transfers were legal.', 'organization:halden-andes'],
  ['head word', 'Brightwater Holdings said profits fell.', 'organization:brightwater-holdings'],
  ['industry word', 'Ferrox Lithium said output would double.', 'organization:ferrox-lithium'],
  ['statement channel', 'Ferrox said in a statement that the mine was safe.', 'organization:ferrox'],
  ["organisation's possession", "Ferrox's shares fell after Ferrox said the mine was closed.", 'organization:ferrox'],
  [
    'common organisation noun before',
    'A survey by the polling firm Veritan found that most were undecided.',
    'organization:veritan',
  ],
  [
    'first word of a known organisation',
    'Ferrox Lithium Corp. opened a mine. Ferrox said the ore was rich.',
    'organization:ferrox-lithium',
  ],
  [
    '"the company" anaphora',
    'Ferrox Lithium opened a mine. The company said output would double.',
    'organization:ferrox-lithium',
  ],
  [
    'owned role',
    'Ferrox Lithium opened a mine. Its chief executive said output would double.',
    'person:ferrox-lithium-chief-executive',
  ],
  ['state name', 'The Republic of Veloria said the tender was fair.', 'organization:republic-of-veloria'],
  ['person of organisation', 'Priyam Shah of Ostrava Capital wrote that the bet was gone.', 'person:priyam-shah'],
  ['single office', 'The attorney general said the inquiry would widen.', 'person:attorney-general'],
  ['organisation head after a surname', 'The Quill campaign said the plan was dead.', 'organization:quill-campaign'],
  [
    'organisation head after a full name',
    'Mara Quill Foundation said the grant was paid.',
    'organization:mara-quill-foundation',
  ],
];

describe('entity typing and key hygiene', () => {
  it.each(SOURCE_KEYS)('%s: %s', (_rule, text, key) => {
    expect(keysOf(text, 'Reuters')).toContain(key);
  });

  it('ties a person of an organisation to it', () => {
    const { graph } = extractArticle({ text: 'Priyam Shah of Ostrava Capital wrote that the bet was gone.' });
    expect(graph.hasEdge('affiliated|person:priyam-shah|organization:ostrava-capital')).toBe(true);
  });

  it('never makes a known or place-shaped name a person', () => {
    const nodes = nodesOf('Talks were held in Puerto Verde and in New York on Monday, Ana Ruiz said.');
    expect(nodes).toContain('person:ana-ruiz');
    expect(nodes.filter((n) => /new-york|puerto-verde/.test(n))).toEqual([]);
  });

  it('keeps "the New York Times" an outlet', () => {
    expect(keysOf('The New York Times reported that the mine was closed.')).toEqual(['outlet:new-york-times']);
  });

  it('keeps time expressions out of keys', () => {
    const keys = keysOf('A spokeswoman for Ferrox Lithium on Tuesday denied that the firm paid bribes.', 'Reuters');
    expect(keys).toEqual(['person:reuters-spokeswoman-for-ferrox-lithium']);
  });

  it('keeps determiner and pronoun fragments out of keys', () => {
    const text =
      'Three officials spoke to the Herald. Two of them said the money had moved. Now people will ask who paid.';
    const keys = keysOf(text, 'Reuters').join(' ');
    expect(keys).not.toMatch(/of-them|now-people/);
  });

  it('reads "one of the sources" as the group, never "Secretary of State X" as a part of State', () => {
    const text =
      'Reuters reported, citing two sources, that a deal was close. The price was high, one of the sources said.';
    const keys = keysOf(text, 'Daily Ledger');
    expect(keys.at(-1)).toBe('person:reuters-sources');
    expect(keys).not.toContain('person:daily-ledger-sources');
    expect(keysOf('Secretary of State Anna Ruiz said the talks had stalled.')).toEqual(['person:anna-ruiz']);
  });

  it('keeps an anonymous description whole and makes no person of its adjective', () => {
    const text = 'A senior Western diplomat in Lisbon said the talks had stalled.';
    expect(keysOf(text, 'Reuters')).toEqual(['person:reuters-senior-western-diplomat-in-lisbon']);
    expect(nodesOf(text)).not.toContain('person:senior-western');
  });

  it('makes no organisation of a commodity opening a sentence', () => {
    expect(nodesOf('Lithium was supposed to save the economy, Ana Ruiz said.')).not.toContain('organization:lithium');
  });

  it('makes no entity of an outlet word alone or of a header in capitals', () => {
    const nodes = nodesOf('ABSTRACT\n\nThe plan was on network TV and in the Press all week, Ana Ruiz said.');
    expect(nodes).not.toContain('outlet:tv');
    expect(nodes).not.toContain('outlet:press');
    expect(nodes.filter((k) => /abstract/.test(k))).toEqual([]);
    expect(nodes).toContain('person:ana-ruiz');
  });

  it('makes outlets of unknown names by their shape, the noun before them, or what they do after "the"', () => {
    const cases: [string, string][] = [
      ['The Northern Ledger reported that the mayor resigned.', 'outlet:northern-ledger'],
      ['Radio Calvera reported that the port was shut.', 'outlet:radio-calvera'],
      ['The Daily Meridian reported on Tuesday that rents rose.', 'outlet:daily-meridian'],
      ['According to the local paper Valdane Voice, the mill closed.', 'outlet:valdane-voice'],
      ['The station WXKR reported the mill closed.', 'outlet:wxkr'],
      ['The Brisa Courant reported that the mill closed.', 'outlet:brisa-courant'],
      // Organisations and people that report stay what they are.
      ['The White House reported that the talks failed.', 'organization:white-house'],
      ['The Quill Group reported a loss.', 'organization:quill-group'],
      ['Mara Quill reported that the mill closed.', 'person:mara-quill'],
    ];
    for (const [text, key] of cases) expect(keysOf(text), text).toContain(key);
  });

  it('makes no organisation of a group or an outlet word after an organisation noun', () => {
    expect(nodesOf('Several committee Democrats said the bill was dead.')).not.toContain('organization:democrats');
    expect(nodesOf('The plan was on network TV all week, Ana Ruiz said.')).not.toContain('organization:tv');
  });

  it('keeps a station call sign whole', () => {
    expect(keysOf('Crowds gathered downtown, KING-TV reported.')).toContain('outlet:king-tv');
  });

  it('keys a source described by common nouns to its article, a named one to the corpus', () => {
    const docs = (id: string, text: string) =>
      extractArticle({ id, text })
        .graph.nodes()
        .filter((k) => k.startsWith('document:') || k.startsWith('organization:'));
    const a = docs(
      'a',
      'A report found that rents rose. The media said the vote was close. The Quill memo says rents rose.',
    );
    const b = docs(
      'b',
      'A report found that rents fell. The media said the vote was lost. The Quill memo says rents fell.',
    );
    expect(a.filter((k) => /report|media/.test(k))).toHaveLength(2);
    expect(a.filter((k) => b.includes(k))).toEqual(['document:quill-memo']);
    const media = extractArticle({ id: 'a', text: 'The media said the plan was dead.' }).attributions[0]?.source;
    expect(media?.kind).toBe('organization');
  });

  it('reads a common noun inside a name phrase as the role of the name after it', () => {
    const nodes = nodesOf('Quill consultant Ivo Lark said the race was close. Quill said the plan would work.');
    expect(nodes).toContain('person:ivo-lark');
    expect(nodes).toContain('person:quill');
  });

  it('reads a name after "the" as no person', () => {
    const text = 'The Veloran Front said the bridge was closed. Later, Veloran Front said it would reopen.';
    expect(keysOf(text)).toEqual(['organization:veloran-front', 'organization:veloran-front']);
    expect(keysOf('The Rev. Ivo Lark said the bridge was closed.')).toEqual(['person:ivo-lark']);
  });

  it('leaves a weekday after a name to the clause', () => {
    expect(keysOf('The plan is dead, said Mara Quill Wednesday.')).toEqual(['person:mara-quill']);
  });

  it('makes people of plural agent nouns, not documents', () => {
    expect(keysOf('Some strategists said the race was over.')[0]).toMatch(/^person:/);
    expect(keysOf('Historians said the treaty was unique.')[0]).toMatch(/^person:/);
  });
});

describe('entity typing leaves persons alone', () => {
  it('keeps a named person after a role', () => {
    expect(keysOf('The company spokeswoman Anna Kelly said the plan was dead.')).toContain('person:anna-kelly');
  });
});
