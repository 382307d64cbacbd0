import { describe, expect, it } from 'vitest';
import { echoStory } from '../../test-support/echo-story';
import { StoryBuilder } from '../../test-support/story-builder';
import { independentConfirmations } from './independent-confirmations';

/** Three outlets each repeating `upstream` in the same sentence as the claim. */
function echoes(b: StoryBuilder, claim: string, upstream: string, names: string[]): void {
  for (const name of names) {
    const a = b.article(`${name}-1`, b.outlet(name), 'The dam is failing, the Upstream Gazette reported.');
    b.edge('cites', a, upstream, { in: a, phrase: 'the Upstream Gazette' });
    b.edge('reports', a, claim, { in: a, phrase: 'The dam is failing' });
  }
}

describe('independentConfirmations', () => {
  it("counts one outlet's several anonymous sources as one line of information", () => {
    const b = new StoryBuilder();
    const claim = b.claim('dam', 'The dam is failing');
    const a = b.article('n-1', b.outlet('North'), 'The dam is failing, officials and engineers said.');
    for (const name of ['officials', 'engineers']) {
      const source = b.person(name, true);
      b.edge('cites', a, source, { in: a, phrase: name });
      b.edge('asserts', source, claim, { in: a, phrase: 'The dam is failing' });
    }
    b.edge('reports', a, claim, { in: a, phrase: 'The dam is failing' });
    const result = independentConfirmations(b.graph, claim);
    expect(result.groups).toEqual([
      {
        key: 'anonymous@outlet:north',
        primaries: ['person:engineers', 'person:officials'],
        status: 'anonymous',
        vouchedBy: 'outlet:north',
        articles: [a],
        outlets: ['outlet:north'],
      },
    ]);
  });

  it('collapses outlets echoing one report and keeps a truly independent one apart', () => {
    const s = echoStory();
    const result = independentConfirmations(s.graph, s.claim);
    expect(result.summary).toBe('5 outlets, 2 independent sources');
    expect(result.groups.map((g) => [g.key, g.status, g.outlets])).toEqual([
      [
        `anonymous@${s.harbor}`,
        'anonymous',
        Object.values(s.outlets)
          .filter((o) => o !== s.outlets.ledger)
          .sort(),
      ],
      [s.mayor, 'named', [s.outlets.ledger]],
    ]);
  });

  it('counts one when every outlet repeats an upstream outlet the corpus does not hold', () => {
    const b = new StoryBuilder();
    const claim = b.claim('dam', 'The dam is failing');
    const upstream = b.outlet('Upstream Gazette');
    echoes(b, claim, upstream, ['North', 'South', 'East']);
    const result = independentConfirmations(b.graph, claim);
    expect(result.summary).toBe('3 outlets, 1 independent source');
    expect(result.groups[0]).toMatchObject({ key: upstream, status: 'named' });
  });

  it('counts anonymous sources once per outlet that vouches for them, and named ones once overall', () => {
    const b = new StoryBuilder();
    const claim = b.claim('dam', 'The dam is failing');
    const officials = b.person('officials', true);
    const engineer = b.person('Ana Ruiz');
    for (const name of ['North', 'South']) {
      const a = b.article(`${name}-1`, b.outlet(name), 'The dam is failing, officials and Ana Ruiz said.');
      b.edge('cites', a, officials, { in: a, phrase: 'officials' });
      b.edge('cites', a, engineer, { in: a, phrase: 'Ana Ruiz' });
      b.edge('asserts', officials, claim, { in: a, phrase: 'The dam is failing' });
      b.edge('asserts', engineer, claim, { in: a, phrase: 'The dam is failing' });
      b.edge('reports', a, claim, { in: a, phrase: 'The dam is failing' });
    }
    const result = independentConfirmations(b.graph, claim);
    expect(result.groups.map((g) => g.key)).toEqual(['anonymous@outlet:north', 'anonymous@outlet:south', engineer]);
    expect(result.independent).toBe(3);
  });

  it("counts an unattributed report as the outlet's own, and asserters no reporter reaches", () => {
    const b = new StoryBuilder();
    const claim = b.claim('dam', 'The dam is failing');
    const a = b.article('own-1', b.outlet('North'), 'The dam is failing.');
    b.edge('reports', a, claim, { in: a });
    const lone = b.organization('Dam Authority');
    b.edge('asserts', lone, claim);
    const result = independentConfirmations(b.graph, claim);
    expect(result.groups.map((g) => [g.key, g.status])).toEqual([
      [lone, 'named'],
      ['own:outlet:north', 'own-reporting'],
    ]);
    expect(result.summary).toBe('1 outlet, 2 independent sources');
  });

  it('reports zero for a claim nobody reports or asserts', () => {
    const b = new StoryBuilder();
    const claim = b.claim('dam', 'The dam is failing');
    expect(independentConfirmations(b.graph, claim).summary).toBe('0 outlets, 0 independent sources');
  });
});
