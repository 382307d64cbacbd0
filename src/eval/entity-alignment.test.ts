import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../extract';
import { alignMentions, headRange } from './entity-alignment';
import type { GoldEntity } from './gold';

const text = "U.S. President Ana Ruiz met the mayor of Calvera , Tomas Brell . Brell 's aides said nothing .";
const at = (s: string, from = 0): [number, number] => {
  const i = text.indexOf(s, from);
  return [i, i + s.length];
};
const mention = (s: string, kind: EntityMention['kind'], key: string): EntityMention => {
  const [start, end] = at(s);
  return { text: s, start, end, kind, key, anonymous: false };
};
const gold = (s: string, type: string, group: string, from = 0): GoldEntity => ({ span: at(s, from), type, group });

describe('entity alignment', () => {
  it('finds the head before a post-modifier and without a possessive', () => {
    const h = headRange(text, at('the mayor of Calvera'));
    expect(text.slice(...h)).toBe('mayor');
    expect(text.slice(...headRange(text, at("Brell 's aides")))).toBe('aides');
    expect(text.slice(...headRange(text, at("Brell 's")))).toBe('Brell');
  });

  it('aligns exactly first, then by heads both ways, never to a nested place', () => {
    const golds = [
      gold('U.S.', 'place', '1'),
      gold('U.S. President Ana Ruiz', 'person', '2'),
      gold('the mayor of Calvera', 'person', '3'),
      gold('Calvera', 'place', '4'),
      // The second "Brell": the first is inside "Tomas Brell", which GUM would annotate whole.
      gold('Brell', 'person', '3', text.indexOf(' . ')),
    ];
    const preds = [
      mention('President Ana Ruiz', 'person', 'person:ana-ruiz'),
      mention('Calvera', 'organization', 'organization:calvera'),
      mention('Tomas Brell', 'person', 'person:tomas-brell'),
    ];
    const pairs = alignMentions(text, preds, golds);
    expect(pairs).toEqual([
      { predicted: 0, gold: 1, how: 'head' },
      { predicted: 1, gold: 3, how: 'exact' },
    ]);
  });
});
