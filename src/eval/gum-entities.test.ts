import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../extract';
import { extractFacts } from '../extract';
import type { GoldArticle, GoldEntity } from './gold';
import { emptyEntityScores, entitySummary, scoreEntities } from './gum-entities';

const text =
  'Mira Tollan , the mayor of Ostrevia , said the Harbour Gazette had erred . Tollan said the Ostrevia Port Authority agreed .';
const at = (s: string, from = 0): [number, number] => {
  const i = text.indexOf(s, from);
  return [i, i + s.length];
};
const gold = (s: string, type: string, group: string, from = 0): GoldEntity => ({ span: at(s, from), type, group });
const ours = (s: string, kind: EntityMention['kind'], key: string, from = 0): EntityMention => {
  const [start, end] = at(s, from);
  return { text: s, start, end, kind, key, anonymous: false };
};
const second = text.indexOf(' . ');
const article: GoldArticle = {
  id: 'ostrevia',
  text,
  attributions: [],
  entities: [
    gold('Mira Tollan', 'person', '1'),
    gold('the mayor of Ostrevia', 'person', '1'),
    gold('Ostrevia', 'place', '2'),
    gold('the Harbour Gazette', 'organization', '3'),
    gold('Tollan', 'person', '1', second),
    gold('the Ostrevia Port Authority', 'organization', '4'),
    gold('Ostrevia', 'place', '2', second),
  ],
};

describe('GUM entity scores', () => {
  it('counts detection, typing (an outlet is an organisation) and the confusion', () => {
    const s = scoreEntities(emptyEntityScores(), article, [
      ours('Mira Tollan', 'person', 'person:mira-tollan'),
      ours('the Harbour Gazette', 'outlet', 'outlet:harbour-gazette'),
      ours('Tollan', 'person', 'person:tollan', second),
      ours('Ostrevia Port Authority', 'person', 'person:ostrevia-port-authority'),
      ours('the mayor', 'document', 'document:mayor'),
    ]);
    const sum = entitySummary(s);
    // The document is none of the three types: not a predicted mention for detection.
    expect(sum.mentions).toMatchObject({ predicted: 4, gold: 7, matched: 4 });
    expect(sum.typingByType.person).toBe(1);
    expect(sum.typingByType.organization).toBe(0.5);
    expect(s.confusion.organization.person).toBe(1);
    expect(s.confusion.place.none).toBe(2);
    // "Mira Tollan" and "Tollan" went to two entities: MUC finds none of gold's links kept.
    expect(sum.coreference.muc.r).toBe(0);
    expect(sum.coreferenceWithoutPronouns.mentions).toBe(sum.coreference.mentions);
  });

  it('scores coreference without pronouns apart', () => {
    const withHe: GoldArticle = {
      ...article,
      text: text.replace('Tollan said', 'He said'),
      entities: [
        gold('Mira Tollan', 'person', '1'),
        { span: [at('Tollan', second)[0], at('Tollan', second)[0] + 2], type: 'person', group: '1' },
      ],
    };
    const heAt = at('Tollan', second)[0];
    const s = scoreEntities(emptyEntityScores(), withHe, [
      ours('Mira Tollan', 'person', 'person:mira-tollan'),
      { text: 'He', start: heAt, end: heAt + 2, kind: 'person', key: 'person:mira-tollan', anonymous: false },
    ]);
    const sum = entitySummary(s);
    expect(sum.coreference).toMatchObject({ mentions: 2, muc: { f: 1 } });
    expect(sum.coreferenceWithoutPronouns.mentions).toBe(1);
  });

  it('scores what the extractor finds in a whole article', () => {
    const { mentions } = extractFacts({ id: 'ostrevia', text });
    const sum = entitySummary(scoreEntities(emptyEntityScores(), article, mentions));
    expect(sum.typingByType.person).toBe(1);
    // The surname resolves to the full name: the one gold link among the aligned person mentions is kept.
    expect(sum.coreference.muc.r).toBe(1);
  });
});
