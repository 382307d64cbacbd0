import { describe, expect, it } from 'vitest';
import { extractArticle } from '../corpus';
import { claimPaths, findClaims } from '../query';
import { echoedClaims } from './stance-targets';

// Invented stories, written for these tests: one paragraph a line.
function disputersOf(lines: string[], claim: string): string[] {
  const { graph } = extractArticle({ text: lines.join('\n'), id: 'story', outlet: 'Coastline Daily' });
  const keys = findClaims(graph, claim);
  expect(keys.length, `a claim containing "${claim}"`).toBeGreaterThan(0);
  return claimPaths(graph, keys[0]!).disputedBy.map((d) => d.label);
}

const sold = 'The Courier reported on Monday that the mayor had sold the bus depot to a relative.';

describe('stances toward a report named by its owner', () => {
  it('disputes the claims of the outlet a possessive names', () => {
    expect(disputersOf([sold, "City officials rejected the Courier's account on Tuesday."], 'bus depot')).toContain(
      'City officials',
    );
  });

  it('disputes the claims of the outlet a name before the noun names', () => {
    expect(disputersOf([sold, 'City officials dismissed the Courier story as gossip.'], 'bus depot')).toContain(
      'City officials',
    );
  });

  it('disputes the claims of a person the possessive names, not those of the outlet reported before', () => {
    const lines = [
      'Reuters reported that the ferry operator would cut three routes.',
      'Councillor Ines Varga said the harbour fees had doubled since April.',
      "The port authority rejected Varga's claims.",
    ];
    expect(disputersOf(lines, 'harbour fees')).toContain('port authority');
    expect(disputersOf(lines, 'three routes')).not.toContain('port authority');
  });

  it('leaves a request alone: "denied the Courier\'s request" names no report', () => {
    expect(disputersOf([sold, "The mayor denied the Courier's request for an interview."], 'bus depot')).toEqual([]);
  });
});

describe('a report called untrue', () => {
  it('makes "said the report was false" a dispute of the report', () => {
    const lines = ['The Courier reported that the port would be sold to a Danish group.'];
    expect(disputersOf([...lines, 'The transport ministry said the report was false.'], 'Danish group')).toContain(
      'transport ministry',
    );
  });

  it('takes no stance when the report is only described', () => {
    const lines = ['The Courier reported that the port would be sold to a Danish group.'];
    expect(
      disputersOf([...lines, 'The transport ministry said the report was published on Friday.'], 'Danish group'),
    ).toEqual([]);
  });
});

describe('a denial that repeats what it denies', () => {
  it('disputes the earlier claim the denied content echoes', () => {
    const lines = [
      'Reuters reported that the Harlow refinery would close in May.',
      'Pellam Oil denied that the refinery would close, saying output would rise next year.',
    ];
    expect(disputersOf(lines, 'close in May')).toContain('Pellam Oil');
  });

  it('needs most of the denial and two words at least', () => {
    const claims = new Map([
      ['c1', 'the Harlow refinery would close in May'],
      ['c2', 'the ferry would leave at noon'],
    ]);
    expect(echoedClaims('the refinery would close', claims, 'x')).toEqual(['c1']);
    expect(echoedClaims('the refinery had a fire in the boiler house last winter', claims, 'x')).toEqual([]);
    expect(echoedClaims('refinery', claims, 'x')).toEqual([]);
    expect(echoedClaims('the refinery would close', claims, 'c1')).toEqual([]);
  });
});
