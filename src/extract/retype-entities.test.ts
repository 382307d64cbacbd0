import { describe, expect, it } from 'vitest';
import type { TyperModel } from './entity-typer';
import { typeName } from './entity-typer';
import { extractFacts } from './extract-article';

// Hand-made weights: a name ending in "Rock" is a place, one ending in "Guild" an organisation.
const model: TyperModel = {
  classes: ['person', 'organization', 'place'],
  weights: { bias: [1, 0, 0], 'last=rock': [0, 0, 5], 'last=guild': [0, 5, 0] },
};
const text = 'Tavi Orlen said the ferry to Gullwing Rock was late.';

describe('retyping by the learned typer', () => {
  it('scores a name by its features', () => {
    const t = 'They sailed to Gullwing Rock.';
    expect(typeName(t, t.indexOf('G'), t.indexOf('.'), undefined, model)).toMatchObject({ type: 'place', margin: 4 });
  });

  it('turns a name it reads as a place into a place mention, and keeps the rules where told to', () => {
    const ours = extractFacts({ id: 'ferry', text }, { typer: model });
    const rules = extractFacts({ id: 'ferry', text }, { typer: false });
    const kindOf = (r: typeof ours, name: string) => r.mentions.find((m) => m.text === name)?.kind;
    expect(kindOf(rules, 'Gullwing Rock')).toBe('person');
    expect(kindOf(ours, 'Gullwing Rock')).toBe('place');
    expect(ours.facts.entities.map((e) => e.key)).not.toContain('person:gullwing-rock');
    expect(ours.facts.relations.some((r) => r.target === 'person:gullwing-rock')).toBe(false);
  });

  it('moves relations and attribution sources with the new key', () => {
    const said = 'Amberlane Guild said the ferry was late.';
    const { attributions, facts } = extractFacts({ id: 'guild', text: said }, { typer: model });
    expect(attributions[0]?.source).toMatchObject({ kind: 'organization', key: 'organization:amberlane-guild' });
    expect(facts.relations.some((r) => r.source === 'person:amberlane-guild')).toBe(false);
  });

  it('leaves a person its role typed, and makes a place that speaks an organisation', () => {
    const r = extractFacts({ text: 'Ferry captain Ilan Rock said the ferry was late.' }, { typer: model });
    expect(r.attributions[0]?.source?.key).toBe('person:ilan-rock');
    const place = extractFacts({ text: 'Gullwing Rock said the ferry was late.' }, { typer: model });
    expect(place.attributions[0]?.source?.key).toBe('organization:gullwing-rock');
  });
});
