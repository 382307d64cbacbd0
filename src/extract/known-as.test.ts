import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract-article';
import { namesGivenAfter } from './known-as';

const after = (text: string, name: string) => namesGivenAfter(text, text.indexOf(name) + name.length);

describe('namesGivenAfter', () => {
  it('reads the names an "also known as" list or a bracketed acronym gives', () => {
    expect(after('the Velmar Front, also known as VRL or the Red League, said', 'Velmar Front')).toEqual([
      'VRL',
      'Red League',
    ]);
    expect(after('the Velmar Front (VRL) said', 'Velmar Front')).toEqual(['VRL']);
    expect(after('the Velmar Front, known as Velfront, VRL and Vefro.', 'Velmar Front')).toEqual([
      'Velfront',
      'VRL',
      'Vefro',
    ]);
  });

  it('gives nothing without the phrase, and never reads on into the next paragraph', () => {
    expect(after('the Velmar Front, which Dara Holm leads', 'Velmar Front')).toEqual([]);
    expect(after('the Velmar Front, also known as VRL.\n\nHolm said', 'Velmar Front')).toEqual(['VRL']);
  });
});

describe('other names of an entity in an article', () => {
  it('join the entity, so its acronym is one node with it', () => {
    const text =
      'The Velmar Front, also known as VRL, claimed the attack, the ministry said. VRL said it would strike again.';
    const { facts, mentions } = extractFacts({ text });
    const front = facts.entities.find((e) => e.label === 'Velmar Front');
    expect(front?.aliases).toContain('VRL');
    expect(facts.entities.some((e) => e.label === 'VRL')).toBe(false);
    expect(mentions.filter((m) => m.text === 'VRL').map((m) => m.key)).toEqual([front!.key, front!.key]);
  });
});
