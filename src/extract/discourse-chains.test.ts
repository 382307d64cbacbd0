import { describe, expect, it } from 'vitest';
import { extractArticle } from '../corpus';
import { claimPaths, findClaims } from '../query';

// Invented stories, written for these tests: each paragraph one line, as the extractor reads news.
function chainsOf(text: string, claim: string) {
  const { graph } = extractArticle({ text, id: 'story', outlet: 'Coastline Daily' });
  const keys = findClaims(graph, claim);
  expect(keys.length, `a claim containing "${claim}"`).toBeGreaterThan(0);
  const traced = claimPaths(graph, keys[0]!);
  return {
    // Labels along each path, the article itself (second) left out: its label is its first line.
    paths: traced.paths.map((p) => p.filter((n) => n.kind !== 'article').map((n) => n.label)),
    disputedBy: traced.disputedBy.map((d) => d.label),
  };
}

const quotedBlock = [
  'The Marlow Port Authority is preparing to shut two terminals, The Guardian reported on Monday.',
  'The newspaper explained:',
  'The board agreed that the eastern terminal would close for at least three weeks.',
  'Dock operators were told to move their cranes inland by the end of the month.',
  'The closure plan was first drafted in August, according to internal minutes.',
  'Meanwhile, the harbour pilots union said its members would keep working.',
].join('\n');

describe('quoted blocks', () => {
  it('gives every paragraph after "X explained:" to X until the article speaks again', () => {
    expect(chainsOf(quotedBlock, 'eastern terminal').paths).toContainEqual(['Coastline Daily', 'The Guardian']);
    expect(chainsOf(quotedBlock, 'cranes inland').paths).toContainEqual(['Coastline Daily', 'The Guardian']);
  });

  it('nests an attribution inside the block under the quoted outlet', () => {
    const { paths } = chainsOf(quotedBlock, 'first drafted');
    expect(paths.some((p) => p.join('>').includes('The Guardian>internal minutes'))).toBe(true);
  });

  it('ends the block at "Meanwhile,": what follows is the article citing the union itself', () => {
    const { paths } = chainsOf(quotedBlock, 'keep working');
    expect(paths.every((p) => !p.includes('The Guardian'))).toBe(true);
  });

  it('gives the quoted outlet only the sentences of the first paragraph that no one else is said to say', () => {
    const text = [
      'The Guardian reported:',
      'The buyer wants an answer by June. The board is split, with two directors arguing that the price is too low.',
    ].join('\n');
    expect(chainsOf(text, 'answer by June').paths).toContainEqual(['Coastline Daily', 'The Guardian']);
    const { paths } = chainsOf(text, 'price is too low');
    expect(paths.some((p) => p.join('>').endsWith('The Guardian>directors'))).toBe(true);
  });

  it('opens the block from the openers reporters write: a possessed report, "From the X report:", content before the colon', () => {
    const block = (opener: string) =>
      [
        'The Telegraph ran a story on Sunday about the Norcross wind farm.',
        opener,
        'Engineers found that the clay beneath the turbines was softer than expected.',
        'The fix could add two years to the schedule.',
      ].join('\n');
    for (const opener of [
      "The Telegraph's report said:",
      'From the Telegraph report:',
      'The Telegraph reported on Sunday that engineers had found a problem:',
    ]) {
      expect(chainsOf(block(opener), 'two years to the schedule').paths, opener).toContainEqual([
        'Coastline Daily',
        'The Telegraph',
      ]);
    }
  });

  it('ends the block at a paragraph naming another outlet', () => {
    const text = [
      'The Guardian reported:',
      'The board agreed that the eastern terminal would close.',
      'Reuters later said the western terminal was also at risk.',
    ].join('\n');
    expect(chainsOf(text, 'western terminal').paths).toContainEqual(['Coastline Daily', 'Reuters']);
  });
});

