import { describe, expect, it } from 'vitest';
import { acronymLetters, initials } from './acronyms';
import { extractFacts } from './extract-article';

describe('acronyms', () => {
  it('reads acronyms and initials', () => {
    expect(['NASA', 'U.S.', 'U. S.', 'the EU', 'Nasa', 'ABCDEFGH'].map(acronymLetters)).toEqual([
      'NASA',
      'US',
      'US',
      'EU',
      undefined,
      undefined,
    ]);
    expect(initials('National Aeronautics and Space Administration')).toBe('NASA');
    expect(initials('the Ostrevia Port Authority')).toBe('OPA');
    expect(initials('Ostrevia')).toBeUndefined();
  });

  it('joins an acronym to the organisation it stands for, and a place acronym to the place', () => {
    const text =
      'The Ostrevia Port Authority opened a long wooden pier beside the harbour wall in the United States. OPA said the U.S. would fund it. Dara Pell said OPA was late.';
    const { mentions, facts } = extractFacts({ text }, { typer: false });
    const keyOf = (name: string) => mentions.find((m) => m.text === name)?.key;
    expect(keyOf('OPA')).toBe(keyOf('The Ostrevia Port Authority'));
    expect(keyOf('U.S.')).toBe('place:united-states');
    expect(facts.entities.map((e) => e.key)).not.toContain('organization:opa');
  });

  it('never takes a person for the full form', () => {
    const { mentions } = extractFacts(
      { text: 'Dara Pell met DP officials. DP said the pier was late.' },
      { typer: false },
    );
    expect(mentions.filter((m) => m.text === 'DP').every((m) => m.key !== 'person:dara-pell')).toBe(true);
  });
});
