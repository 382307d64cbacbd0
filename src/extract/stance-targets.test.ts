import { describe, expect, it } from 'vitest';
import { extractArticle } from '../corpus';
import { claimPaths, findClaims } from '../query';
import type { Entity } from './entities';
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
    const sink = {
      claims: new Map([
        ['c1', 'the Harlow refinery would close in May'],
        ['c2', 'the ferry would leave at noon'],
      ]),
      claimOrder: ['c1', 'c2'],
      relations: [{ kind: 'asserts' as const, source: 'organization:pellam', target: 'c2' }],
    };
    const reuters = { key: 'outlet:reuters' } as Entity;
    const echoed = (content: string, except = 'x', by = reuters, stance: 'asserts' | 'disputes' = 'disputes') =>
      echoedClaims(sink, content, except, by, stance);
    expect(echoed('the refinery would close')).toEqual(['c1']);
    expect(echoed('the refinery had a fire in the boiler house last winter')).toEqual([]);
    expect(echoed('refinery')).toEqual([]);
    expect(echoed('the refinery would close', 'c1')).toEqual([]);
    // One's own claim is no one else's to dispute.
    expect(echoed('the ferry would leave at noon', 'x', { key: 'organization:pellam' } as Entity)).toEqual([]);
  });

  it('takes an assertion for a dispute only when it repeats the claim negated', () => {
    const lines = ['The Courier reported on Monday that Pellam Oil had dumped waste into the Avon river.'];
    const said = (reply: string) => disputersOf([...lines, reply], 'dumped waste into the Avon');
    expect(said('Pellam Oil said it had never dumped waste into the river.')).toContain('Pellam Oil');
    expect(said('Fishermen said waste had been dumped into the river for years.')).toEqual([]);
  });
});

describe('denials and stances in the words reporters use', () => {
  const lines = ['The Courier reported on Monday that Pellam Oil had dumped waste into the Avon river.'];
  it.each([
    'Pellam Oil denied any wrongdoing.',
    'A Pellam Oil spokeswoman called the report "deeply misleading."',
    'Pellam Oil said the report was "inaccurate."',
    'Pellam Oil said the story was a smear.',
    'The company responded, saying the report was wrong.',
  ])('"%s" disputes the report', (reply) => {
    expect(disputersOf([...lines, reply], 'dumped waste into the Avon').length).toBeGreaterThan(0);
  });
});