describe('nested attribution in one sentence', () => {
  it('"A reported, citing B, that …": B through A, and the content after the citing phrase', () => {
    const text = 'Reuters reported, citing two port officials, that the western terminal could also close.';
    const { paths } = chainsOf(text, 'western terminal could also close');
    expect(paths.some((p) => p.join('>').endsWith('Reuters>port officials'))).toBe(true);
    expect(findClaims(extractArticle({ text, id: 's' }).graph, 'citing')).toHaveLength(0);
  });

  it('"A, citing B, said …" makes A the speaker, not the noun after "said"', () => {
    const text = 'The Guardian, citing a leaked audit, said the repairs had been delayed twice.';
    const { paths } = chainsOf(text, 'repairs had been delayed');
    expect(paths.some((p) => p.join('>').endsWith('The Guardian>leaked audit'))).toBe(true);
  });

  it('"A reported that …, citing B.": B through A, one claim without the citing phrase', () => {
    const text = 'Reuters reported that the Harlow refinery would close in May, citing two people briefed on the plan.';
    const { paths } = chainsOf(text, 'refinery would close in May');
    expect(paths.some((p) => p.join('>').endsWith('Reuters>people briefed on the plan'))).toBe(true);
    expect(findClaims(extractArticle({ text, id: 's' }).graph, 'citing')).toHaveLength(0);
  });

  it('"A (ACRONYM), citing B, said …" steps over the parenthesis to A', () => {
    const text = 'The Associated Press (AP), citing two officials, said the Orran bridge had been closed for repairs.';
    const { paths } = chainsOf(text, 'closed for repairs');
    expect(paths.some((p) => p.join('>').endsWith('Associated Press>officials'))).toBe(true);
  });

  it('"Quoting B, A said …", "A cited B who said …", "citing internal emails": B through A', () => {
    const cases: [string, string, string][] = [
      [
        'Quoting a senior diplomat, the Ledger said the talks had stalled.',
        'talks had stalled',
        'Ledger>senior diplomat',
      ],
      [
        'The Ledger cited three election workers who said the ballots were moved at night.',
        'moved at night',
        'Ledger>election workers',
      ],
      [
        'Bloomberg reported, citing internal emails, that the deal had collapsed.',
        'deal had collapsed',
        'Bloomberg News>internal emails',
      ],
    ];
    for (const [text, claim, tail] of cases)
      expect(
        chainsOf(text, claim).paths.some((p) => p.join('>').endsWith(tail)),
        text,
      ).toBe(true);
  });

  it.each([
    ['According to a report by The Guardian, the ministry had ignored the warnings.', 'Coastline Daily>The Guardian'],
    ['In an interview with CNN, Senator Ada Voss said the ministry had ignored the warnings.', 'CNN>Ada Voss'],
    ['Speaking to the BBC, Senator Ada Voss said the ministry had ignored the warnings.', 'BBC News>Ada Voss'],
    ['Senator Ada Voss said in a statement to Axios that the ministry had ignored the warnings.', 'Axios>Ada Voss'],
    ['Senator Ada Voss said the ministry had ignored the warnings, according to Reuters.', 'Reuters>Ada Voss'],
    ['Senator Ada Voss was quoted by Reuters as saying the ministry had ignored the warnings.', 'Reuters>Ada Voss'],
    ['The memo, first obtained by Politico, says the ministry had ignored the warnings.', 'Politico>memo'],
    ['As first reported by Reuters, the ministry had ignored the warnings.', 'Coastline Daily>Reuters'],
  ])('"%s" traces to %s', (text, tail) => {
    const { paths } = chainsOf(text, 'the ministry had ignored the warnings');
    expect(paths.some((p) => p.join('>').endsWith(tail))).toBe(true);
  });

  it('takes "softer than the surveys had shown" for a comparison, not for what the surveys say', () => {
    const text = 'Engineers found the seabed was softer than the surveys had shown.';
    const { attributions } = extractArticle({ text, id: 's' });
    expect(attributions.map((a) => a.source?.text)).toEqual(['Engineers']);
    expect(attributions[0]!.content.text).toBe('the seabed was softer than the surveys had shown');
  });

  it('"The paper cited three election workers." after its report: the workers said it, through the paper', () => {
    const text =
      'Korvas Daily reported on Monday that tally sheets had been moved by police. The paper cited three election workers.';
    const { paths } = chainsOf(text, 'tally sheets');
    expect(paths.some((p) => p.join('>').endsWith('Korvas Daily>election workers'))).toBe(true);
  });

  it('"A quoted B as saying …": B through A, B a person', () => {
    const text = 'The Associated Press quoted an unnamed engineer as saying the sea wall would not survive a storm.';
    const { graph } = extractArticle({ text, id: 's' });
    const traced = claimPaths(graph, findClaims(graph, 'sea wall')[0]!);
    const path = traced.paths[0]!;
    expect(path.map((n) => n.label).slice(-2)).toEqual(['Associated Press', 'unnamed engineer']);
    expect(path.at(-1)).toMatchObject({ kind: 'person', anonymous: true });
  });
});

