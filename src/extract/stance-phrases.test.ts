import { describe, expect, it } from 'vitest';
import { extractArticle } from '../corpus';
import { claimPaths, findClaims } from '../query';
import { extractFacts } from './extract-article';

// Invented stories, written for these tests: one paragraph a line.
function chainOf(lines: string[], claim: string) {
  const { graph } = extractArticle({ text: lines.join('\n'), id: 'story', outlet: 'Harbour Ledger' });
  const keys = findClaims(graph, claim);
  expect(keys.length, `a claim containing "${claim}"`).toBeGreaterThan(0);
  return claimPaths(graph, keys[0]!);
}
const disputersOf = (lines: string[], claim: string) => chainOf(lines, claim).disputedBy.map((d) => d.label);

describe('stances that name the report by what they say of it', () => {
  it('reads a report said to misrepresent the facts as disputed', () => {
    const lines = [
      'The ferry operator cut its safety inspections by half last year, two inspectors told the Harbour Ledger.',
      'In a statement, the operator said the report mischaracterized its safety record.',
    ];
    expect(disputersOf(lines, 'safety inspections')).toEqual(['operator']);
  });

  it('reads disagreement with the report, a quotation closing inside the phrase', () => {
    const lines = [
      'The new terminal will open two years late, Reuters reported, citing people familiar with the plans.',
      'A spokesperson for the port said it "strongly disagrees" with the report.',
    ];
    expect(disputersOf(lines, 'two years late')).toEqual(['spokesperson for the port']);
  });

  it('reads a denial in the aside between a source and its cue', () => {
    const lines = [
      'Calder Fisheries laid off 200 workers in March, the union said.',
      'Calder Fisheries, which denies the figure, said only 40 jobs were cut.',
    ];
    expect(disputersOf(lines, 'laid off 200 workers')).toEqual(['Calder Fisheries']);
  });

  it('resolves "the company" that denies to the company named in the claim', () => {
    const lines = [
      'Velmar Shipping dumped ballast water in the bay for years, the Harbour Ledger reported, citing crew members.',
      'The company denied the allegations.',
    ];
    expect(disputersOf(lines, 'ballast water')).toEqual(['Velmar Shipping']);
  });
});

describe('stances not taken', () => {
  it('are none: "did not dispute", "has never denied", "declined to confirm"', () => {
    const sold = 'The Courier reported on Monday that the mayor had sold the depot to a relative.';
    for (const reply of [
      'The mayor did not dispute the report.',
      "The mayor hasn't denied the report.",
      'The mayor has never denied the report.',
      'The mayor declined to confirm the report.',
    ])
      expect(disputersOf([sold, reply], 'depot'), reply).toEqual([]);
    expect(disputersOf([sold, 'The mayor has denied the report.'], 'depot')).toEqual(['mayor']);
  });

  it('leave an appositive naming the claim out of the claim', () => {
    const line =
      'The Courier reported on Monday that the mayor had sold the depot to a relative, a claim the mayor denies.';
    const chain = chainOf(['Harbour news', line], 'depot');
    expect(chain.text).toBe('the mayor had sold the depot to a relative');
    // The mayor, cited in the same sentence, disputes the claim: no path of it goes through her.
    expect(chain.paths.map((p) => p.filter((n) => n.kind !== 'article').map((n) => n.label))).toEqual([
      ['Harbour Ledger', 'Courier'],
    ]);
  });
});

describe('documents obtained by an outlet', () => {
  it('speak at the end of the sentence, obtained through the outlet', () => {
    for (const line of [
      'The dredging contract was awarded without a tender, documents obtained by the Harbour Ledger show.',
      'Documents obtained by the Harbour Ledger show that the dredging contract was awarded without a tender.',
    ]) {
      const chain = chainOf([line], 'without a tender');
      const labels = chain.paths.map((p) => p.filter((n) => n.kind !== 'article').map((n) => n.label));
      expect(
        labels.map((l) => l.join(' > ')),
        line,
      ).toEqual(['Harbour Ledger > Harbour Ledger > documents']);
    }
  });
});

describe('sources and recipients with more said of them', () => {
  const pathOf = (text: string, claim: string) =>
    chainOf(text.split('\n'), claim).paths.map((p) =>
      p
        .filter((n) => n.kind !== 'article')
        .map((n) => n.label)
        .join(' > '),
    );

  it('reads "the Herald\'s sources" as sources the Herald cites, and "Holm\'s aides" as hers', () => {
    expect(pathOf("The port will close in May, the Herald's sources said.", 'close in May')).toEqual([
      'Harbour Ledger > Herald > sources',
    ]);
    expect(pathOf("Holm's aides said the plan was sound.", 'plan was sound')).toEqual([
      "Harbour Ledger > Holm's aides",
    ]);
  });

  it('leaves a relative clause on the source or the recipient out of the claim', () => {
    const according = chainOf(['The port will close in May, according to the Herald, which saw the plan.'], 'May');
    expect(according.text).toBe('The port will close in May');
    const told = chainOf(
      ['Two port officials told the Herald, which first reported the plan, that the port would close in May.'],
      'May',
    );
    expect(told.text).toBe('the port would close in May');
  });

  it('hears an outlet named earlier in its report, and a report published by it', () => {
    const herald = 'The Herald reported on Monday that the port would close in May.';
    expect(
      pathOf(`${herald}\nThe Herald's investigation found that the contract was never tendered.`, 'tendered'),
    ).toEqual(['Harbour Ledger > Herald']);
    const published = 'The report, published by the Herald on Monday, said the harbour master had resigned.';
    expect(pathOf(`${herald}\n${published}`, 'harbour master')).toEqual(['Harbour Ledger > Herald > report']);
  });

  it('makes organisations of firms described as a group', () => {
    const { facts } = extractFacts({ text: 'Shipping firms said they had not been told.', id: 'firms' });
    const firms = facts.entities.find((e) => e.label === 'shipping firms');
    expect([firms?.kind, firms?.anonymous]).toEqual(['organization', true]);
  });
});