describe('sources and claims named by reference', () => {
  it('"In the letter, X asked …": through the letter, known through the documents that described it', () => {
    const text = [
      'According to documents obtained by The Guardian, the mayor wrote a letter to Governor Elena Ruiz last week.',
      'In the letter, the mayor asked the governor to release emergency funds for the harbour.',
    ].join('\n');
    const { paths } = chainsOf(text, 'release emergency funds');
    expect(paths.some((p) => p.join('>').includes('The Guardian>documents>letter to Elena Ruiz'))).toBe(true);
  });

  it('"the news agency", "the publication": the outlet named before', () => {
    const agency = [
      'Reuters reported that the dam had cracked.',
      'The news agency said the ministry had been warned in March.',
    ];
    expect(chainsOf(agency.join('\n'), 'warned in March').paths).toContainEqual(['Coastline Daily', 'Reuters']);
    const publication = [
      'The Information reported that the company had paused the project.',
      'The publication said the pause would last a year.',
    ];
    expect(chainsOf(publication.join('\n'), 'last a year').paths).toContainEqual([
      'Coastline Daily',
      'The Information',
    ]);
  });

  it('"the agency" after a government agency is that agency, an organisation and no outlet', () => {
    const text = [
      'The Environmental Protection Agency said emissions rose.',
      'The agency said 40 plants exceeded limits.',
    ];
    const { graph } = extractArticle({ text: text.join('\n'), id: 's', outlet: 'Coastline Daily' });
    const path = claimPaths(graph, findClaims(graph, '40 plants')[0]!).paths[0]!;
    expect(path.at(-1)).toMatchObject({ label: 'Environmental Protection Agency', kind: 'organization' });
  });

  it('"these reports" reaches the claims of the outlets just cited, and the content is the stance', () => {
    const text = [
      'Reuters reported, citing two port officials, that the western terminal could also close.',
      'The Associated Press quoted an unnamed engineer as saying the sea wall would not survive a storm.',
      'However, the port authority rejected these reports, with its director Helen Marsh saying that no decision had been taken.',
    ].join('\n');
    expect(chainsOf(text, 'western terminal').disputedBy).toEqual(
      expect.arrayContaining(['port authority', 'Helen Marsh']),
    );
    expect(chainsOf(text, 'sea wall').disputedBy).toContain('port authority');
    const { attributions } = extractArticle({ text, id: 's' });
    // The stance's content is what it is taken toward, as data/eval annotates "rejected the airline's account".
    expect(attributions.find((a) => a.stance === 'disputes')?.content.text).toBe('these reports');
  });

  it("a singular reference after a quoted block reaches that outlet's claims, not an earlier story's", () => {
    const text = [
      'The Guardian reported that the mayor had asked for emergency funds.',
      'Both the Miami Herald and Reuters reported on Friday that the ferry service would end in June.',
      'The Herald wrote:',
      'The operator has already told its crews that the last sailing is planned for June 30.',
      'The report was later dismissed by the operator, whose chief executive said that "nothing is settled."',
    ].join('\n');
    expect(chainsOf(text, 'last sailing').disputedBy).toContain('operator');
    expect(chainsOf(text, 'ferry service would end').disputedBy).toContain('operator');
    expect(chainsOf(text, 'emergency funds').disputedBy).not.toContain('operator');
  });
});
